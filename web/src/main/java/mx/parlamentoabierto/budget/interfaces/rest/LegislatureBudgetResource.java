package mx.parlamentoabierto.budget.interfaces.rest;

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

/**
 * A legislature's budget under the {@code legislatures} root (shared with {@code LegislatureResource}): the same
 * answers as {@code /api/budget/bodies/{id}}, as a legislature's budget body has the legislature's id.
 */
@Path("legislatures")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class LegislatureBudgetResource {

    @Inject
    BudgetResource budgets;

    @GET
    @Path("{id}/budget")
    @Operation(summary = "El presupuesto de una legislatura: totales por año y etapa (con el archivo de origen archivado) y las líneas por "
            + "clase económica y programa; filtros year y stage (approved, modified, accrued, paid)")
    public String budget(@PathParam("id") String id, @QueryParam("year") String year, @QueryParam("stage") String stage) {
        return budgets.body(id, year, stage);
    }

    @GET
    @Path("{id}/budget.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Las líneas del presupuesto de una legislatura en CSV (UTF-8)")
    public Response csv(@PathParam("id") String id, @QueryParam("year") String year, @QueryParam("stage") String stage) {
        return budgets.csv(id, year, stage);
    }
}
