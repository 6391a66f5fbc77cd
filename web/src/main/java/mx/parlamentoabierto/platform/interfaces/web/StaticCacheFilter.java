package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caching of static resources: a versioned address ({@code ?v=} — the portal's own files through {@link Assets}, the
 * JSF and PrimeFaces resources through their library version) never changes, so it is cached for a year and marked
 * {@code immutable}; an unversioned one for an hour.
 */
public class StaticCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=3600";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            String query = request.getQueryString();
            boolean versioned = query != null && (query.startsWith("v=") || query.contains("&v="));
            response.setHeader("Cache-Control", versioned ? IMMUTABLE : SHORT);
        }
        chain.doFilter(request, new jakarta.servlet.http.HttpServletResponseWrapper(response) {
            // JSF sets its own Expires and Cache-Control on resources; the policy above is the one kept
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name) && !"Expires".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name) && !"Expires".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!"Expires".equalsIgnoreCase(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!"Expires".equalsIgnoreCase(name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }
}
