package mx.parlamentoabierto.opendata.interfaces.feed;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.domain.DocumentSummary;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.PortalTime;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.search.application.SearchAdmission;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;
import mx.parlamentoabierto.vote.application.VoteQueries;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/**
 * Atom feeds for people who follow the portal in a reader: a legislature's new documents, a saved search (the search
 * page's own parameters), a legislator's votes, and the published editions. Each answers the latest 50 items.
 */
@Path("feeds")
@Produces("application/atom+xml;charset=UTF-8")
@RequestScoped
public class FeedResource {

    static final int ITEMS = 50;

    @Inject
    DocumentCatalog documents;
    @Inject
    LegislatureCatalog legislatures;
    @Inject
    SearchAdmission admission;
    @Inject
    VoteQueries votes;
    @Inject
    LegislatorDirectory directory;
    @Inject
    mx.parlamentoabierto.debate.application.DebateQueries debates;
    @Inject
    RankingService rankings;
    @Inject
    PortalConfiguration configuration;

    /**
     * An address of the portal: absolute under the configured public address ({@code PARLAMENTO_PUBLIC_URL}, which
     * {@code ./parlamento run} sets to the address it serves on), else a path from the portal's root — never built from
     * the request's {@code Host}, which anyone can forge (a feed cached by a reader would then link elsewhere).
     */
    private String link(String relative) {
        return configuration.publicUrl().map(b -> b.endsWith("/") ? b : b + "/").orElse("/") + relative;
    }

    @GET
    @Path("documents/{legislature}")
    @Operation(summary = "Atom: los documentos nuevos del archivo de una legislatura (los 50 más recientes)")
    public String documents(@PathParam("legislature") String legislatureId) {
        Legislature legislature = legislatures.find(legislatureId).orElseThrow(() -> new ResourceNotFoundException("legislature",
                "No existe la legislatura '" + legislatureId + "'"));
        AtomFeed feed = new AtomFeed("documents/" + legislature.id(), "Documentos nuevos: " + legislature.name(),
                link("api/feeds/documents/" + legislature.id()), link(new PageAddress("buscar.xhtml").with("legislatura", legislature.id())
                        .with("orden", "fecha").toString()));
        for (DocumentSummary d : documents.newest(legislature.id(), ITEMS)) {
            feed.add("document/" + d.id(), d.title(), d.receivedAt(), link("documento.xhtml?id=" + d.id()),
                    d.type().spanishName() + (d.date() == null ? "" : ", " + d.date()));
        }
        return feed.write(Instant.now());
    }

    @GET
    @Path("search")
    @Operation(summary = "Atom: una búsqueda guardada — los mismos parámetros que buscar.xhtml (q, legislatura, tipo, desde, hasta); los 50 "
            + "documentos más recientes que la cumplen")
    public String search(@QueryParam("q") String q, @QueryParam("legislatura") String legislature, @QueryParam("tipo") String type,
            @QueryParam("desde") String from, @QueryParam("hasta") String to) {
        Set<String> types = type == null || type.isBlank() ? Set.of()
                : Set.of(DocumentType.fromCode(type).map(DocumentType::code).orElseThrow(() -> new InvalidInputException("tipo", "tipo desconocido")));
        Set<String> legs = legislature == null || legislature.isBlank() ? Set.of() : Set.of(legislature);
        DocumentSearchResult result = admission.documents(mx.parlamentoabierto.identity.interfaces.web.CurrentCaller.get(), new DocumentQuery(q, legs, types, IsoDate.optional("desde", from), IsoDate.optional("hasta", to), true, 1,
                ITEMS));
        PageAddress page = searchAddress("buscar.xhtml", q, legislature, type, from, to);
        PageAddress self = searchAddress("api/feeds/search", q, legislature, type, from, to);
        AtomFeed feed = new AtomFeed("search/" + mx.parlamentoabierto.platform.Sha256.hex(self.toString()).substring(0, 16),
                "Búsqueda: " + (q == null || q.isBlank() ? "todo el archivo" : q), link(self.toString()), link(page.toString()));
        for (DocumentSearchResult.Hit h : result.hits()) {
            Instant updated = h.date() == null ? Instant.EPOCH : h.date().atTime(LocalTime.NOON).atZone(PortalTime.ZONE).toInstant();
            feed.add("document/" + h.documentId(), h.title(), updated, link("documento.xhtml?id=" + h.documentId()),
                    h.legislatureName() + (h.date() == null ? "" : ", " + h.date()));
        }
        return feed.write(Instant.now());
    }

