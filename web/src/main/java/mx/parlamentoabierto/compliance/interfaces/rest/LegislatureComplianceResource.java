package mx.parlamentoabierto.compliance.interfaces.rest;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.compliance.application.ComplianceService;
import mx.parlamentoabierto.platform.interfaces.web.ContentDisposition;

/** A legislature's compliance dashboard under the {@code legislatures} root (shared with {@code LegislatureResource}). */
@Path("legislatures")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class LegislatureComplianceResource {

    @Inject
    ComplianceService compliance;

    @GET
    @Path("{id}/compliance")
    @Operation(summary = "El cumplimiento de una legislatura: cada obligación de la LGTAIP 2025 con su estado (met, stale, missing, not_checkable), "
            + "la evidencia que el portal tiene, su fecha y hasta cuándo es vigente")
    public String dashboard(@PathParam("id") String id, @QueryParam("catalog") String catalog) {
        return ComplianceResource.dashboard(compliance.dashboard(id, Optional.ofNullable(catalog).filter(c -> !c.isBlank()))).toString();
    }

    @GET
    @Path("{id}/compliance.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "El cumplimiento de una legislatura en CSV (una fila por obligación)")
    public Response csv(@PathParam("id") String id, @QueryParam("catalog") String catalog) {
        ComplianceService.Dashboard d = compliance.dashboard(id, Optional.ofNullable(catalog).filter(c -> !c.isBlank()));
        mx.parlamentoabierto.platform.csv.CsvWriter csv = ComplianceResource.header();
        ComplianceResource.rows(csv, d);
        return Response.ok(csv.toString()).header("Content-Disposition", ContentDisposition.attachment("cumplimiento-" + d.legislature().id() + ".csv"))
                .build();
    }
}
