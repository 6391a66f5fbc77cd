package mx.parlamentoabierto.budget.interfaces.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.budget.application.BudgetQueries;
import mx.parlamentoabierto.budget.domain.BudgetBody;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;

/**
 * {@code presupuesto.xhtml?id=&anio=}: a body's budget — approved, modified, accrued and paid by year (bars drawn
 * without scripts, with the table beside them), one year by economic class and by programme, the archived source
 * file and the CSV. Without an id: the bodies that have a budget.
 */
@Named
@RequestScoped
public class BudgetPage {

    @Inject
    BudgetQueries budgets;

    private String id;
    private String year;
    private BudgetQueries.Overview overview;
    private BudgetQueries.Year selected;
    private BudgetQueries.Breakdown breakdown;
    private List<BudgetBody> bodies;

    public void load() {
        if (id == null || id.isBlank()) {
            bodies = budgets.bodies();
            return;
        }
        try {
            overview = budgets.overview(id.strip());
        } catch (ResourceNotFoundException e) {
            PageAddress.notFound("No hay presupuesto de este cuerpo");
            return;
        }
        if (overview.years().isEmpty()) {
            return;
        }
        selected = overview.years().get(overview.years().size() - 1);
        if (year != null && year.matches("\\d{4}")) {
            selected = overview.year(Integer.parseInt(year)).orElse(selected);
        }
        breakdown = budgets.breakdown(overview.body().id(), selected.year());
    }

    public List<BudgetStage> getStages() {
        return List.of(BudgetStage.values());
    }

    /** Pesos without cents, with the thousands separated as in Mexico: 8,045,988,978. */
    public String pesos(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es-MX")));
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** Millions of pesos with one decimal, for the chart's labels. */
    public String millions(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es-MX")));
        return format.format(amount.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP));
    }

    public String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    /** A bar's width in percent of the largest amount shown. */
    public String width(BigDecimal amount) {
        BigDecimal largest = overview.largestTotal();
        if (amount == null || largest.signum() == 0) {
            return "0";
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(largest, 2, RoundingMode.HALF_UP).toPlainString();
    }

    public String yearUrl(int y) {
        return new PageAddress("presupuesto.xhtml").with("id", overview.body().id()).with("anio", String.valueOf(y)).toString();
    }

    public BudgetQueries.Overview getOverview() { return overview; }
    public BudgetQueries.Year getSelected() { return selected; }
    public BudgetQueries.Breakdown getBreakdown() { return breakdown; }
    public List<BudgetBody> getBodies() { return bodies; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
