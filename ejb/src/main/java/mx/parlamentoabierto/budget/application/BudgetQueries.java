package mx.parlamentoabierto.budget.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.budget.domain.BudgetBody;
import mx.parlamentoabierto.budget.domain.BudgetLine;
import mx.parlamentoabierto.budget.domain.BudgetRepository;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/** What the budget pages and the API show: a body's years, stage by stage, and one year by class and by programme. */
@ApplicationScoped
public class BudgetQueries {

    private BudgetRepository budgets;

    protected BudgetQueries() {
        // CDI proxy
    }

    @Inject
    public BudgetQueries(BudgetRepository budgets) {
        this.budgets = budgets;
    }

    /** A year of a body: its total at each stage and the file it came from. */
    public record Year(int year, Map<BudgetStage, BigDecimal> totals, BudgetRepository.YearSource source) {

        public BigDecimal total(BudgetStage stage) {
            return totals.getOrDefault(stage, BigDecimal.ZERO);
        }

        /** Paid as a share of approved, in percent (null without an approved amount). */
        public Double paidShare() {
            BigDecimal approved = total(BudgetStage.APPROVED);
            return approved.signum() == 0 ? null : total(BudgetStage.PAID).doubleValue() * 100 / approved.doubleValue();
        }
    }

    /** A body with every year it has, oldest first. */
    public record Overview(BudgetBody body, List<Year> years) {

        public Optional<Year> year(int year) {
            return years.stream().filter(y -> y.year() == year).findFirst();
        }

        public BigDecimal largestTotal() {
            return years.stream().flatMap(y -> y.totals().values().stream()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    /** One row of a year's breakdown (an economic class or a programme) with its amount at each stage. */
    public record Row(String code, String name, String group, Map<BudgetStage, BigDecimal> amounts, boolean published) {

        public Row(String code, String name, String group, Map<BudgetStage, BigDecimal> amounts) {
            this(code, name, group, amounts, true);
        }

        public BigDecimal amount(BudgetStage stage) {
            return amounts.getOrDefault(stage, BigDecimal.ZERO);
        }
    }

    /**
     * A year by economic class and by programme. A class the year's source did not publish (pensions before 2016) has
     * a row of its own marked unpublished, in the place of its class, so it is not read as zero.
     */
    public record Breakdown(int year, List<Row> byClass, List<Row> byProgramme) {
    }

    @UnitOfWork
    public List<BudgetBody> bodies() {
        return budgets.bodies();
    }

    @UnitOfWork
    public Optional<BudgetBody> body(String id) {
        return budgets.body(id);
    }

    @UnitOfWork
    public Overview overview(String bodyId) {
        BudgetBody body = budgets.body(bodyId).orElseThrow(() -> new ResourceNotFoundException("id", "No hay presupuesto de '" + bodyId + "'"));
        Map<Integer, Map<BudgetStage, BigDecimal>> totals = new TreeMap<>();
        for (BudgetRepository.StageTotal t : budgets.totals(bodyId)) {
            totals.computeIfAbsent(t.year(), y -> new EnumMap<>(BudgetStage.class)).put(t.stage(), t.amount());
        }
        Map<Integer, BudgetRepository.YearSource> sources = new TreeMap<>();
        budgets.sources(bodyId).forEach(s -> sources.putIfAbsent(s.year(), s));
        List<Year> years = new ArrayList<>();
        totals.forEach((year, byStage) -> years.add(new Year(year, byStage, sources.get(year))));
        return new Overview(body, years);
    }

    @UnitOfWork
    public Breakdown breakdown(String bodyId, int year) {
        List<BudgetLine> lines = lines(bodyId, Optional.of(year), Optional.empty());
        Map<EconomicClass, Map<BudgetStage, BigDecimal>> byClass = new EnumMap<>(EconomicClass.class);
        Map<String, Row> byProgramme = new LinkedHashMap<>();
        for (BudgetLine line : lines) {
            byClass.computeIfAbsent(line.economicClass(), c -> new EnumMap<>(BudgetStage.class)).merge(line.stage(), line.amount(), BigDecimal::add);
            String code = line.programmeCode();
            Row row = byProgramme.computeIfAbsent(code, c -> new Row(c, line.programmeName() == null || line.programmeName().isBlank()
                    ? (c.isEmpty() ? "Sin programa desglosado" : c) : line.programmeName(), null, new EnumMap<>(BudgetStage.class)));
            row.amounts().merge(line.stage(), line.amount(), BigDecimal::add);
        }
        java.util.Set<EconomicClass> unpublished = unpublished(bodyId, year);
        unpublished.forEach(c -> byClass.putIfAbsent(c, new EnumMap<>(BudgetStage.class)));
        List<Row> classes = new ArrayList<>();
        byClass.forEach((c, amounts) -> classes.add(new Row(c.code(), c.spanishName(), c.group().spanishName(), amounts, !unpublished.contains(c))));
        return new Breakdown(year, classes, List.copyOf(byProgramme.values()));
    }

    /** The classes the source of a body's year did not publish. */
    @UnitOfWork
    public java.util.Set<EconomicClass> unpublished(String bodyId, int year) {
        return unpublished(bodyId).getOrDefault(year, java.util.Set.of());
    }

    /** For each year of a body whose source lacked some classes, those classes. */
    @UnitOfWork
    public Map<Integer, java.util.Set<EconomicClass>> unpublished(String bodyId) {
        Map<Integer, java.util.Set<EconomicClass>> years = new TreeMap<>();
        budgets.sources(bodyId).forEach(s -> {
            if (!s.unpublished().isEmpty()) {
                years.putIfAbsent(s.year(), s.unpublished());
            }
        });
        return years;
    }

    @UnitOfWork
    public List<BudgetLine> lines(String bodyId, Optional<Integer> year, Optional<BudgetStage> stage) {
        if (budgets.body(bodyId).isEmpty()) {
            throw new ResourceNotFoundException("id", "No hay presupuesto de '" + bodyId + "'");
        }
        return budgets.lines(bodyId, year, stage);
    }
}
