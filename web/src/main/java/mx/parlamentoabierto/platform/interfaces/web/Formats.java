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
    /**
     * Spanish is the base bundle: without this, a Spanish page on a JVM whose default locale is English would fall back
     * to the English file before the base one (ResourceBundle's default-locale fallback).
     */
    private static final java.util.ResourceBundle.Control NO_FALLBACK =
            java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES);

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
    public String documentType(mx.parlamentoabierto.platform.CodedName type) {
        return type == null ? "" : documentTypeName(type, pageLocale());
    }

    public static String documentTypeName(mx.parlamentoabierto.platform.CodedName type, Locale locale) {
        String key = "doctype." + type.code();
        String name = message(key, locale);
        return name.equals(key) ? type.spanishName() : name;
    }

    /** A text of the pages' message bundle ({@code msg} in the pages) in a language; the key itself when missing. */
    public static String message(String key, Locale locale) {
        try {
            return java.util.ResourceBundle.getBundle("mx.parlamentoabierto.i18n.messages", locale, NO_FALLBACK).getString(key);
        } catch (java.util.MissingResourceException e) {
            return key;
        }
    }

    /**
     * A label that came with imported data (a chamber's name, a state's old name) in the page's language, from the data
     * labels catalogue ({@code i18n/data*.properties}): EveryPolitician's "Chamber of Deputies" reads "Cámara de
     * Diputados" on a Spanish page. Labels the catalogue does not know are shown as they came.
     */
    public String data(String label) {
        if (label == null || label.isBlank()) {
            return label;
        }
        try {
            return java.util.ResourceBundle.getBundle("mx.parlamentoabierto.i18n.data", pageLocale(), NO_FALLBACK).getString(label.strip());
        } catch (java.util.MissingResourceException e) {
            return label;
        }
    }

    /**
     * A legislative term as the page's language names it: "LXIII Legislatura" / "LXIII Legislature" for a term whose id is
     * a Roman numeral, whatever the source called it; other terms by their own name.
     */
    public String term(String termId, String sourceName) {
        if (termId != null && termId.matches("[IVXLCDM]+")) {
            return java.text.MessageFormat.format(message("term.label", pageLocale()), termId);
        }
        return sourceName == null || sourceName.isBlank() ? termId : sourceName;
    }

    /** True when an address is an absolute http or https URL: anything else is shown as text, never linked. */
    public boolean webLink(String address) {
        return isWebLink(address);
    }

    public static boolean isWebLink(String address) {
        return mx.parlamentoabierto.platform.HttpUrl.isHttp(address);
    }
}
