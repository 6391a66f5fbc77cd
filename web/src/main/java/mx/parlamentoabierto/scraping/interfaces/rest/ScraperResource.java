package mx.parlamentoabierto.scraping.interfaces.rest;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.identity.application.DataImportAccess;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.platform.HttpUrl;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.interfaces.rest.BoundedBody;
import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.Scraper;
import mx.parlamentoabierto.scrapers.spi.Scrapers;
import mx.parlamentoabierto.platform.json.JsonMapping;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.parlamentoabierto.scraping.application.ScrapedPages;
import mx.parlamentoabierto.debate.interfaces.rest.SpeechViews;
import mx.parlamentoabierto.vote.interfaces.rest.PopoloViews;

/**
 * Pages for the scrapers: one saved or fetched page per request, read by the named scraper inside the portal and
 * stored with its provenance ({@code ./parlamento scrape} sends a directory of them). A transcript's page answers with
 * {@code debates} (its sitting's debate: speeches, words, the share attributed, unmatched speakers). Every roll call of the page is
 * stored ({@code vote_events}; the first one's fields are also given at the top, as for a page of one). A page the
 * scraper cannot read is a 400 whose detail names the page and what is wrong with it; a page without roll calls from a
 * source where most pages have none (the Senado's Diario) is {@code "status": "empty"}, not an error.
 */
@Path("scrapers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class ScraperResource {

    /** Largest page accepted (a SITL roll call is ~240 KB). */
    static final long MAX_PAGE = 8L * 1024 * 1024;

    @Inject
    ScrapedPages pages;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @POST
    @Path("{scraper}/pages")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Lee una página con el scraper indicado (p. ej. diputados-votaciones) y guarda lo que contiene con su procedencia; "
            + "parámetros term (p. ej. LXII), name (nombre del archivo), source (URL de origen si se conoce) y retrieved (instante ISO de la descarga)")
    public String page(@PathParam("scraper") String name, @QueryParam("term") String term, @QueryParam("name") String pageName,
            @QueryParam("source") String source, @QueryParam("retrieved") String retrieved, InputStream body) {
        Scraper scraper = Scrapers.byName(name).orElseThrow(() -> new ResourceNotFoundException("scraper", "No existe el scraper '" + name
                + "' (hay: " + String.join(", ", Scrapers.all().stream().map(Scraper::name).sorted().toList()) + ")."));
        DataImportAccess.require(CurrentCaller.get(), scraper.legislatureId()); // before reading a byte of the body
        byte[] content = BoundedBody.read(body, headers.getLength(), MAX_PAGE, uri.getRequestUri().getPath());
        String label = pageName == null || pageName.isBlank() ? "pagina" : pageName.strip();
        Page page = new Page(label, content, sourceUrl(source), retrievedAt(retrieved));
        ScrapedPages.Result result = pages.read(CurrentCaller.get(), scraper, page, LegislativeTerm.idFrom(term));
        if (result.empty()) {
            ObjectNode empty = JsonMapping.MAPPER.createObjectNode();
            empty.put("status", "empty");
            empty.put("page", label);
            empty.put("detail", "La página no tiene ninguna votación nominal.");
            empty.putArray("vote_events");
            return empty.toString();
        }
        if (!result.debates().isEmpty()) {
            ObjectNode answer = JsonMapping.MAPPER.createObjectNode();
            answer.put("page", label);
            ArrayNode debates = answer.putArray("debates");
            result.debates().forEach(d -> debates.add(SpeechViews.outcome(d)));
            answer.putArray("vote_events");
            return answer.toString();
        }
        // every roll call of the page; the first one's fields also at the top, as for a page of one roll call
        ArrayNode events = JsonMapping.MAPPER.createArrayNode();
        result.outcomes().forEach(o -> events.add(PopoloViews.outcome(o)));
        ObjectNode answer = ((ObjectNode) events.get(0)).deepCopy();
        answer.put("page", label);
        answer.set("vote_events", events);
        return answer.toString();
    }

    private static URI sourceUrl(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        if (!HttpUrl.isHttp(source.strip())) {
            throw new InvalidInputException("source", "source: debe ser una URL http(s) absoluta, recibido '" + source + "'");
        }
        return URI.create(source.strip());
    }

    private static Instant retrievedAt(String retrieved) {
        if (retrieved == null || retrieved.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.parse(retrieved.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("retrieved", "retrieved: se espera un instante ISO 8601 (2015-03-01T12:00:00Z), recibido '" + retrieved + "'");
        }
    }
}
