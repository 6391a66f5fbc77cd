package mx.parlamentoabierto.platform.interfaces.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
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
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        session.setAttribute(ACCOUNT, accountId);
        session.setAttribute(CSRF, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        return session;
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
