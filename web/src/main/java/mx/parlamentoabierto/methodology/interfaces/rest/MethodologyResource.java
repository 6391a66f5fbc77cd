package mx.parlamentoabierto.methodology.interfaces.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Scale;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.search.application.SearchAdmission;
import mx.parlamentoabierto.search.domain.VariableHit;

@Path("methodologies")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class MethodologyResource {

    public record MethodologySummary(String id, String version, String key, String title, String defaultAggregation,
            int principles, int variables) {
        static MethodologySummary of(Methodology m) {
            return new MethodologySummary(m.id(), m.version(), m.key(), m.title(), m.defaultAggregation().jsonName(),
                    m.principles().size(), m.variables().size());
        }
    }

    public record BasisView(String source, String kind, String title, String reference, String url) {
    }

    public record ScaleView(String id, String kind, int min, int max, Map<String, String> labels) {
        static ScaleView of(Scale s) {
            Map<String, String> labels = new TreeMap<>();
            s.labels().forEach((k, v) -> labels.put(String.valueOf(k), v));
            return new ScaleView(s.id(), s.kind().name().toLowerCase(), s.min(), s.max(), labels);
        }
    }

    public record VariableView(String id, int principle, String text, String evidence, ScaleView scale, double weight, List<BasisView> basis) {
        static VariableView of(Variable v) {
            return new VariableView(v.id(), v.principle(), v.text(), v.evidence(), ScaleView.of(v.scale()), v.weight(),
                    v.basis().stream().map(b -> new BasisView(b.source().id(), b.source().kind().name().toLowerCase(),
                            b.source().title(), b.reference(), b.source().url())).toList());
        }
    }

    public record PrincipleView(int number, String code, String name, String description, double weight, List<VariableView> variables) {
        static PrincipleView of(Principle p) {
            return new PrincipleView(p.number(), p.code(), p.name(), p.description(), p.weight(),
                    p.variables().stream().map(VariableView::of).toList());
        }
    }

    public record MethodologyView(String id, String version, String key, String title, String description,
            String defaultAggregation, int variableCount, List<PrincipleView> principles) {
    }

    public record VariableSearchHit(String variableId, int principle, String text, List<String> highlights, double score) {
    }

    @Inject
    MethodologyCatalog catalog;
    @Inject
    SearchAdmission search;

    @GET
    @Operation(summary = "Todas las versiones de metodología (congeladas)")
    public List<MethodologySummary> all() {
        return catalog.all().stream().map(MethodologySummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Una metodología con sus principios y variables; la versión más reciente salvo ?version=")
    public MethodologyView one(@PathParam("id") String id, @QueryParam("version") String version) {
        Methodology m = find(id, version);
        return new MethodologyView(m.id(), m.version(), m.key(), m.title(), m.description(), m.defaultAggregation().jsonName(),
                m.variables().size(), m.principles().stream().map(PrincipleView::of).toList());
    }

    @GET
    @Path("{id}/variables")
    @Operation(summary = "Busca variables por texto en español (acentos y plurales indistintos), con fragmentos resaltados")
    public List<VariableSearchHit> searchVariables(@PathParam("id") String id, @QueryParam("version") String version,
            @QueryParam("q") String query, @QueryParam("size") @DefaultValue("20") int size) {
        Methodology m = find(id, version);
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("el parámetro q (texto a buscar) es obligatorio");
        }
        if (query.length() > 200) {
            throw new IllegalArgumentException("q no puede pasar de 200 caracteres");
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size debe estar entre 1 y 100");
        }
        List<VariableHit> hits = search.variables(mx.parlamentoabierto.identity.interfaces.web.CurrentCaller.get(), query, Optional.of(m.key()), size);
        return hits.stream().map(h -> new VariableSearchHit(h.variableId(), h.principle(), h.text(), h.highlights(), h.score())).toList();
    }

    private Methodology find(String id, String version) {
        Optional<Methodology> m = version == null || version.isBlank() ? catalog.latest(id) : catalog.find(id, version);
        return m.orElseThrow(() -> new ResourceNotFoundException("No existe la metodología '" + id + "'"
                + (version == null ? "" : " en la versión '" + version + "'")));
    }
}
