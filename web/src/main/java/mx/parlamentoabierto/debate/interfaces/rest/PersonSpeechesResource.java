package mx.parlamentoabierto.debate.interfaces.rest;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.debate.application.DebateQueries;
import mx.parlamentoabierto.debate.domain.DebateRepository;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.platform.interfaces.rest.Paging;
import mx.parlamentoabierto.platform.json.JsonMapping;

/** {@code GET /api/people/{id}/speeches}: a person's speeches, newest first, with their count, words and dates. */
@Path("people/{id}/speeches")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class PersonSpeechesResource {

    @Inject
    DebateQueries debates;
    @Inject
    LegislatorDirectory directory;

    @GET
    @Operation(summary = "Las intervenciones de una persona, de la sesión más reciente a la más antigua, con su número, palabras y fechas; "
            + "paginado (page, per_page)")
    public String speeches(@PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("per_page") Integer perPage) {
        directory.profile(id); // 404 for an unknown person
        Paging paging = Paging.of(page, perPage, 20);
        DebateRepository.PersonSummary summary = debates.summaryOf(id);
        DebateRepository.Page<Speech> found = debates.speeches(new DebateRepository.SpeechFilter(null, null, null, id, null, null, null, null),
                paging.offset(), paging.perPage());
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        ObjectNode totals = root.putObject("summary").put("speeches", summary.speeches()).put("words", summary.words());
        SpeechViews.put(totals, "first", summary.first() == null ? null : summary.first().toString());
        SpeechViews.put(totals, "latest", summary.latest() == null ? null : summary.latest().toString());
        ArrayNode results = root.putArray("results");
        Map<String, String> groups = debates.groupNames(found.items());
        found.items().forEach(s -> results.add(SpeechViews.speech(s, groups)));
        paging.write(root, found.total());
        return root.toString();
    }
}
