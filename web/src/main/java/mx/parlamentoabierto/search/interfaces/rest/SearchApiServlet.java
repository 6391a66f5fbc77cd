package mx.parlamentoabierto.search.interfaces.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.RetryLaterException;
import mx.parlamentoabierto.platform.SearchUnavailableException;
import mx.parlamentoabierto.platform.interfaces.rest.Problem;
import mx.parlamentoabierto.platform.interfaces.web.PortalErrors;
import mx.parlamentoabierto.platform.json.Jsonp;
import mx.parlamentoabierto.search.application.SearchAdmission;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;
import mx.parlamentoabierto.search.domain.SearchTimeoutException;

/**
 * {@code GET /api/search?q=&legislature=&type=&from=&to=&sort=relevance|date&page=&size=} → total, hits (id,
 * title, legislature, type, date, identifier, highlighted fragments) and facets (legislature, type, year).
 *
 * <p>A servlet writing its JSON with a streaming generator rather than a JAX-RS resource: search is the
 * portal's hottest dynamic endpoint, and the JAX-RS pipeline (providers, CDI request scope, bean validation,
 * tracing, JSON-B) cost more CPU per request than the Elasticsearch client itself — CPU that competes with
 * the search node on a two-core machine. Measured with {@code ./parlamento bench search}; see
 * docs/decisions/0008-search-api-servlet.md. Documented in the OpenAPI document through
 * {@code META-INF/openapi.yaml}.
 */
@WebServlet(urlPatterns = "/api/search", asyncSupported = true)
public class SearchApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SearchApiServlet.class.getName());
    private static final JsonGeneratorFactory JSON = Jsonp.PROVIDER.createGeneratorFactory(Map.of());

    @Inject
    transient SearchAdmission search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentSearchResult result;
        try {
            result = search.documents(CurrentCaller.get(), SearchParameters.parse(request.getParameterMap()));
        } catch (RetryLaterException e) {
            PortalErrors.write(request, response, e.status(), e.getMessage(), e.retryAfter(), null);
            return;
        } catch (IllegalArgumentException e) {
            Problem.write(response, 400, e.getMessage(), request.getRequestURI());
            return;
        } catch (SearchUnavailableException e) {
            LOG.warning(e.getMessage());
            response.setHeader("Retry-After", e instanceof SearchTimeoutException ? "5" : "10");
            Problem.write(response, 503, e.publicDetail(), request.getRequestURI());
            return;
        }
        response.setStatus(200);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        // The whole answer is built first and sent with its length in one write: streaming it into the response
        // cost two socket writes (a full buffer, then the rest on close) and a chunked encoding per search.
        ByteArrayOutputStream body = new ByteArrayOutputStream(16_384);
        try (JsonGenerator json = JSON.createGenerator(body, java.nio.charset.StandardCharsets.UTF_8)) {
            write(result, json);
        }
        response.setContentLength(body.size());
        OutputStream out = response.getOutputStream();
        body.writeTo(out);
    }

    static void write(DocumentSearchResult result, JsonGenerator json) {
        json.writeStartObject().write("total", result.total()).writeStartArray("hits");
        for (DocumentSearchResult.Hit hit : result.hits()) {
            json.writeStartObject().write("documentId", hit.documentId()).write("title", hit.title());
            optional(json, "legislatureId", hit.legislatureId());
            optional(json, "legislatureName", hit.legislatureName());
            optional(json, "type", hit.type());
            optional(json, "date", hit.date() == null ? null : hit.date().toString());
            optional(json, "identifier", hit.identifier());
            json.writeStartArray("fragments");
            hit.fragments().forEach(json::write);
            json.writeEnd().write("score", hit.score()).writeEnd();
        }
        json.writeEnd();
        facet(json, "legislatureFacet", result.legislatureFacet());
        facet(json, "typeFacet", result.typeFacet());
        facet(json, "yearFacet", result.yearFacet());
        json.writeEnd();
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void facet(JsonGenerator json, String name, Map<String, Long> counts) {
        json.writeStartObject(name);
        counts.forEach(json::write);
        json.writeEnd();
    }
}
