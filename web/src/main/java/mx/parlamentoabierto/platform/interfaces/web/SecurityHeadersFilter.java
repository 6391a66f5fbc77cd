package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response — pages, the API's fast paths (rankings, search), static files, redirects
 * and error pages (mapped for the REQUEST and ERROR dispatches, second in web.xml after {@link FailureFilter}):
 * a Content-Security-Policy that only allows this origin (inline scripts are still needed by PrimeFaces' widget
 * initialisation), no MIME sniffing, no framing, a strict referrer policy. API answers get an explicit
 * {@code Cache-Control: no-cache} (revalidate every time) unless the resource sets its own.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Images may come from other sites: legislators' official photos are linked where their congress publishes them (ADR 0017). */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (PortalErrors.isApi(request) && !response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
