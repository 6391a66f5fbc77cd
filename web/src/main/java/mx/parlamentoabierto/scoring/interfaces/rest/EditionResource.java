package mx.parlamentoabierto.scoring.interfaces.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

import mx.parlamentoabierto.evaluation.application.EditionLifecycle;
import mx.parlamentoabierto.evaluation.application.EditionSnapshots;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.scoring.application.EditionRanking;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.application.Scorecard;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.PrincipleScore;
import mx.parlamentoabierto.scoring.domain.RankedScore;

@Path("editions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class EditionResource {

    public record EditionView(String id, String title, int year, String methodologyKey, boolean demo, String state, int revision,
            String headlineSince, String headlineNote) {
        public static EditionView of(Edition e) {
            return new EditionView(e.id(), e.title(), e.year(), e.methodologyKey(), e.demo(), e.state().jsonName(), e.revision(),
                    e.headlineSince().map(Object::toString).orElse(null), e.headlineNote().orElse(null));
        }
    }

    /** What an edition evaluates: how many legislatures out of the registry; averages are over the evaluated ones. */
    public record ScopeView(int evaluated, int registry, boolean partial, double average) {
    }

    public record PrincipleHeader(int number, String code, String name, int variables) {
    }

    public record PrincipleScoreView(int principle, String code, double percent, int met, int answered, int total) {
        static PrincipleScoreView of(PrincipleScore s) {
            return new PrincipleScoreView(s.principle(), "P" + s.principle(), round(s.percent()), s.met(), s.answered(), s.total());
        }
    }

    public record RankingRow(int rank, boolean tied, String legislatureId, String legislatureName, double overall,
            boolean complete, List<PrincipleScoreView> principles) {
    }

    public record RankingView(EditionView edition, boolean demo, String aggregation, String methodologyKey, String snapshotSha256,
            ScopeView scope, List<PrincipleHeader> principles, List<RankingRow> rows) {
    }

    public record EvidenceView(String url, String label, String retrievedAt, String contentSha256, Long documentId) {
    }

    public record VariableAnswerView(String id, String text, String evidenceRequired, boolean answered, Integer value,
            String valueLabel, boolean met, String justification, String updatedAt, List<EvidenceView> evidence) {
    }

    public record PrincipleSectionView(int number, String code, String name, double percent, int met, int total,
            List<VariableAnswerView> variables) {
    }

    public record ScorecardView(EditionView edition, boolean demo, String aggregation, String snapshotSha256, String legislatureId,
            String legislatureName, int rank, boolean tied, int rankedOutOf, double overall, int answered, int total,
            List<PrincipleSectionView> principles) {
    }

    @Inject
    RankingService rankings;
    @Inject
    RenderedRankings rendered;
    @Inject
    EditionLifecycle lifecycle;

    @Inject
    EditionSnapshots snapshots;

    @GET
    @Operation(summary = "Ediciones de evaluación, la más reciente primero: las publicadas (y la de demostración), más las que la cuenta trabaja")
    public List<EditionView> all() {
        return lifecycle.visibleEditions(CurrentCaller.get()).stream().map(EditionView::of).toList();
    }

    /** Results of an edition that is not public are "not found" to anyone not working on it. */
    private void requireResultsVisible(String id) {
        if (!lifecycle.resultsVisible(CurrentCaller.get(), id)) {
            throw new ResourceNotFoundException("editionId", "No existe la edición '" + id + "'");
        }
    }

    /** One legislature's results follow the rule of its answers: hidden from whoever may not see those before publication. */
    private void requireResultsVisible(String id, String legislatureId) {
        if (!lifecycle.resultsVisible(CurrentCaller.get(), id, legislatureId)) {
            throw new ResourceNotFoundException("editionId", "No existe la edición '" + id + "'");
        }
    }

    @GET
    @Path("{id}/rankings")
    @Operation(summary = "Clasificación de una edición (los empates comparten lugar); ?aggregation=pooled|mean|weighted")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "La clasificación",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = RankingView.class)))
    public Response rankingJson(@PathParam("id") String id, @QueryParam("aggregation") String aggregation) {
        requireResultsVisible(id);
        EditionRanking ranking = rankings.ranking(id, parseAggregation(aggregation));
        return Response.ok(rendered.json(ranking, () -> view(ranking))).build();
    }

    RankingView ranking(String id, String aggregation) {
        requireResultsVisible(id);
        return view(rankings.ranking(id, parseAggregation(aggregation)));
    }

    private RankingView view(EditionRanking ranking) {
        Methodology m = ranking.methodology();
        List<RankingRow> rows = new ArrayList<>();
        for (RankedScore r : ranking.rows()) {
            Legislature l = ranking.legislatures().get(r.score().legislatureId());
            rows.add(new RankingRow(r.rank(), r.tied(), l.id(), l.name(), round(r.score().overall()), r.score().complete(),
                    r.score().principles().stream().map(PrincipleScoreView::of).toList()));
        }
        int registry = rankings.registrySize();
        ScopeView scope = new ScopeView(ranking.edition().scopeSize(registry), registry, ranking.edition().partial(registry),
                round(ranking.rows().stream().mapToDouble(r -> r.score().overall()).average().orElse(0)));
        return new RankingView(EditionView.of(ranking.edition()), ranking.edition().demo(), ranking.aggregation().jsonName(), m.key(),
                snapshots.publishedSha256(ranking.edition().id()).orElse(null), scope,
                m.principles().stream().map(p -> new PrincipleHeader(p.number(), p.code(), p.name(), p.variables().size())).toList(), rows);
    }

    @GET
    @Path("{id}/rankings.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "La clasificación en CSV (UTF-8, separador coma)")
    public Response rankingCsv(@PathParam("id") String id, @QueryParam("aggregation") String aggregation) {
        RankingView view = ranking(id, aggregation);
        List<Object> header = new ArrayList<>(List.of("rank", "tied", "legislature_id", "legislature", "overall"));
        view.principles().forEach(p -> header.add(p.code()));
        header.addAll(List.of("aggregation", "edition", "demo"));
        mx.parlamentoabierto.platform.csv.CsvWriter csv = mx.parlamentoabierto.platform.csv.CsvWriter.inMemory().row(header);
        for (RankingRow row : view.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.rank(), row.tied(), row.legislatureId(), row.legislatureName(),
                    new java.math.BigDecimal(format(row.overall()))));
            row.principles().forEach(p -> cells.add(new java.math.BigDecimal(format(p.percent()))));
            cells.addAll(List.of(view.aggregation(), view.edition().id(), view.demo()));
            csv.row(cells);
        }
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"clasificacion-" + view.edition().id() + "-" + view.aggregation() + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}/scorecards/{legislatureId}")
    @Operation(summary = "Ficha de una legislatura: lugar, puntajes por principio y cada variable con respuesta, justificación y evidencia")
    public ScorecardView scorecard(@PathParam("id") String id, @PathParam("legislatureId") String legislatureId,
            @QueryParam("aggregation") String aggregation) {
        requireResultsVisible(id, legislatureId);
        Scorecard card = rankings.scorecard(id, legislatureId, parseAggregation(aggregation));
        List<PrincipleSectionView> sections = new ArrayList<>();
        for (Scorecard.PrincipleSection section : card.principles()) {
            List<VariableAnswerView> variables = new ArrayList<>();
            for (Scorecard.VariableLine line : section.variables()) {
                variables.add(line.answer().map(a -> new VariableAnswerView(line.variable().id(), line.variable().text(),
                        line.variable().evidence(), true, a.value(), line.valueLabel(), line.met(), a.justification(),
                        a.updatedAt().toString(), a.evidence().stream().map(e -> new EvidenceView(e.url(), e.label(),
                                e.retrievedAt() == null ? null : e.retrievedAt().toString(), e.contentSha256(), e.documentId())).toList()))
                        .orElse(new VariableAnswerView(line.variable().id(), line.variable().text(), line.variable().evidence(),
                                false, null, line.valueLabel(), false, null, null, List.of())));
            }
            sections.add(new PrincipleSectionView(section.principle().number(), section.principle().code(), section.principle().name(),
                    round(section.score().percent()), section.score().met(), section.score().total(), variables));
        }
        RankedScore r = card.ranked();
        return new ScorecardView(EditionView.of(card.edition()), card.edition().demo(), card.aggregation().jsonName(),
                snapshots.publishedSha256(id).orElse(null), card.legislature().id(), card.legislature().name(), r.rank(), r.tied(), card.rankedOutOf(),
                round(r.score().overall()), r.score().answered(), r.score().total(), sections);
    }

    static Optional<Aggregation> parseAggregation(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Aggregation.fromName(name).orElseThrow(() -> new IllegalArgumentException(
                "aggregation desconocida '" + name + "' (válidas: pooled, mean, weighted)")));
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

}
