package mx.parlamentoabierto.budget.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The stages of a budget year as Mexican public accounts report them: approved by the legislature, modified during
 * the year, accrued (devengado: committed for goods and services received) and paid (the Cuenta Pública's
 * "Ejercicio" / ejercido). API and CSV use the English codes; pages the Spanish names.
 */
public enum BudgetStage {
    APPROVED("approved", "Aprobado"),
    MODIFIED("modified", "Modificado"),
    ACCRUED("accrued", "Devengado"),
    PAID("paid", "Ejercido (pagado)");

    private final String code;
    private final String spanishName;

    BudgetStage(String code, String spanishName) {
        this.code = code;
        this.spanishName = spanishName;
    }

    public String code() {
        return code;
    }

    public String spanishName() {
        return spanishName;
    }

    /** A stage from its code or the words sources use (Aprobado, Modificado, Devengado, Ejercicio, Ejercido, Pagado). */
    public static Optional<BudgetStage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (key) {
            case "approved", "aprobado", "original", "presupuesto aprobado" -> APPROVED;
            case "modified", "modificado", "presupuesto modificado" -> MODIFIED;
            case "accrued", "devengado" -> ACCRUED;
            case "paid", "pagado", "ejercicio", "ejercido", "exercised" -> PAID;
            default -> null;
        });
    }
}
