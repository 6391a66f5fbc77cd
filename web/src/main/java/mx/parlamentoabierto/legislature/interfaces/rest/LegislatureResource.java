package mx.parlamentoabierto.legislature.interfaces.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.ResourceNotFoundException;

@Path("legislatures")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class LegislatureResource {

    /** A legislature as the API shows it. */
    public record LegislatureView(String id, String name, String kind, String kindLabel, String state, String country, String website) {
        public static LegislatureView of(Legislature l) {
            return new LegislatureView(l.id(), l.name(), l.kind().jsonName(), l.kind().spanishName(), l.state(), l.country(), l.website());
        }
    }

    @Inject
    LegislatureCatalog catalog;

    @GET
    @Operation(summary = "Todas las legislaturas evaluadas, en el orden del registro")
    public List<LegislatureView> all() {
        return catalog.all().stream().map(LegislatureView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Una legislatura por su id estable (p. ej. jalisco)")
    public LegislatureView one(@PathParam("id") String id) {
        return catalog.find(id).map(LegislatureView::of)
                .orElseThrow(() -> new ResourceNotFoundException("No existe la legislatura '" + id + "'"));
    }

}
