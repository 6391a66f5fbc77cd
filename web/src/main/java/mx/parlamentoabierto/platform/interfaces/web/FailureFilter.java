package mx.parlamentoabierto.platform.interfaces.web;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.interfaces.rest.Incidents;

/**
 * The outermost filter. Whatever escapes the rest of the chain becomes either the 4xx it really is (a query
 * string that is not UTF-8, a tampered or expired form state, a body cut short) or a generic 500 whose only
 * detail is an incident id, written to the log beside the stack trace: no exception name, message or trace
 * reaches the client. It also keeps {@code Host:} out of redirects: a {@code Location} the container or a
 * framework made absolute from the request's own host becomes relative (or the configured public URL).
 */
public class FailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FailureFilter.class.getName());

    @Inject
    transient PortalConfiguration configuration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse guarded = new RedirectGuard(request, response);
        CurrentClient.set(ClientAddress.of(request, configuration == null ? java.util.Set.of() : configuration.trustedProxies()));
        try {
            chain.doFilter(request, guarded);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (e instanceof Error error && !(e instanceof StackOverflowError)) {
                throw error;
            }
            answer(request, guarded, e);
        } finally {
            CurrentClient.clear();
        }
    }

    /** Writes the answer a failure deserves; public for the container's error page, which ends up here too. */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        Optional<ClientMistake> mistake = ClientMistake.of(failure, request);
        if (mistake.isPresent()) {
            LOG.fine(() -> "Solicitud rechazada (" + mistake.get().status() + ") en " + request.getMethod() + " " + request.getRequestURI() + ": " + failure);
            PortalErrors.write(request, response, mistake.get().status(), mistake.get().detail(), mistake.get().retryAfter(), null);
            return;
        }
        if (isClientGone(failure)) {
            LOG.fine(() -> "El cliente cerró la conexión en " + request.getRequestURI());
            return;
        }
        String incident = Incidents.record(request.getMethod() + " " + request.getRequestURI(), failure);
        PortalErrors.write(request, response, 500, Incidents.publicDetail(incident), null, incident);
    }

    private static boolean isClientGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("ClientAbortException") || name.equals("EofException")) {
                return true;
            }
        }
        return false;
    }

    /** A failure that is the client's doing, with the status and the Spanish detail it gets. */
    record ClientMistake(int status, String detail, java.time.Duration retryAfter) {

        ClientMistake(int status, String detail) {
            this(status, detail, null);
        }

        static Optional<ClientMistake> of(Throwable failure, HttpServletRequest request) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof CharConversionException || t instanceof CharacterCodingException
                        || t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).contains("UTF-8")) {
                    return Optional.of(new ClientMistake(400, "La dirección o el formulario traen bytes que no son UTF-8 válido."));
                }
                if (t instanceof mx.parlamentoabierto.platform.RetryLaterException later) {
                    return Optional.of(new ClientMistake(later.status(), later.getMessage(), later.retryAfter()));
                }
                if (t instanceof mx.parlamentoabierto.platform.ResourceNotFoundException) {
                    return Optional.of(new ClientMistake(404, t.getMessage()));
                }
                if (t instanceof mx.parlamentoabierto.platform.AccessDeniedException) {
                    return Optional.of(new ClientMistake(403, t.getMessage()));
                }
                if (t instanceof mx.parlamentoabierto.platform.NotSignedInException) {
                    return Optional.of(new ClientMistake(401, t.getMessage()));
                }
                if (t instanceof mx.parlamentoabierto.platform.ConflictException) {
                    return Optional.of(new ClientMistake(409, t.getMessage()));
                }
                if (t instanceof mx.parlamentoabierto.platform.InvalidInputException) {
                    return Optional.of(new ClientMistake(400, t.getMessage()));
                }
                if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                    return Optional.of(new ClientMistake(400, "El formulario no trae la marca de la página que lo mostró; vuelva a cargar la página."));
                }
                if (t instanceof ViewExpiredException) {
                    return Optional.of(new ClientMistake(400, "El formulario caducó; vuelva a cargar la página e inténtelo de nuevo."));
                }
            }
            // A postback whose form state cannot be read (tampered or truncated jakarta.faces.ViewState) fails deep in
            // the state manager with whatever exception the bytes provoke; it is the client's state, not our bug.
            if ("POST".equals(request.getMethod()) && hasViewState(request) && failedRestoringState(failure)) {
                return Optional.of(new ClientMistake(400, "El estado del formulario no es válido (alterado o incompleto); vuelva a cargar la página."));
            }
            return Optional.empty();
        }

        private static boolean hasViewState(HttpServletRequest request) {
            try {
                return request.getParameterMap().containsKey("jakarta.faces.ViewState");
            } catch (RuntimeException e) {
                return false;
            }
        }

        private static boolean failedRestoringState(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    String c = frame.getClassName();
                    if (c.contains("StateManager") || c.contains("ClientSideStateHelper") || c.contains("RestoreViewPhase")
                            || c.contains("ByteArrayGuard")) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Makes a Location the container built from the request's Host relative. */
    static final class RedirectGuard extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        RedirectGuard(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            // the container keeps a relative location as it is (relativeRedirectAllowed in glassfish-web.xml)
            super.sendRedirect(safe(location));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? safe(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? safe(value) : value);
        }

        String safe(String location) {
            return safeLocation(location, request.getContextPath(), request.getRequestURI());
        }
    }

    /**
     * Any absolute http(s) location is reduced to its path (the portal never redirects to another site, and the host in
     * an absolute one came from the request's Host header); a relative one is resolved against the request's path.
     * The result is always a path: the browser stays on the origin it used. (Placing it under the configured public URL
     * sent a sign-in made at http://127.0.0.1:8080 to http://localhost:8080, which the pages' own CSP
     * {@code form-action 'self'} blocks — the person seemed never to sign in.)
     */
    static String safeLocation(String location, String contextPath, String requestUri) {
        if (location == null) {
            return null;
        }
        String path = location;
        int scheme = location.indexOf("://");
        if (scheme > 0 && location.regionMatches(true, 0, "http", 0, 4)) {
            int slash = location.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : location.substring(slash);
        } else if (location.startsWith("//")) {
            int slash = location.indexOf('/', 2);
            path = slash < 0 ? "/" : location.substring(slash);
        } else if (!location.startsWith("/")) {
            String base = requestUri.substring(0, requestUri.lastIndexOf('/') + 1);
            path = base + location;
        }
        // a control character, a space or a backslash is dropped or read as a slash by browsers: "/\t/evil.example"
        return LocalPath.of(path).orElse(contextPath.isEmpty() ? "/" : contextPath + "/");
    }
}
