package mx.parlamentoabierto.platform.interfaces.web;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page language: Spanish unless {@code ?lang=en} was chosen, remembered in a cookie (no server
 * session needed). Only {@code es} and {@code en} are accepted.
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final String COOKIE = "lang";
    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    private static Locale resolve(ExternalContext context) {
        String requested = context.getRequestParameterMap().get("lang");
        if (isSupported(requested)) {
            context.addResponseCookie(COOKIE, requested, Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", true));
            return Locale.forLanguageTag(requested);
        }
        Object cookie = context.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie c && isSupported(c.getValue())) {
            return Locale.forLanguageTag(c.getValue());
        }
        return Locale.forLanguageTag("es");
    }

    private static boolean isSupported(String language) {
        return "es".equals(language) || "en".equals(language);
    }
}
