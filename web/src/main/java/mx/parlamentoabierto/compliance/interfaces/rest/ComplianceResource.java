package mx.parlamentoabierto.compliance.interfaces.rest;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.compliance.application.ComplianceService;
import mx.parlamentoabierto.compliance.domain.ComplianceStatus;
import mx.parlamentoabierto.compliance.domain.ObligationCheck;
import mx.parlamentoabierto.compliance.interfaces.web.EvidenceWords;
import mx.parlamentoabierto.platform.csv.CsvWriter;
import mx.parlamentoabierto.platform.interfaces.web.ContentDisposition;
import mx.parlamentoabierto.platform.json.JsonMapping;

/**
 * Compliance with the transparency law: every legislature's summary ({@code /api/compliance}) and one legislature's
 * dashboard ({@code /api/legislatures/{id}/compliance}, in {@code LegislatureComplianceResource}), in JSON and CSV.
 * Statuses are computed when asked, from what the portal holds.
 */
@Path("compliance")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class ComplianceResource {

    @Inject
    ComplianceService compliance;

    @GET
    @Operation(summary = "Cumplimiento de todas las legislaturas: cuántas obligaciones cumplen, están desactualizadas, faltan o no se pueden "
            + "comprobar aquí, según lo que el portal tiene (catálogo LGTAIP 2025 por omisión; ?catalog=)")
    public String all(@QueryParam("catalog") String catalog) {
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        ArrayNode rows = root.putArray("legislatures");
        for (ComplianceService.Dashboard d : compliance.all(Optional.ofNullable(catalog).filter(c -> !c.isBlank()))) {
            if (!root.has("catalog")) {
                catalog(root, d);
            }
            ObjectNode n = rows.addObject();
            n.put("legislature_id", d.legislature().id());
            n.put("name", d.legislature().name());
            d.counts().forEach((s, c) -> n.put(s.code(), c));
            Double share = d.metShare();
            n.put("no_data", d.noData());
            if (share == null) {
                n.putNull("met_share");
            } else {
                n.put("met_share", Math.round(share * 10) / 10.0);
            }
        }
        return root.toString();
    }

    @GET
    @Path("all.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "El estado de cada obligación de cada legislatura en CSV (una fila por legislatura y obligación)")
    public Response allCsv(@QueryParam("catalog") String catalog) {
        CsvWriter csv = header();
        for (ComplianceService.Dashboard d : compliance.all(Optional.ofNullable(catalog).filter(c -> !c.isBlank()))) {
            rows(csv, d);
        }
        return Response.ok(csv.toString()).header("Content-Disposition", ContentDisposition.attachment("cumplimiento.csv")).build();
    }

    /** A compliance CSV with its header written. */
    static CsvWriter header() {
        return CsvWriter.inMemory().row("legislature_id", "catalog", "catalog_version", "as_of", "obligation", "citation", "status",
                "latest_evidence", "current_until", "evidence");
    }

    static void rows(CsvWriter csv, ComplianceService.Dashboard d) {
        for (ComplianceService.Line l : d.lines()) {
            csv.row(d.legislature().id(), d.catalog().id(), d.catalog().version(), d.asOf(), l.obligation().id(), l.obligation().citation(),
                    l.status().code(), l.latest(), l.currentUntil(),
                    String.join("; ", l.evidence().stream().map(e -> EvidenceWords.describe(e.rule()) + ": " + EvidenceWords.summary(e)).toList()));
        }
    }

    static void catalog(ObjectNode root, ComplianceService.Dashboard d) {
        ObjectNode c = root.putObject("catalog");
        c.put("id", d.catalog().id());
        c.put("version", d.catalog().version());
        c.put("title", d.catalog().title());
        c.put("published", d.catalog().published());
        root.put("as_of", d.asOf().toString());
    }

    /** One legislature's dashboard as the API writes it. */
    static ObjectNode dashboard(ComplianceService.Dashboard d) {
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        root.put("legislature_id", d.legislature().id());
        root.put("name", d.legislature().name());
        catalog(root, d);
        ObjectNode counts = root.putObject("counts");
        d.counts().forEach((s, c) -> counts.put(s.code(), c));
        ArrayNode obligations = root.putArray("obligations");
        for (ComplianceService.Line l : d.lines()) {
            ObjectNode o = obligations.addObject();
            o.put("id", l.obligation().id());
            o.put("citation", l.obligation().citation());
            o.put("text", l.obligation().text());
            o.put("period", l.obligation().period().toString());
            o.put("status", l.status().code());
            putDate(o, "latest_evidence", l.latest());
            putDate(o, "current_until", l.currentUntil());
            ArrayNode evidence = o.putArray("evidence");
            for (ObligationCheck.Evidence e : l.evidence()) {
                ObjectNode en = evidence.addObject();
                en.put("kind", e.rule().kind().code());
                en.put("description", EvidenceWords.describe(e.rule()));
                if (!e.rule().documentTypes().isEmpty()) {
                    ArrayNode types = en.putArray("document_types");
                    e.rule().documentTypes().forEach(types::add);
                }
                if (e.rule().stage() != null) {
                    en.put("stage", e.rule().stage().code());
                }
                en.put("count", e.count());
                en.put("undated", e.undated());
                putDate(en, "latest", e.latest());
                putDate(en, "current_until", e.currentUntil());
                String link = EvidenceWords.link(e.rule(), d.legislature().id());
                if (link != null) {
                    en.put("url", "/" + link);
                }
            }
            if (l.status() == ComplianceStatus.NOT_CHECKABLE) {
                o.put("reason", l.obligation().evidence().stream().filter(r -> !r.checkable()).map(EvidenceWords::describe).findFirst()
                        .orElse("No se puede comprobar con los datos del portal"));
            }
        }
        return root;
    }

    private static void putDate(ObjectNode n, String field, java.time.LocalDate date) {
        if (date == null) {
            n.putNull(field);
        } else {
            n.put(field, date.toString());
        }
    }
}
