package mx.parlamentoabierto.budget.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount read from a source, before it is stored: a body's spending in a year, at a stage, of an economic class,
 * in a programme ({@code programmeCode} empty for a body's own total when the source breaks it down no further).
 */
public record BudgetFigure(String bodyId, int year, BudgetStage stage, EconomicClass economicClass, String programmeCode,
        String programmeName, BigDecimal amount) {

    public BudgetFigure {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(economicClass, "economicClass");
        Objects.requireNonNull(amount, "amount");
        programmeCode = programmeCode == null ? "" : programmeCode;
    }

    /** The key a body's year holds once: a second figure with the same key is a duplicate in the source. */
    public String key() {
        return bodyId + "|" + year + "|" + stage.code() + "|" + economicClass.code() + "|" + programmeCode;
    }
}
