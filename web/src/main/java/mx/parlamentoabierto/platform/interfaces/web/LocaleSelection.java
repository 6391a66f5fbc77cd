package mx.parlamentoabierto.platform.interfaces.web;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page language: {@code ?lang=} when given (remembered in a cookie, no server session needed), else the cookie,
 * else the browser's {@code Accept-Language} on a first visit (English when the visitor prefers English to Spanish),
 * else Spanish. Only {@code es} and {@code en} are offered.
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
        }
        return Locale.forLanguageTag(languageOf((jakarta.servlet.http.HttpServletRequest) context.getRequest()));
    }

    /** The language a request's page is in, as {@link #getLocale()} resolves it (the page cache keys on it). */
    public static String languageOf(jakarta.servlet.http.HttpServletRequest request) {
        String requested = request.getParameter("lang");
        if (isSupported(requested)) {
            return requested;
        }
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && isSupported(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** {@code en} when the header ranks English above Spanish (RFC 9110 quality values), else {@code es}. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "es";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() <= 0) {
                    continue;
                }
                if (tag.equals("es") || tag.startsWith("es-")) {
                    return "es";
                }
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return "en";
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: the default
        }
        return "es";
    }

    private static boolean isSupported(String language) {
        return "es".equals(language) || "en".equals(language);
    }
}
