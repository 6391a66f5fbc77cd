package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.parlamentoabierto.platform.interfaces.rest.AdminGuard;

/**
 * The administrator's pages ({@code /admin/*}: upload, ingest jobs) ask the browser for the administrator's
 * credentials (HTTP Basic) and are never cached. What they change goes through the API, which checks the
 * credentials again and requires the {@code X-Requested-By} header that the pages' scripts send.
 */
public class AdminPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AdminGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<AdminGuard.Refusal> refusal = guard.checkRead(request.getHeader("Authorization"));
        if (refusal.isPresent()) {
            refusal.get().challenge(response);
            response.setStatus(refusal.get().status());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(refusal.get().detail());
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
