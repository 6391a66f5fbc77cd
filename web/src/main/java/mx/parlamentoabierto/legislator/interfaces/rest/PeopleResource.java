package mx.parlamentoabierto.legislator.interfaces.rest;

import java.util.Optional;

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

import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.interfaces.rest.Paging;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.vote.application.VoteQueries;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;
import mx.parlamentoabierto.vote.interfaces.rest.PopoloViews;

/** Legislators (Popolo persons): the directory, one person with memberships and voting record, and their votes. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class PeopleResource {

    @Inject
    LegislatorDirectory directory;

    @Inject
    VoteQueries votes;

    @GET
    @Operation(summary = "Legisladores: filtros legislature, term (p. ej. LXII), group (id de organización), state (clave: nuevo-leon), "
            + "district y q (palabras del nombre, sin importar acentos); paginado (page, per_page)")
    public String search(@QueryParam("legislature") String legislature, @QueryParam("term") String term, @QueryParam("group") String group,
            @QueryParam("state") String state, @QueryParam("district") Integer district, @QueryParam("q") String q,
            @QueryParam("page") Integer page, @QueryParam("per_page") Integer perPage) {
        Paging paging = Paging.of(page, perPage, 50);
        LegislatorDirectory.Page found = directory.search(new LegislatorDirectory.Query(legislature, LegislativeTerm.idFrom(term), group, state, district, q,
                paging.offset(), paging.perPage()));
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        ArrayNode results = root.putArray("results");
        found.entries().forEach(e -> results.add(PopoloViews.entry(e)));
        paging.write(root, found.total());
        return root.toString();
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Sugerencias para el buscador de nombres: hasta 10 personas cuyo nombre contiene las palabras escritas")
    public String suggest(@QueryParam("q") String q, @QueryParam("legislature") String legislature) {
        ArrayNode results = JsonMapping.MAPPER.createArrayNode();
        directory.suggest(legislature, q, 10).forEach(e -> results.addObject().put("id", e.personId()).put("name", e.name())
                .put("legislature_id", e.legislatureId()));
        return results.toString();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Una persona: nombres, foto, identificadores, membresías (grupo, distrito, comisiones) y su registro de votación "
            + "(asistencia; inasistencias justificadas aparte)")
    public String one(@PathParam("id") String id) {
        return PopoloViews.person(directory.profile(id), votes.recordOf(id)).toString();
    }

    @GET
    @Path("{id}/votes")
    @Operation(summary = "Los votos de una persona, de la votación más reciente a la más antigua; filtros option (yes, no, abstain, absent, "
            + "excused, not_voting, present, paired, other) y q (palabras del título); paginado")
    public String votes(@PathParam("id") String id, @QueryParam("option") String option, @QueryParam("q") String q,
            @QueryParam("page") Integer page, @QueryParam("per_page") Integer perPage) {
        directory.profile(id); // 404 for an unknown person
        Paging paging = Paging.of(page, perPage, 50);
        Optional<VoteOption> wanted = option == null || option.isBlank() ? Optional.empty()
                : Optional.of(VoteOption.fromPopolo(option).orElseThrow(() -> new InvalidInputException("option",
                        "option: '" + option + "' no es una opción de voto (yes, no, abstain, absent, excused, not_voting, present, paired, other)")));
        VoteRepository.Page<VoteRepository.PersonVote> found = votes.votesOf(id, wanted, q, paging.offset(), paging.perPage());
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        ArrayNode results = root.putArray("results");
        found.items().forEach(v -> results.add(PopoloViews.personVote(v)));
        paging.write(root, found.total());
        return root.toString();
    }
}
