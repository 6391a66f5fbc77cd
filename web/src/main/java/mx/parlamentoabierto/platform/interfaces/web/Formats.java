package mx.parlamentoabierto.platform.interfaces.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Number formatting for pages: one decimal, the page's decimal separator. */
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
}
