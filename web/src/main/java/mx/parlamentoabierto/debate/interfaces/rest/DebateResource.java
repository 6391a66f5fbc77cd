package mx.parlamentoabierto.debate.interfaces.rest;

import java.time.LocalDate;

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
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.platform.json.JsonMapping;

/** {@code /api/debates}: the sittings' debates of a legislature, and one with its speeches, sources and roll calls. */
@Path("debates")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class DebateResource {

    static final int LIMIT = 500;

    @Inject
    DebateQueries debates;

    @GET
    @Operation(summary = "Los debates de una legislatura (legislature obligatorio), del más reciente al más antiguo; filtros from y to (AAAA-MM-DD)")
    public String list(@QueryParam("legislature") String legislature, @QueryParam("from") String from, @QueryParam("to") String to) {
        if (legislature == null || legislature.isBlank()) {
            throw new InvalidInputException("legislature", "legislature: es obligatorio (p. ej. diputados)");
        }
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        ArrayNode results = root.putArray("results");
        debates.debates(legislature.strip(), IsoDate.optional("from", from).orElse(LocalDate.of(1900, 1, 1)),
                IsoDate.optional("to", to).orElse(LocalDate.of(2999, 12, 31)), LIMIT).forEach(d -> results.add(SpeechViews.debate(d)));
        return root.toString();
    }

    @GET
    @Path("{id}/popolo")
    @Operation(summary = "Un debate en Popolo: la sesión (events) y sus intervenciones (speeches: creator_id, role, attribution_text, date, "
            + "title, text, event_id, position, type)")
    public String popolo(@PathParam("id") String id) {
        DebateQueries.DebateDetail detail = debates.debate(id);
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        root.putArray("events").addObject().put("id", detail.debate().sittingId()).put("name", detail.debate().title())
                .put("classification", "sitting").put("start_date", detail.debate().date().toString())
                .put("organization_id", detail.debate().legislatureId());
        ArrayNode speeches = root.putArray("speeches");
        detail.speeches().forEach(s -> {
            ObjectNode n = speeches.addObject().put("id", s.id()).put("event_id", s.debateId()).put("date", s.date().toString())
                    .put("position", s.position()).put("type", s.isStageDirection() ? "scene" : "speech").put("text", s.isStageDirection()
                            ? String.join("; ", s.stageDirections()) : s.text());
            SpeechViews.put(n, "creator_id", s.personId());
            SpeechViews.put(n, "role", s.isStageDirection() ? null : s.role().code());
            SpeechViews.put(n, "attribution_text", s.speakerLabel());
            SpeechViews.put(n, "title", s.heading());
        });
        return root.toString();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un debate: la sesión, la publicación de la que se leyó (y las demás), cada intervención en orden y las votaciones "
            + "de la sesión")
    public String one(@PathParam("id") String id) {
        DebateQueries.DebateDetail detail = debates.debate(id);
        ObjectNode root = SpeechViews.debate(detail.debate());
        ArrayNode sources = root.putArray("sources");
        detail.sources().forEach(s -> {
            ObjectNode n = sources.addObject().put("source_kind", s.sourceKind()).put("source_url", s.sourceUrl())
                    .put("retrieved_at", s.retrievedAt().toString()).put("sha256", s.sha256());
            if (s.documentId() != null) {
                n.put("document_id", s.documentId());
            }
        });
        ArrayNode rollCalls = root.putArray("vote_events");
        detail.rollCalls().forEach(e -> rollCalls.addObject().put("id", e.id()).put("title", e.title()));
        ArrayNode speeches = root.putArray("items");
        detail.speeches().forEach(s -> speeches.add(SpeechViews.speech(s, detail.groupNames())));
        return root.toString();
    }
}
