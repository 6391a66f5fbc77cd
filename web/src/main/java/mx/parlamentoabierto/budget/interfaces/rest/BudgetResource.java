package mx.parlamentoabierto.budget.interfaces.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.budget.application.BudgetImport;
import mx.parlamentoabierto.budget.application.BudgetQueries;
import mx.parlamentoabierto.budget.domain.BudgetBody;
import mx.parlamentoabierto.budget.domain.BudgetLine;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.csv.CsvWriter;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.platform.interfaces.rest.BoundedBody;
import mx.parlamentoabierto.platform.interfaces.web.ContentDisposition;
import mx.parlamentoabierto.platform.json.JsonMapping;

/**
 * Budgets: {@code /api/budget/bodies}, a body's years and lines ({@code /api/budget/bodies/{id}}, the same as
 * {@code /api/legislatures/{id}/budget} for a legislature), their CSV, and {@code POST /api/budget/imports}.
 */
@Path("budget")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class BudgetResource {

    /** Largest budget file accepted (the federal spreadsheets are 1–2 MB). */
    static final long MAX_FILE = 32L * 1024 * 1024;

    @Inject
    BudgetQueries queries;

    @Inject
    BudgetImport imports;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("bodies")
    @Operation(summary = "Los cuerpos con presupuesto: legislaturas y otros que la fuente reporta aparte (Auditoría Superior, total del Poder Legislativo Federal)")
    public String bodies() {
        ArrayNode out = JsonMapping.MAPPER.createArrayNode();
        for (BudgetBody b : queries.bodies()) {
            ObjectNode n = out.addObject();
            n.put("id", b.id());
            n.put("name", b.name());
            if (b.legislatureId() == null) {
                n.putNull("legislature_id");
            } else {
                n.put("legislature_id", b.legislatureId());
            }
        }
        return out.toString();
    }

    @GET
    @Path("bodies/{id}")
    @Operation(summary = "El presupuesto de un cuerpo: totales por año y etapa con su archivo de origen, y las líneas (año × etapa × clase "
            + "económica × programa) filtradas por year y stage (approved, modified, accrued, paid)")
    public String body(@PathParam("id") String id, @QueryParam("year") String year, @QueryParam("stage") String stage) {
        return view(id, parseYear(year), parseStage(stage)).toString();
    }

    @GET
    @Path("bodies/{id}.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Las líneas del presupuesto de un cuerpo en CSV (UTF-8): body_id, year, stage, economic_class, programme, programme_name, amount")
    public Response csv(@PathParam("id") String id, @QueryParam("year") String year, @QueryParam("stage") String stage) {
        Optional<Integer> y = parseYear(year);
        Optional<BudgetStage> s = parseStage(stage);
        List<BudgetLine> lines = queries.lines(id, y, s);
        return Response.ok(csv(id, lines, queries.unpublished(id), s)).header("Content-Disposition", ContentDisposition.attachment("presupuesto-" + id
                + y.map(v -> "-" + v).orElse("") + s.map(v -> "-" + v.code()).orElse("") + ".csv")).build();
    }

    /**
     * The CSV every budget download writes: the template's columns with the body first (docs/budgets.md). A class the
     * source did not publish in a year of the download gets one row per stage with no amount and
     * {@value #UNPUBLISHED} as its programme name: absent, not zero.
     */
    static String csv(String bodyId, List<BudgetLine> lines, Map<Integer, Set<EconomicClass>> unpublished, Optional<BudgetStage> stage) {
        CsvWriter csv = CsvWriter.inMemory().row("body_id", "year", "stage", "economic_class", "programme", "programme_name", "amount");
        for (BudgetLine l : lines) {
            csv.row(l.bodyId(), l.year(), l.stage().code(), l.economicClass().code(), l.programmeCode(), l.programmeName(), l.amount());
        }
        Set<Integer> years = new java.util.TreeSet<>();
        lines.forEach(l -> years.add(l.year()));
        for (int year : years) {
            for (EconomicClass c : unpublished.getOrDefault(year, Set.of())) {
                for (BudgetStage st : stage.map(List::of).orElse(List.of(BudgetStage.values()))) {
                    csv.row(bodyId, year, st.code(), c.code(), "", UNPUBLISHED, "");
                }
            }
        }
        return csv.toString();
    }

    /** What the CSV says of a class the source did not publish that year. */
    static final String UNPUBLISHED = "no publicado en la fuente de ese año";

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Importa un archivo de presupuesto: la Cuenta Pública de la SHCP (XLS/XLSX, administración) o el CSV de una legislatura "
            + "(?legislature=, su personal o la administración). El archivo entero se valida (las partes suman su total) y un error nombra hoja, "
            + "fila y columna o línea; importar el mismo archivo otra vez no cambia nada")
    public String importFile(@QueryParam("file") String file, @QueryParam("legislature") String legislature, java.io.InputStream body) {
        byte[] content = BoundedBody.read(body, headers.getLength(), MAX_FILE, uri.getRequestUri().getPath());
        BudgetImport.Summary s = imports.importFile(CurrentCaller.get(), file, content, legislature);
        ObjectNode n = JsonMapping.MAPPER.createObjectNode();
        n.put("file", s.file());
        n.put("format", s.format());
        n.put("status", s.status());
        n.put("description", s.description());
        ArrayNode years = n.putArray("years");
        s.years().forEach(years::add);
        ArrayNode bodies = n.putArray("bodies");
        s.bodies().forEach(bodies::add);
        n.put("lines", s.lines());
        n.put("replaced_lines", s.replacedLines());
        if (s.documentId() != null) {
            n.put("document_id", s.documentId());
        }
        return n.toString();
    }

    /** A body's budget as the API writes it. */
    public ObjectNode view(String id, Optional<Integer> year, Optional<BudgetStage> stage) {
        BudgetQueries.Overview overview = queries.overview(id);
        ObjectNode n = JsonMapping.MAPPER.createObjectNode();
        n.put("body_id", overview.body().id());
        n.put("name", overview.body().name());
        if (overview.body().legislatureId() != null) {
            n.put("legislature_id", overview.body().legislatureId());
        }
        n.put("currency", "MXN");
        ArrayNode years = n.putArray("years");
        for (BudgetQueries.Year y : overview.years()) {
            ObjectNode yn = years.addObject();
            yn.put("year", y.year());
            ObjectNode totals = yn.putObject("totals");
            for (BudgetStage s : BudgetStage.values()) {
                BigDecimal t = y.totals().get(s);
                if (t != null) {
                    totals.put(s.code(), t);
                }
            }
            if (y.source() != null) {
                ObjectNode src = yn.putObject("source");
                src.put("file", y.source().fileName());
                src.put("format", y.source().format());
                src.put("imported_at", y.source().importedAt().toString());
                // the classes this year's source has no column for: absent, not zero
                var unpublished = yn.putArray("unpublished_classes");
                y.source().unpublished().stream().sorted().forEach(c -> unpublished.add(c.code()));
                if (y.source().documentId() != null) {
                    src.put("document_id", y.source().documentId());
                    src.put("document_url", "/documento.xhtml?id=" + y.source().documentId());
                }
            }
        }
        ArrayNode lines = n.putArray("lines");
        for (BudgetLine l : queries.lines(id, year, stage)) {
            ObjectNode ln = lines.addObject();
            ln.put("year", l.year());
            ln.put("stage", l.stage().code());
            ln.put("economic_class", l.economicClass().code());
            ln.put("economic_group", l.economicClass().group().name().toLowerCase(java.util.Locale.ROOT));
            ln.put("programme", l.programmeCode());
            if (l.programmeName() != null) {
                ln.put("programme_name", l.programmeName());
            }
            ln.put("amount", l.amount());
        }
        return n;
    }

    static Optional<Integer> parseYear(String year) {
        if (year == null || year.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(year.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "year: '" + year + "' no es un año");
        }
    }

    static Optional<BudgetStage> parseStage(String stage) {
        if (stage == null || stage.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(BudgetStage.parse(stage).orElseThrow(() -> new InvalidInputException("stage", "stage: '" + stage
                + "' no es una etapa (approved, modified, accrued, paid)")));
    }
}
