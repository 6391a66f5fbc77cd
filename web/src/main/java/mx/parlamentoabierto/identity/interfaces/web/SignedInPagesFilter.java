package mx.parlamentoabierto.identity.interfaces.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.interfaces.web.PortalErrors;

/**
 * The pages of people at work ({@code /trabajo/*}: my work, answers, review, reply, edition, audit) and of the
 * administration ({@code /admin/*}: upload, imports) need a signed-in account; a browser without one is sent to the
 * sign-in page and brought back afterwards. {@code /admin/*} also needs the admin role. None of them is ever cached.
 */
public class SignedInPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Caller caller = CurrentCaller.get();
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!caller.signedIn()) {
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/entrar.xhtml?volver=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        if (path.startsWith("/admin/") && !caller.has(Role.ADMIN)) {
            PortalErrors.write(request, response, 403, "Esta página es de la administración; la cuenta '" + caller.name()
                    + "' no tiene el rol admin.", null, null);
            return;
        }
        chain.doFilter(request, response);
    }
}
