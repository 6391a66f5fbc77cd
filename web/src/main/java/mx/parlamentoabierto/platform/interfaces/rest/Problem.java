package mx.parlamentoabierto.platform.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance);
    }

    public static Response response(Response.Status status, String detail, String instance) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8")).entity(of(status, detail, instance)).build();
    }
}
