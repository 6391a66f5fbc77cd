package mx.parlamentoabierto.platform.interfaces.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import mx.parlamentoabierto.platform.PortalTime;

/**
 * What pages show in words people read: percentages with one decimal, dates as "7 de diciembre de 2026" (or "December
 * 7, 2026"), times in Mexico City, sizes in KB or MB, and whether an address may be a link (only http and https).
 */
@Named
@ApplicationScoped
public class Formats {

    public String percent(double value) {
        return String.format(Locale.forLanguageTag("es-MX"), "%.1f %%", value);
    }

    /** Width of a bar in a CSS bar chart, clamped to 0–100. */
    public String width(double value) {
        return String.format(Locale.ROOT, "%.1f%%", Math.max(0, Math.min(100, value)));
    }

    /** The language of the page being rendered (Spanish outside a page). */
    public static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
        return locale != null && locale.getLanguage().equals("en") ? Locale.forLanguageTag("en-US") : Locale.forLanguageTag("es-MX");
    }

    /** A date in words in the page's language; empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(pageLocale()));
    }

    /** A moment as a date and time in Mexico City, in the page's language. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        boolean english = pageLocale().getLanguage().equals("en");
        DateTimeFormatter format = english ? DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm", Locale.forLanguageTag("es-MX"));
        return instant.atZone(PortalTime.ZONE).format(format) + (english ? " (Mexico City)" : " (hora de la Ciudad de México)");
    }

    /** A size in bytes as "830 KB" or "3.8 MB" (decimal units). */
    public String size(long bytes) {
        Locale locale = pageLocale();
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(locale, "%.0f KB", bytes / 1e3);
        }
        return String.format(locale, "%.1f MB", bytes / 1e6);
    }

    /** A document type's name in the page's language (the codes' names are in the message bundles). */
    public String documentType(mx.parlamentoabierto.document.domain.DocumentType type) {
        return type == null ? "" : documentTypeName(type, pageLocale());
    }

    public static String documentTypeName(mx.parlamentoabierto.document.domain.DocumentType type, Locale locale) {
        String key = "doctype." + type.code();
        String name = message(key, locale);
        return name.equals(key) ? type.spanishName() : name;
    }

    /** A text of the pages' message bundle ({@code msg} in the pages) in a language; the key itself when missing. */
    public static String message(String key, Locale locale) {
        try {
            return java.util.ResourceBundle.getBundle("mx.parlamentoabierto.i18n.messages", locale).getString(key);
        } catch (java.util.MissingResourceException e) {
            return key;
        }
    }

    /** True when an address is an absolute http or https URL: anything else is shown as text, never linked. */
    public boolean webLink(String address) {
        return isWebLink(address);
    }

    public static boolean isWebLink(String address) {
        return mx.parlamentoabierto.platform.HttpUrl.isHttp(address);
    }
}
