package mx.parlamentoabierto.platform.interfaces.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import mx.parlamentoabierto.scoring.application.EditionNotFoundException;
import mx.parlamentoabierto.search.domain.SearchUnavailableException;

/** Every error of the API as a problem+json body; internal details are logged, never sent. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<EditionNotFoundException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EditionNotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), uri.getRequestUri().getPath());
        }
    }

    @Provider
    public static class BadRequest implements ExceptionMapper<IllegalArgumentException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), uri.getRequestUri().getPath());
        }
    }

    @Provider
    public static class SearchDown implements ExceptionMapper<SearchUnavailableException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(SearchUnavailableException e) {
            Logger.getLogger(ProblemMappers.class.getName()).warning(e.getMessage());
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "La búsqueda no está disponible en este momento; el resto del portal funciona.", uri.getPath());
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.INTERNAL_SERVER_ERROR;
            }
            String detail = status == Response.Status.NOT_FOUND ? "No existe el recurso solicitado" : e.getMessage();
            return Problem.response(status, detail, uri.getRequestUri().getPath());
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException e) {
            Logger.getLogger(ProblemMappers.class.getName()).log(Level.SEVERE, "Error no controlado en " + uri.getPath(), e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Error interno; quedó registrado.", uri.getRequestUri().getPath());
        }
    }
}
