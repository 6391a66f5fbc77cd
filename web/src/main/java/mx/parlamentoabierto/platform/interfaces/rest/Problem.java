package mx.parlamentoabierto.platform.interfaces.rest;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;

import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import mx.parlamentoabierto.platform.json.Jsonp;

/**
 * An RFC 9457 problem detail; {@code incident} (the id of an unexpected failure in the log) only on 500s, and
 * {@code field} (the input that was wrong: a JSON member, a path parameter, a form field) only when one is to
 * blame; both left out of the JSON otherwise.
 */
public record Problem(String type, String title, int status, String detail, String instance, String incident, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null, null);
    }

    /** A problem that names the input to blame. */
    public static Response response(Response.Status status, String detail, String instance, String field) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null, field)).build();
    }

    public static Response response(Response.Status status, String detail, String instance) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8")).entity(of(status, detail, instance)).build();
    }

    /** The 500 of an unexpected failure: only the incident's id and its public sentence. */
    public static Response incident(String instance, String incident) {
        Response.Status status = Response.Status.INTERNAL_SERVER_ERROR;
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new Problem("about:blank", status.getReasonPhrase(), 500, Incidents.publicDetail(incident), instance, incident, null)).build();
    }

    /** The same problem written by a servlet (the API endpoints that are not JAX-RS resources). */
    public static void write(HttpServletResponse response, int status, String detail, String instance) throws IOException {
        write(response, status, detail, instance, null);
    }

    /** The same, with the incident id of an unexpected failure (the key to its stack trace in the log). */
    public static void write(HttpServletResponse response, int status, String detail, String instance, String incident) throws IOException {
        Response.Status known = Response.Status.fromStatusCode(status);
        Problem problem = new Problem("about:blank", known != null ? known.getReasonPhrase() : status >= 500 ? "Server Error" : "Client Error",
                status, detail, instance, incident, null);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        Writer writer = response.getWriter();
        try (JsonGenerator json = Jsonp.PROVIDER.createGenerator(writer)) {
            json.writeStartObject().write("type", problem.type()).write("title", problem.title()).write("status", problem.status())
                    .write("detail", problem.detail());
            if (problem.instance() != null) {
                json.write("instance", problem.instance());
            }
            if (problem.incident() != null) {
                json.write("incident", problem.incident());
            }
            json.writeEnd();
        }
    }

    /** A wait as the whole seconds of a {@code Retry-After} header: rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