    /** An address carrying the search page's own parameters. */
    private static PageAddress searchAddress(String path, String q, String legislature, String type, String from, String to) {
        return new PageAddress(path).with("q", q).with("legislatura", legislature).with("tipo", type).with("desde", from).with("hasta", to);
    }

    @GET
    @Path("people/{id}/votes")
    @Operation(summary = "Atom: los votos de un legislador (los 50 más recientes), cada uno con su sentido")
    public String personVotes(@PathParam("id") String personId) {
        var person = directory.profile(personId).person();
        AtomFeed feed = new AtomFeed("person/" + personId + "/votes", "Votos de " + person.name(), link("api/feeds/people/" + personId + "/votes"),
                link(new PageAddress("legislador.xhtml").with("id", personId).toString()));
        VoteRepository.Page<VoteRepository.PersonVote> page = votes.votesOf(personId, Optional.empty(), null, 0, ITEMS);
        for (VoteRepository.PersonVote v : page.items()) {
            feed.add("vote/" + v.voteEventId() + "/" + personId, v.title(), v.date().atTime(LocalTime.NOON).atZone(PortalTime.ZONE).toInstant(),
                    link(new PageAddress("votacion.xhtml").with("id", v.voteEventId()).toString()),
                    "Sentido del voto: " + (v.rawOption() == null ? v.option().code() : v.rawOption()) + ", " + v.date());
        }
        return feed.write(Instant.now());
    }

    @GET
    @Path("people/{id}/speeches")
    @Operation(summary = "Atom: las intervenciones de un legislador (las 50 más recientes), cada una con su comienzo")
    public String personSpeeches(@PathParam("id") String personId) {
        var person = directory.profile(personId).person();
        AtomFeed feed = new AtomFeed("person/" + personId + "/speeches", "Intervenciones de " + person.name(),
                link("api/feeds/people/" + personId + "/speeches"), link(new PageAddress("legislador.xhtml").with("id", personId).toString()));
        var page = debates.speeches(new mx.parlamentoabierto.debate.domain.DebateRepository.SpeechFilter(null, null, null, personId, null, null, null,
                null), 0, ITEMS);
        for (var s : page.items()) {
            feed.add("speech/" + s.id(), (s.heading() == null ? "Intervención" : s.heading()) + ", " + s.date(),
                    s.date().atTime(LocalTime.NOON).atZone(PortalTime.ZONE).toInstant(),
                    link(mx.parlamentoabierto.debate.interfaces.web.SittingPage.address(s.debateId(), s.position())), s.excerpt(400));
        }
        return feed.write(Instant.now());
    }

    @GET
    @Path("editions")
    @Operation(summary = "Atom: las ediciones publicadas de la evaluación, cada una con su clasificación")
    public String editions() {
        AtomFeed feed = new AtomFeed("editions", "Ediciones publicadas de la evaluación de parlamento abierto", link("api/feeds/editions"),
                link("clasificacion.xhtml"));
        for (Edition e : rankings.editions()) {
            Instant updated = e.createdAt();
            feed.add("edition/" + e.id() + "/" + e.revision(), e.title() + (e.demo() ? " (demostración)" : ""), updated,
                    link(new PageAddress("clasificacion.xhtml").with("edicion", e.id()).toString()), "Año " + e.year() + ", metodología " + e.methodologyKey()
                            + (e.revision() > 0 ? ", revisión " + e.revision() : ""));
        }
        return feed.write(Instant.now().atOffset(ZoneOffset.UTC).toInstant());
    }
}
