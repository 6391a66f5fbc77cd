package mx.parlamentoabierto.budget.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one source file holds once read and checked: its format, a description of what it is, the bodies it covers
 * (id → name and, where the body is a legislature of the registry, that legislature), every figure, and for each year
 * the economic classes the source did not publish (the Cuenta Pública had no pensions column before 2016).
 */
public record BudgetFile(String format, String description, Map<String, Body> bodies, List<BudgetFigure> figures,
        Map<Integer, Set<EconomicClass>> unpublished) {

    public static final String CUENTA_PUBLICA = "cuenta-publica-shcp";
    public static final String CSV = "csv";

    /** A body a file covers; {@code legislatureId} null for one that is not a legislature (an audit office, a branch total). */
    public record Body(String id, String name, String legislatureId) {
    }

    public BudgetFile {
        Objects.requireNonNull(format);
        bodies = Map.copyOf(bodies);
        figures = List.copyOf(figures);
        unpublished = Map.copyOf(unpublished);
    }

    /** A file whose layout has a column for every economic class. */
    public BudgetFile(String format, String description, Map<String, Body> bodies, List<BudgetFigure> figures) {
        this(format, description, bodies, figures, Map.of());
    }

    /** The classes the source has no column for in a year: their figures are absent, not zero. */
    public Set<EconomicClass> unpublished(int year) {
        return unpublished.getOrDefault(year, Set.of());
    }

    /** The body × year pairs the file covers: importing it replaces exactly these. */
    public Set<String> bodyYears() {
        Set<String> pairs = new TreeSet<>();
        figures.forEach(f -> pairs.add(f.bodyId() + "|" + f.year()));
        return pairs;
    }

    public Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        figures.forEach(f -> years.add(f.year()));
        return years;
    }
}
