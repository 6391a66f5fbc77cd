package mx.parlamentoabierto.identity.interfaces.rest;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.AuthenticationFilter;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.interfaces.rest.Problem;

/**
 * Who may change the archive (uploads, imports, reindex): an account with the {@code admin} role. The caller was
 * resolved, and cross-site requests refused, by {@link AuthenticationFilter}; this only asks for the role.
 */
@ApplicationScoped
public class AdminGuard {

    /** The {@code WWW-Authenticate} challenge that makes a browser or script offer credentials. */
    public static final String CHALLENGE = AuthenticationFilter.CHALLENGE;
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    /** The reason to refuse the current caller, with its HTTP status, or empty for an administrator. */
    public Optional<Refusal> check() {
        Caller caller = CurrentCaller.get();
        if (!caller.signedIn()) {
            return Optional.of(new Refusal(401, "Hace falta autenticarse con una cuenta de administración (sesión, HTTP Basic o token)."));
        }
        if (!caller.has(Role.ADMIN)) {
            return Optional.of(new Refusal(403, "La cuenta '" + caller.name() + "' no tiene el rol admin."));
        }
        return Optional.empty();
    }

    /** Who the administrator is in audit fields (created by, uploaded by). */
    public String who() {
        return CurrentCaller.get().auditName();
    }

    /** Why a request was refused (401 or 403; throttling is answered before, by the filter); a 401 carries the challenge. */
    public record Refusal(int status, String detail) {

        /** As a JAX-RS problem response. */
        public Response response(String instance) {
            Response problem = Problem.response(Response.Status.fromStatusCode(status), detail, instance);
            return status == 401 ? Response.fromResponse(problem).header(WWW_AUTHENTICATE, CHALLENGE).build() : problem;
        }

        /** As a problem written by a servlet. */
        public void send(HttpServletResponse response, String instance) throws IOException {
            challenge(response);
            Problem.write(response, status, detail, instance);
        }

        /** Only the challenge header, for responses that write their own body. */
        public void challenge(HttpServletResponse response) {
            if (status == 401) {
                response.setHeader(WWW_AUTHENTICATE, CHALLENGE);
            }
        }
    }
}
