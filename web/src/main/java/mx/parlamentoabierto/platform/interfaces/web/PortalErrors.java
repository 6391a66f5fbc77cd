package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.parlamentoabierto.platform.interfaces.rest.Problem;

/**
 * Writes an error the portal decided on outside JAX-RS (filters, servlets, error pages): an RFC 9457 problem
 * for the API, a short Spanish page for everything else. Never more than the status, a detail written for
 * people and, for unexpected failures, the incident id that finds the stack trace in the log.
 */
public final class PortalErrors {

    private PortalErrors() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/openapi") || path.startsWith("/health");
    }

    /**
     * @param retryAfter sent as {@code Retry-After} (whole seconds, at least 1) when not null
     * @param incident   the incident id of an unexpected failure, or null
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail, Duration retryAfter,
            String incident) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        SecurityHeaders.apply(response); // whatever happened to the response before, the error answer carries them
        response.setHeader("Cache-Control", "no-store");
        if (retryAfter != null) {
            response.setHeader("Retry-After", String.valueOf(mx.parlamentoabierto.platform.interfaces.rest.Problem.retryAfterSeconds(retryAfter)));
        }
        if (isApi(request)) {
            Problem.write(response, status, detail, request.getRequestURI(), incident);
            return;
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        Writer out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + status + " · Parlamento Abierto</title><link rel=\"stylesheet\" href=\"" + escape(request.getContextPath())
                + "/resources/css/portal.css\"></head><body><main class=\"error-page\"><h1>" + escape(title(status)) + "</h1><p>"
                + escape(detail) + "</p>" + (incident == null ? "" : "<p>Incidente <code>" + escape(incident) + "</code></p>")
                + "<p><a href=\"" + escape(request.getContextPath()) + "/\">Volver al inicio</a></p></main></body></html>");
    }


    static String title(int status) {
        return switch (status) {
            case 400 -> "Solicitud no válida";
            case 401 -> "Hace falta identificarse";
            case 403 -> "Acceso no permitido";
            case 404 -> "No encontrado";
            case 405 -> "Método no permitido";
            case 413 -> "Demasiado grande";
            case 415 -> "Formato no admitido";
            case 429 -> "Demasiadas solicitudes";
            case 503 -> "Servicio ocupado o no disponible";
            default -> status >= 500 ? "Error interno" : "Error";
        };
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
