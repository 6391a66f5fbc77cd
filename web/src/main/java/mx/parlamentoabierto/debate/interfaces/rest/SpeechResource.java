package mx.parlamentoabierto.debate.interfaces.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.debate.application.DebateQueries;
import mx.parlamentoabierto.debate.domain.DebateRepository;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.platform.interfaces.rest.Paging;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.debate.domain.SpeechRole;
import mx.parlamentoabierto.search.application.SearchAdmission;
import mx.parlamentoabierto.search.domain.SpeechQuery;
import mx.parlamentoabierto.search.domain.SpeechSearchResult;

/**
 * {@code GET /api/speeches}: speeches of the debates, newest sitting first, filtered by legislature, term, date or dates,
 * person, group and role; with {@code q}, found by their words (Spanish analysis: accents and word forms) best first,
 * each with its highlighted passages. Paginated as {@code /api/vote-events}.
 */
@Path("speeches")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class SpeechResource {

    @Inject
    DebateQueries debates;
    @Inject
    SearchAdmission search;

    @GET
    @Operation(summary = "Intervenciones en los debates: filtros legislature, term, date, from, to (AAAA-MM-DD), person, group y role (presidencia, "
            + "secretaria, legislador, invitado, colectivo); q busca en sus palabras (sin importar acentos ni formas de las palabras) y da los "
            + "pasajes resaltados; paginado (page, per_page)")
    public String list(@QueryParam("legislature") String legislature, @QueryParam("term") String term, @QueryParam("date") String date,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("person") String person, @QueryParam("group") String group,
            @QueryParam("role") String role, @QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("per_page") Integer perPage) {
        Paging paging = Paging.of(page, perPage, 20);
        String roleCode = role(role);
        LocalDate day = IsoDate.optional("date", date).orElse(null);
        Optional<LocalDate> fromDate = day != null ? Optional.of(day) : IsoDate.optional("from", from);
        Optional<LocalDate> toDate = day != null ? Optional.of(day) : IsoDate.optional("to", to);
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        ArrayNode results = root.putArray("results");
        if (q != null && !q.isBlank()) {
            SpeechQuery query;
            try {
                query = new SpeechQuery(q, blank(legislature) == null ? Set.of() : Set.of(legislature.strip()), Optional.ofNullable(blank(person)),
                        Optional.ofNullable(blank(group)), Optional.ofNullable(roleCode), Optional.ofNullable(LegislativeTerm.idFrom(term)), fromDate, toDate,
                        paging.page(), paging.perPage());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("q", e.getMessage());
            }
            SpeechSearchResult found = search.speeches(CurrentCaller.get(), query);
            List<Speech> whole = debates.speeches(found.hits().stream().map(SpeechSearchResult.Hit::speechId).toList());
            Map<String, Speech> byId = new LinkedHashMap<>();
            whole.forEach(s -> byId.put(s.id(), s));
            Map<String, String> groups = debates.groupNames(whole);
            for (SpeechSearchResult.Hit hit : found.hits()) {
                Speech s = byId.get(hit.speechId());
                ObjectNode item = s == null ? SpeechViews.hit(hit) : SpeechViews.speech(s, groups);
                ArrayNode passages = item.putArray("passages");
                hit.passages().forEach(passages::add);
                results.add(item);
            }
            paging.write(root, found.total());
            return root.toString();
        }
        DebateRepository.Page<Speech> found = debates.speeches(new DebateRepository.SpeechFilter(blank(legislature), LegislativeTerm.idFrom(term), day,
                blank(person), blank(group), roleCode, day == null ? fromDate.orElse(null) : null, day == null ? toDate.orElse(null) : null),
                paging.offset(), paging.perPage());
        Map<String, String> groups = debates.groupNames(found.items());
        found.items().forEach(s -> results.add(SpeechViews.speech(s, groups)));
        paging.write(root, found.total());
        return root.toString();
    }

    static String role(String role) {
        if (blank(role) == null) {
            return null;
        }
        try {
            return SpeechRole.fromCode(role.strip()).code();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", e.getMessage().replace("rol:", "role:"));
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
