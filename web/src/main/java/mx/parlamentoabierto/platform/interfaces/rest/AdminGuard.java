package mx.parlamentoabierto.platform.interfaces.rest;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import mx.parlamentoabierto.platform.interfaces.web.CurrentClient;
import mx.parlamentoabierto.platform.interfaces.web.PortalErrors;
import mx.parlamentoabierto.platform.security.AdminCredentials;

/**
 * Who may change the archive until roles arrive: the administrator, over HTTP Basic, on requests that also
 * carry {@code X-Requested-By} (a header a cross-site form cannot send, so a browser that remembered the
 * credentials cannot be tricked into uploading). Reading administrative data (ingest jobs) needs the
 * credentials only.
 */
@ApplicationScoped
public class AdminGuard {

    public static final String CSRF_HEADER = "X-Requested-By";
    /** The {@code WWW-Authenticate} challenge that makes a browser ask for the administrator's credentials. */
    public static final String CHALLENGE = "Basic realm=\"Parlamento Abierto\", charset=\"UTF-8\"";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    /** Who the administrator is in audit fields (created by, uploaded by). */
    public static final String ADMIN = "admin";

    @Inject
    AdminCredentials credentials;

    /** For requests that change something: the reason to refuse, with its HTTP status, or empty. */
    public Optional<Refusal> check(String authorization, String requestedBy) {
        Optional<Refusal> refusal = checkRead(authorization);
        if (refusal.isEmpty() && (requestedBy == null || requestedBy.isBlank())) {
            return Optional.of(new Refusal(403, "Falta la cabecera " + CSRF_HEADER + " (protección contra CSRF)."));
        }
        return refusal;
    }

    /** For requests that change nothing (GET): the credentials only. */
    public Optional<Refusal> checkRead(String authorization) {
        if (!credentials.configured()) {
            return Optional.of(new Refusal(403, "La administración está desactivada: no hay contraseña de administrador (PARLAMENTO_ADMIN_PASSWORD)."));
        }
        AdminCredentials.Verdict verdict = credentials.verify(authorization, CurrentClient.address());
        return switch (verdict.outcome()) {
            case ACCEPTED -> Optional.empty();
            case THROTTLED -> Optional.of(new Refusal(429, "Demasiados intentos fallidos de inicio de sesión; espere "
                    + seconds(verdict.retryAfter()) + " s antes de volver a intentarlo.", verdict.retryAfter()));
            case LOCKED -> Optional.of(new Refusal(429, "El inicio de sesión está bloqueado por intentos fallidos repetidos; vuelva a intentarlo en "
                    + Math.max(1, (seconds(verdict.retryAfter()) + 59) / 60) + " min.", verdict.retryAfter()));
            case MISSING, REFUSED -> Optional.of(new Refusal(401, "Hace falta autenticarse como administrador (HTTP Basic, usuario admin)."));
        };
    }

    private static long seconds(Duration d) {
        return PortalErrors.retryAfterSeconds(d);
    }

    /** Why a request was refused; a 401 always carries the challenge that makes a browser ask for credentials. */
    public record Refusal(int status, String detail, Duration retryAfter) {

        public Refusal(int status, String detail) {
            this(status, detail, null);
        }

        /** As a JAX-RS problem response. */
        public Response response(String instance) {
            Response problem = Problem.response(Response.Status.fromStatusCode(status), detail, instance);
            if (status == 401) {
                return Response.fromResponse(problem).header(WWW_AUTHENTICATE, CHALLENGE).build();
            }
            return retryAfter == null ? problem : Response.fromResponse(problem).header("Retry-After", seconds(retryAfter)).build();
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
            if (retryAfter != null) {
                response.setHeader("Retry-After", String.valueOf(seconds(retryAfter)));
            }
        }
    }
}
