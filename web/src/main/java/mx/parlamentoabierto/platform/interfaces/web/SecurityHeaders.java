package mx.parlamentoabierto.platform.interfaces.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every answer carries, in one place: a Content-Security-Policy that allows only this origin
 * and no inline script (PrimeFaces' work pages get a per-response nonce, {@link SecurityHeadersFilter}), no MIME
 * sniffing, no framing, a strict referrer policy. The application's answers get them from
 * {@link SecurityHeadersFilter}; the answers the container writes itself (a bad request line, TRACE, a path it
 * refuses before the application sees it) from {@link ContainerAnswerHeaders}.
 */
public final class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    /** Images may come from other sites: legislators' official photos are linked where their congress publishes them (ADR 0017). */
    static final String POLICY_BEFORE_SCRIPTS = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; "
            + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; ";
    /** The policy without a nonce: scripts from this origin only. */
    public static final String POLICY = POLICY_BEFORE_SCRIPTS + "script-src 'self'";

    private static final Map<String, String> OTHERS = new LinkedHashMap<>();

    static {
        OTHERS.put("X-Content-Type-Options", "nosniff");
        OTHERS.put("X-Frame-Options", "DENY");
        OTHERS.put("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    private SecurityHeaders() {
    }

    /** The policy that also allows the inline scripts carrying {@code nonce}. */
    public static String policyWithNonce(String nonce) {
        return POLICY + " 'nonce-" + nonce + "'";
    }

    /** Every header but the policy, by name. */
    public static Map<String, String> others() {
        return OTHERS;
    }

    /** Sets every header on a servlet response (the policy without nonce). */
    public static void apply(HttpServletResponse response) {
        response.setHeader(CSP, POLICY);
        OTHERS.forEach(response::setHeader);
    }
}
