package mx.parlamentoabierto.document.interfaces.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.security.AdminCredentials;

/**
 * Who may change the archive until roles arrive: the administrator, over HTTP Basic, on requests that also
 * carry {@code X-Requested-By} (a header a cross-site form cannot send, so a browser that remembered the
 * credentials cannot be tricked into uploading).
 */
@ApplicationScoped
public class AdminGuard {

    public static final String CSRF_HEADER = "X-Requested-By";

    @Inject
    AdminCredentials credentials;

    /** The reason to refuse, with its HTTP status, or empty when the request may proceed. */
    public Optional<Refusal> check(String authorization, String requestedBy) {
        if (!credentials.configured()) {
            return Optional.of(new Refusal(403, "Las cargas están desactivadas: no hay contraseña de administrador (PARLAMENTO_ADMIN_PASSWORD)."));
        }
        if (!credentials.accepts(authorization)) {
            return Optional.of(new Refusal(401, "Hace falta autenticarse como administrador (HTTP Basic, usuario admin)."));
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            return Optional.of(new Refusal(403, "Falta la cabecera " + CSRF_HEADER + " (protección contra CSRF)."));
        }
        return Optional.empty();
    }

    public record Refusal(int status, String detail) {
    }
}
