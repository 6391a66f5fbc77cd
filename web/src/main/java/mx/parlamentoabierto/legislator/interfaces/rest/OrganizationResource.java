package mx.parlamentoabierto.legislator.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.vote.interfaces.rest.PopoloViews;

/** Organizations (Popolo): a legislature's chamber, parliamentary groups and committees. */
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class OrganizationResource {

    @Inject
    LegislatorDirectory directory;

    @GET
    @Operation(summary = "Las organizaciones de una legislatura (legislature obligatorio); filtro classification (legislature, party, committee)")
    public String all(@QueryParam("legislature") String legislature, @QueryParam("classification") String classification) {
        if (legislature == null || legislature.isBlank()) {
            throw new InvalidInputException("legislature", "legislature: es obligatorio (p. ej. diputados)");
        }
        ArrayNode results = JsonMapping.MAPPER.createArrayNode();
        directory.organizations(legislature).stream().filter(o -> classification == null || classification.equals(o.classification()))
                .forEach(o -> results.add(PopoloViews.organization(o)));
        return results.toString();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Una organización por su id (p. ej. diputados:PAN)")
    public String one(@PathParam("id") String id) {
        return PopoloViews.organization(directory.organization(id)
                .orElseThrow(() -> new ResourceNotFoundException("id", "No existe la organización '" + id + "'."))).toString();
    }
}
