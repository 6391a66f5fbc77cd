package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.parlamentoabierto.platform.interfaces.rest.Incidents;

/**
 * The error page of web.xml: the answer for errors the container raises itself (a malformed request it refuses,
 * a method a servlet does not have, an exception that escaped every filter). The same problem or Spanish page
 * as {@link FailureFilter} writes, with an incident id for anything unexpected.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        HttpServletRequest original = new OriginalRequest(request);
        if (failure instanceof Throwable t) {
            FailureFilter.answer(original, response, t);
            return;
        }
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            PortalErrors.write(original, response, 404, "No existe la página solicitada.", null, null);
            return;
        }
        String detail = switch (status) {
            case 400 -> "La solicitud no es válida.";
            case 405 -> "Esta dirección no admite el método " + request.getMethod() + ".";
            case 413 -> "El cuerpo de la solicitud supera el tamaño máximo admitido.";
            default -> status >= 500 ? null : "La solicitud no se pudo atender.";
        };
        if (detail == null) {
            String incident = Incidents.record(request.getMethod() + " " + original.getRequestURI() + " (el contenedor respondió " + status + ")", null);
            PortalErrors.write(original, response, status, Incidents.publicDetail(incident), null, incident);
            return;
        }
        PortalErrors.write(original, response, status, detail, null, null);
    }

    /** The request as the client sent it (its URI), not the error dispatch's /error. */
    private static final class OriginalRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        OriginalRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            Object uri = getRequest().getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return uri instanceof String s ? s : super.getRequestURI();
        }
    }
}
