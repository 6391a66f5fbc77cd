package mx.parlamentoabierto.platform.interfaces.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.search.domain.SearchUnavailableException;

/** Every error of the API as a problem+json body; internal details are logged, never sent. */
@Provider
public class ProblemMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RuntimeException e) {
        String instance = uri.getRequestUri().getPath();
        if (e instanceof ResourceNotFoundException) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), instance);
        }
        if (e instanceof IllegalArgumentException) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), instance);
        }
        if (e instanceof SearchUnavailableException) {
            LOG.warning(e.getMessage());
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, SearchUnavailableException.PUBLIC_DETAIL, instance);
        }
        if (e instanceof WebApplicationException web) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.INTERNAL_SERVER_ERROR;
            }
            return Problem.response(status, status == Response.Status.NOT_FOUND ? "No existe el recurso solicitado" : e.getMessage(), instance);
        }
        LOG.log(Level.SEVERE, "Error no controlado en " + instance, e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Error interno; quedó registrado.", instance);
    }
}
