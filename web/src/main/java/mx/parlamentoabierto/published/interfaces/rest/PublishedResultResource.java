package mx.parlamentoabierto.published.interfaces.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.published.application.PublishedResults;
import mx.parlamentoabierto.published.domain.PublishedResult;

@Path("published-results")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class PublishedResultResource {

    public record PublishedResultView(String id, int year, String scope, String scopeLabel, Double overall,
            java.util.Map<String, Double> principles, List<String> findings, String publisher,
            List<PublishedResult.Source> sources, String note) {
    }

    @Inject
    PublishedResults results;

    @GET
    @Operation(summary = "Resultados publicados por el Diagnóstico de Parlamento Abierto (2014, 2017), con sus fuentes")
    public List<PublishedResultView> all() {
        return results.all().stream().map(r -> {
            java.util.Map<String, Double> principles = new java.util.TreeMap<>();
            r.principles().forEach((k, v) -> principles.put("P" + k, v));
            return new PublishedResultView(r.id(), r.year(), r.scope(), r.scopeLabel(), r.overall().orElse(null), principles,
                    r.findings(), r.publisher(), r.sources(), r.note());
        }).toList();
    }
}
