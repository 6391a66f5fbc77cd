package mx.parlamentoabierto.budget.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Budget bodies, sources and lines; aggregates are computed by the database. Used inside a unit of work. */
public interface BudgetRepository {

    Optional<BudgetBody> body(String id);

    void addBody(BudgetBody body);

    List<BudgetBody> bodies();

    /** The latest source imported from a file with this content. */
    Optional<BudgetSource> sourceBySha256(String sha256);

    void addSource(BudgetSource source);

    Optional<BudgetSource> source(long id);

    /** The body × year pairs whose lines come from this source (empty once another file replaced them all). */
    List<String> bodyYearsOf(long sourceId);

    /** Removes a body's lines of a year; answers how many were removed. */
    int deleteLines(String bodyId, int year);

    void addLines(long sourceId, List<BudgetFigure> figures);

    /** A body's totals: one row per year and stage. */
    List<StageTotal> totals(String bodyId);

    /** A body's lines of a year (and stage, when given), by programme and class. */
    List<BudgetLine> lines(String bodyId, Optional<Integer> year, Optional<BudgetStage> stage);

    /** Where each of a body's years came from. */
    List<YearSource> sources(String bodyId);

    /** For every legislature with budget lines (or only the one given): its latest year of each stage and its lines. */
    List<LegislatureBudget> latestByLegislature(Optional<String> legislatureId);

    record StageTotal(int year, BudgetStage stage, BigDecimal amount) {
    }

    /** Where a body's year came from, and the economic classes that source did not publish that year (absent, not zero). */
    record YearSource(int year, long sourceId, String fileName, Long documentId, Instant importedAt, String format,
            java.util.Set<EconomicClass> unpublished) {

        public YearSource {
            unpublished = unpublished == null || unpublished.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(unpublished);
        }
    }

    record LegislatureBudget(String legislatureId, BudgetStage stage, int latestYear, long lines) {
    }
}
