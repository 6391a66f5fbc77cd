package mx.parlamentoabierto.compliance.interfaces.web;

import java.util.List;
import java.util.Locale;

import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.compliance.domain.EvidenceRule;
import mx.parlamentoabierto.compliance.domain.ObligationCheck;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;

/** How a rule's evidence is named and where the records it counted are: shared by the pages, the API and the answer form. */
public final class EvidenceWords {

    private EvidenceWords() {
    }

    /** "Gaceta parlamentaria, Orden del día", "Votaciones nominales con el voto de cada legislador"… */
    public static String describe(EvidenceRule rule) {
        return switch (rule.kind()) {
            case DOCUMENTS -> "Documentos del archivo: " + String.join(", ", rule.documentTypes().stream()
                    .map(t -> DocumentType.fromCode(t).map(DocumentType::spanishName).orElse(t)).toList());
            case ROLL_CALLS -> "Votaciones nominales con el voto de cada legislador";
            case LEGISLATORS -> "Legisladores con su grupo y escaño";
            case COMMITTEES -> "Integración de comisiones";
            case BUDGET -> "Presupuesto, etapa «" + stageName(rule.stage()) + "»";
            case NOT_CHECKABLE -> rule.reason() == null ? "No se puede comprobar con los datos del portal" : rule.reason();
        };
    }

    private static String stageName(BudgetStage stage) {
        return stage.spanishName().toLowerCase(Locale.forLanguageTag("es"));
    }

    /** Where the counted records can be seen in the portal (relative to the site's root). */
    public static String link(EvidenceRule rule, String legislatureId) {
        return switch (rule.kind()) {
            case DOCUMENTS -> new PageAddress("buscar.xhtml").with("legislatura", legislatureId)
                    .with("tipo", rule.documentTypes().size() == 1 ? rule.documentTypes().get(0) : null).with("orden", "fecha").toString();
            case ROLL_CALLS -> new PageAddress("votaciones.xhtml").with("legislatura", legislatureId).toString();
            case LEGISLATORS, COMMITTEES -> new PageAddress("legisladores.xhtml").with("legislatura", legislatureId).toString();
            case BUDGET -> new PageAddress("presupuesto.xhtml").with("id", legislatureId).toString();
            case NOT_CHECKABLE -> null;
        };
    }

    /** "12 registros; el más reciente del 2026-11-20" and the like. */
    public static String summary(ObligationCheck.Evidence e) {
        if (e.rule().kind() == EvidenceRule.Kind.BUDGET) {
            return e.found() ? "último año: " + e.latest().getYear() : "ningún año cargado";
        }
        if (!e.found()) {
            return "ninguno";
        }
        StringBuilder s = new StringBuilder(e.count() + (e.count() == 1 ? " registro" : " registros"));
        if (e.latest() != null) {
            s.append("; el más reciente del ").append(e.latest());
        }
        if (e.undated() > 0) {
            s.append("; ").append(e.undated()).append(" sin fecha");
        }
        return s.toString();
    }

    public static List<String> types(EvidenceRule rule) {
        return rule.documentTypes();
    }
}
