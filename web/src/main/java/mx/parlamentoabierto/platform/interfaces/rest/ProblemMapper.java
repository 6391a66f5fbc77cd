package mx.parlamentoabierto.platform.interfaces.rest;

import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import mx.parlamentoabierto.identity.interfaces.rest.AdminGuard;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.NotSignedInException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.SearchUnavailableException;

/** Every error of the API as a problem+json body; internal details are logged, never sent. */
@Provider
public class ProblemMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    /** A request body that JSON-B or the JSON parser could not read. */
    private static boolean isUnreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException
                    || t instanceof jakarta.ws.rs.ProcessingException || t instanceof jakarta.ws.rs.BadRequestException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Response toResponse(RuntimeException e) {
        String instance = uri.getRequestUri().getPath();
        if (e instanceof ResourceNotFoundException notFound) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), instance, notFound.field());
        }
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), instance, invalid.field());
        }
        if (e instanceof mx.parlamentoabierto.platform.json.InvalidDataFileException file) {
            // An uploaded data file (Popolo JSON, CSV of votes): the detail names the file, where in it and what is wrong.
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), instance, file.location());
        }
        if (e instanceof ConflictException conflict) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage(), instance, conflict.field());
        }
        if (e instanceof NotSignedInException) {
            return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, e.getMessage(), instance))
                    .header("WWW-Authenticate", AdminGuard.CHALLENGE).build();
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage(), instance);
        }
        if (e instanceof jakarta.persistence.OptimisticLockException || e instanceof jakarta.persistence.RollbackException
                && e.getCause() instanceof jakarta.persistence.OptimisticLockException) {
            return Problem.response(Response.Status.CONFLICT, "Otra persona cambió este registro al mismo tiempo; recargue y vuelva a intentarlo.",
                    instance, "version");
        }
        if (e instanceof IllegalArgumentException) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), instance);
        }
        if (e instanceof mx.parlamentoabierto.platform.RetryLaterException later) {
            Response.ResponseBuilder answer = Response.fromResponse(Problem.response(Response.Status.fromStatusCode(later.status()), e.getMessage(), instance));
            if (later.retryAfter() != null) {
                answer.header("Retry-After", mx.parlamentoabierto.platform.interfaces.rest.Problem.retryAfterSeconds(later.retryAfter()));
            }
            return answer.build();
        }
        if (e instanceof SearchUnavailableException unavailable) {
            LOG.warning(e.getMessage());
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, unavailable.publicDetail(), instance))
                    .header("Retry-After", "10").build();
        }
        if (e instanceof WebApplicationException built && built.getResponse().hasEntity()
                && built.getResponse().getEntity() instanceof Problem) {
            return built.getResponse(); // a problem this application wrote itself (BoundedBody's 413)
        }
        if (isUnreadableBody(e)) {
            return Problem.response(Response.Status.BAD_REQUEST, "El cuerpo de la solicitud no es JSON válido o no tiene la forma esperada.", instance);
        }
        if (e instanceof WebApplicationException web) {
            // The framework's own message can name classes and parsers: each status gets a plain Spanish detail.
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            if (status == null || status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return Problem.incident(instance, Incidents.record(instance, e));
            }
            return Problem.response(status, switch (status) {
                case NOT_FOUND -> "No existe el recurso solicitado";
                case METHOD_NOT_ALLOWED -> "Esta dirección no admite ese método.";
                case NOT_ACCEPTABLE -> "No hay una representación en el formato pedido (Accept).";
                case UNSUPPORTED_MEDIA_TYPE -> "Tipo de contenido no admitido: se espera application/json.";
                default -> "La solicitud no es válida.";
            }, instance);
        }
        return Problem.incident(instance, Incidents.record(instance, e));
    }
}
