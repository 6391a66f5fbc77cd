package mx.parlamentoabierto.platform.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Reads a request body whole, refusing it with a 413 problem past {@code max} bytes (never reads more than that). */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static byte[] read(InputStream body, long max, String instance) {
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw new WebApplicationException(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "El cuerpo pasa del límite de " + (max / (1024 * 1024)) + " MB.", instance));
            }
            return content;
        } catch (IOException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, "No se pudo leer el cuerpo de la solicitud.", instance));
        }
    }
}
