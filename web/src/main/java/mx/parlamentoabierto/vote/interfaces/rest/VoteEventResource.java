package mx.parlamentoabierto.vote.interfaces.rest;

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

import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.platform.interfaces.rest.Paging;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.vote.application.VoteQueries;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/** Roll calls (Popolo vote events) with their counts by option and by group and every vote. */
@Path("vote-events")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class VoteEventResource {

    @Inject
    VoteQueries votes;

    @GET
    @Operation(summary = "Votaciones de una legislatura (legislature obligatorio), de la más reciente a la más antigua; filtros term, from, to "
            + "(AAAA-MM-DD) y q (palabras del título, sin importar acentos); paginado (page, per_page)")
    public String search(@QueryParam("legislature") String legislature, @QueryParam("term") String term, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("per_page") Integer perPage) {
        if (legislature == null || legislature.isBlank()) {
            throw new InvalidInputException("legislature", "legislature: es obligatorio (p. ej. diputados)");
        }
        Paging paging = Paging.of(page, perPage, 50);
        VoteRepository.Page<VoteEvent> found = votes.events(legislature, LegislativeTerm.idFrom(term),
                IsoDate.parse("from", blankToNull(from)), IsoDate.parse("to", blankToNull(to)), q, paging.offset(), paging.perPage());
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        ArrayNode results = root.putArray("results");
        found.items().forEach(e -> results.add(PopoloViews.eventSummary(e, votes.outcomeOf(e))));
        paging.write(root, found.total());
        return root.toString();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Una votación: título, fecha, conteos por opción y por grupo, los totales que imprimió la fuente, cada voto "
            + "(voter_id de la persona, o voter_name cuando no se identificó), la fuente y los documentos del archivo de esa fecha")
    public String one(@PathParam("id") String id) {
        return PopoloViews.event(votes.event(id)).toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
