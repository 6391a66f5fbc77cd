package mx.parlamentoabierto.vote.interfaces.rest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.legislator.application.PopoloExport;
import mx.parlamentoabierto.legislator.application.PopoloImport;
import mx.parlamentoabierto.legislator.application.RosterImport;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.platform.interfaces.rest.BoundedBody;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.vote.application.DataQuality;
import mx.parlamentoabierto.vote.application.VoteImport;

/**
 * A legislature's records in and out: its legislators as Popolo JSON (export, and import for the administration or
 * the legislature's staff), a CSV of votes, its terms, and the data-quality report. Shares the {@code legislatures}
 * root with {@code legislature.interfaces.rest.LegislatureResource}.
 */
@Path("legislatures")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class LegislatureRecordsResource {

    /** Largest Popolo file or CSV of votes accepted in one request. */
    static final long MAX_FILE = 64L * 1024 * 1024;

    @Inject
    PopoloImport popoloImport;

    @Inject
    PopoloExport popoloExport;

    @Inject
    RosterImport rosterImport;

    @Inject
    VoteImport votes;
    @Inject
    mx.parlamentoabierto.debate.application.DebateImport debates;

    @Inject
    DataQuality quality;

    @Inject
    LegislatorDirectory directory;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    @Path("{id}/popolo")
    @Operation(summary = "Los legisladores de una legislatura en Popolo JSON: persons, organizations, areas, posts, memberships y sus "
            + "periodos legislativos como events (valida contra los esquemas de Popolo)")
    public String export(@PathParam("id") String id) {
        return popoloExport.export(id).toString();
    }

    @POST
    @Path("{id}/popolo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Importa un archivo Popolo JSON (administración o personal de la legislatura); el archivo se valida entero antes "
            + "de escribir y un error nombra la ruta JSON; importar el mismo archivo otra vez no cambia nada")
    public String importPopolo(@PathParam("id") String id, @QueryParam("file") String file, InputStream body) {
        byte[] content = BoundedBody.read(body, headers.getLength(), MAX_FILE, uri.getRequestUri().getPath());
        String name = file == null || file.isBlank() ? "popolo.json" : file;
        PopoloImport.Summary summary = popoloImport.importFile(CurrentCaller.get(), id, name, new ByteArrayInputStream(content));
        int rematched = votes.rematch(CurrentCaller.get(), id);
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        root.put("legislature_id", summary.legislatureId());
        root.put("file", name);
        ObjectNode records = root.putObject("records");
        summary.records().forEach((kind, c) -> records.putObject(kind).put("created", c.created()).put("updated", c.updated())
                .put("unchanged", c.unchanged()));
        root.put("skipped_events", summary.skippedEvents());
        root.put("votes_rematched", rematched);
        return root.toString();
    }

    @POST
    @Path("{id}/rosters")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Importa el padrón de una cámara (CSV del Senado o de la Cámara de Diputados; el formato se reconoce por los "
            + "encabezados): personas, membresías por legislatura y periodo, partidos, cargos y suplencias; después se vuelven a buscar "
            + "las personas de los votos y de las intervenciones que no tenían; importar el mismo padrón otra vez no cambia nada")
    public String importRoster(@PathParam("id") String id, @QueryParam("file") String file, InputStream body) {
        byte[] content = BoundedBody.read(body, headers.getLength(), MAX_FILE, uri.getRequestUri().getPath());
        String name = file == null || file.isBlank() ? "padron.csv" : file;
        RosterImport.Summary summary = rosterImport.importFile(CurrentCaller.get(), id, name, content);
        int rematched = votes.rematch(CurrentCaller.get(), id);
        int reattributed = debates.reattribute(CurrentCaller.get(), id);
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        root.put("legislature_id", summary.legislatureId());
        root.put("file", name);
        root.put("layout", summary.layout());
        root.put("entries", summary.entries());
        root.put("persons_created", summary.personsCreated());
        root.put("persons_found", summary.personsFound());
        ObjectNode records = root.putObject("records");
        summary.records().forEach((kind, c) -> records.putObject(kind).put("created", c.created()).put("updated", c.updated())
                .put("unchanged", c.unchanged()));
        ArrayNode skipped = root.putArray("skipped");
        summary.skipped().forEach(skipped::add);
        root.put("votes_rematched", rematched);
        root.put("speeches_reattributed", reattributed);
        return root.toString();
    }

    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Importa un CSV de votos (una fila por persona y votación; columnas en docs/votes.md); el archivo se valida entero "
            + "y un error nombra la línea y la columna")
    public String importVotes(@PathParam("id") String id, @QueryParam("file") String file, InputStream body) {
        byte[] content = BoundedBody.read(body, headers.getLength(), MAX_FILE, uri.getRequestUri().getPath());
        String name = file == null || file.isBlank() ? "votos.csv" : file;
        VoteImport.CsvSummary summary = votes.importCsv(CurrentCaller.get(), id, name, new ByteArrayInputStream(content));
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        root.put("file", summary.file());
        root.put("rows", summary.rows());
        if (summary.documentId() != null) {
            root.put("document_id", summary.documentId());
        }
        ArrayNode events = root.putArray("vote_events");
        summary.events().forEach(o -> events.add(PopoloViews.outcome(o)));
        return root.toString();
    }

    @GET
    @Path("{id}/terms")
    @Operation(summary = "Los periodos legislativos de una legislatura, del más reciente al más antiguo")
    public String terms(@PathParam("id") String id) {
        ArrayNode results = JsonMapping.MAPPER.createArrayNode();
        for (LegislativeTerm t : directory.terms(id)) {
            ObjectNode n = results.addObject();
            n.put("id", t.id());
            n.put("name", t.name());
            PopoloViews.put(n, "start_date", t.startDate() == null ? null : t.startDate().toString());
            PopoloViews.put(n, "end_date", t.endDate() == null ? null : t.endDate().toString());
        }
        return results.toString();
    }

    @GET
    @Path("{id}/data-quality")
    @Operation(summary = "Calidad de los datos: votaciones cuyos totales no cuadran con sus votos, votantes sin identificar, personas sin "
            + "membresía, periodos vigentes sin votaciones en los últimos tres meses y oradores de los debates sin identificar (filtro term)")
    public String dataQuality(@PathParam("id") String id, @QueryParam("term") String term) {
        DataQuality.Report report = quality.report(id, LegislativeTerm.idFrom(term));
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        root.put("legislature_id", report.legislatureId());
        PopoloViews.put(root, "term", report.termId());
        root.put("problems", report.problems());
        ArrayNode counts = root.putArray("vote_events_with_disagreeing_counts");
        report.disagreeingCounts().forEach(e -> counts.addObject().put("id", e.id()).put("date", e.date().toString()).put("title", e.title())
                .set("count_problems", JsonMapping.MAPPER.valueToTree(e.countProblems())));
        ArrayNode unmatched = root.putArray("unmatched_voters");
        report.unmatchedVoters().forEach(u -> {
            ObjectNode n = unmatched.addObject().put("voter_name", u.voterName()).put("votes", u.votes());
            PopoloViews.put(n, "source_voter_id", u.voterSourceId());
        });
        ArrayNode people = root.putArray("persons_without_membership");
        report.personsWithoutMembership().forEach(p -> people.addObject().put("id", p.id()).put("name", p.name()));
        ArrayNode speakers = root.putArray("unmatched_speakers");
        report.unmatchedSpeakers().forEach(u -> {
            ObjectNode n = speakers.addObject().put("name", u.name()).put("reason", u.reason()).put("speeches", u.speeches()).put("words", u.words());
            PopoloViews.put(n, "term", u.termId());
        });
        ArrayNode quiet = root.putArray("terms_without_recent_votes");
        report.quietTerms().forEach(t -> {
            ObjectNode n = quiet.addObject().put("term", t.termId()).put("name", t.name());
            PopoloViews.put(n, "latest_vote", t.latestVote() == null ? null : t.latestVote().toString());
        });
        return root.toString();
    }
}
