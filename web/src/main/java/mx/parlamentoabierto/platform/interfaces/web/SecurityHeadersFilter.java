package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * {@link SecurityHeaders} on every answer of the application — pages, the API's fast paths (rankings, search),
 * static files, redirects and error pages (mapped for the REQUEST, FORWARD and ERROR dispatches, second in web.xml
 * after {@link FailureFilter}). The headers are set again whenever someone resets the response (JSF does on a failed
 * postback), so no error answer goes out without them.
 *
 * <p>No inline script runs without a nonce: PrimeFaces (in its CSP mode, {@code primefaces.CSP}) moves every inline
 * handler of a work page into a script carrying a per-response nonce and announces the nonce in a policy header of its
 * own; that header is taken here and replaced by the portal's whole policy with the same nonce. Public pages carry no
 * inline script at all. API answers get an explicit {@code Cache-Control: no-cache} (revalidate every time) unless the
 * resource sets its own.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,200})'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse secured = response instanceof Secured ? response : new Secured(response);
        SecurityHeaders.apply(secured);
        if (PortalErrors.isApi(request) && !secured.containsHeader("Cache-Control")) {
            secured.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, secured);
    }

    /** A response that keeps the security headers through a reset and turns a nonce policy into the portal's. */
    static final class Secured extends HttpServletResponseWrapper {

        Secured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void reset() {
            super.reset();
            SecurityHeaders.apply(this);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, policy(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, policy(name, value)); // one policy, never two
                return;
            }
            super.addHeader(name, value);
        }

        /** Any policy someone else sets becomes the portal's, keeping only the nonce it announces. */
        private static String policy(String name, String value) {
            if (!SecurityHeaders.CSP.equalsIgnoreCase(name) || value == null || value.equals(SecurityHeaders.POLICY)) {
                return value;
            }
            Matcher nonce = NONCE.matcher(value);
            return nonce.find() ? SecurityHeaders.policyWithNonce(nonce.group(1)) : SecurityHeaders.POLICY;
        }
    }
}
