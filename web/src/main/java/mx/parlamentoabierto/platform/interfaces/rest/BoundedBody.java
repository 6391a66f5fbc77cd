package mx.parlamentoabierto.platform.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Reads a request body whole, refusing it with a 413 problem past {@code max} bytes: at once when its declared
 * Content-Length says so (nothing is read), otherwise as soon as more than {@code max} bytes arrive.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static byte[] read(InputStream body, long declaredLength, long max, String instance) {
        if (declaredLength > max) {
            throw tooLarge(max, instance);
        }
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw tooLarge(max, instance);
            }
            return content;
        } catch (IOException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, "No se pudo leer el cuerpo de la solicitud.", instance));
        }
    }

    private static WebApplicationException tooLarge(long max, String instance) {
        return new WebApplicationException(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "El cuerpo pasa del límite de " + (max / (1024 * 1024)) + " MB.", instance));
    }
}
