package mx.parlamentoabierto.identity.interfaces.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * What a signed-in browser session holds: the account id and the session's CSRF token. Only signing in creates a
 * session (public pages stay sessionless, ADR 0004); signing in always starts a new session with a new id, so an
 * id planted before sign-in is worth nothing.
 */
public final class SignedInSession {

    static final String ACCOUNT = "parlamento.account";
    static final String CSRF = "parlamento.csrf";
    /** The form field and the header that carry the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /**
     * The cookie that carries the token of a form posted before there is a session (the sign-in form): the page puts the
     * same token in the form, and a post whose field does not match the cookie is refused. A page on another site can
     * submit the form but can neither read the cookie nor make the browser send it (SameSite=Strict), so it cannot
     * sign a victim's browser in to an account of its choosing (login CSRF).
     */
    public static final String PRE_SESSION_COOKIE = "parlamento-csrf";
    private static final String PRE_SESSION_ATTRIBUTE = "parlamento.csrf.pre-session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignedInSession() {
    }

    /** Starts a fresh session for the account: the old one (if any) is invalidated, the new one gets another id. */
    public static HttpSession start(HttpServletRequest request, long accountId) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(ACCOUNT, accountId);
        session.setAttribute(CSRF, newToken());
        return session;
    }

    private static String newToken() {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /**
     * The token a form shown before sign-in carries: the one of the browser's cookie, or a new one set in the cookie now.
     * {@code secure} marks the cookie Secure (a public https address).
     */
    public static String preSessionToken(HttpServletRequest request, HttpServletResponse response, boolean secure) {
        Object made = request.getAttribute(PRE_SESSION_ATTRIBUTE);
        if (made instanceof String s) {
            return s;
        }
        String token = preSessionCookie(request).orElse(null);
        if (token == null) {
            token = newToken();
            Cookie cookie = new Cookie(PRE_SESSION_COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setSecure(secure);
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
        request.setAttribute(PRE_SESSION_ATTRIBUTE, token);
        return token;
    }

    /** The pre-session token the browser sent in its cookie, if it looks like one of ours. */
    static Optional<String> preSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (PRE_SESSION_COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{32}")) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static Optional<Long> accountId(HttpSession session) {
        Object id = session == null ? null : session.getAttribute(ACCOUNT);
        return id instanceof Long l ? Optional.of(l) : Optional.empty();
    }

    /** The CSRF token of the request's session, or empty without a signed-in session. */
    public static Optional<String> csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CSRF);
        return token instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
