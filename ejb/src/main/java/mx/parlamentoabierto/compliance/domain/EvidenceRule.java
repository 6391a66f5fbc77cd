package mx.parlamentoabierto.compliance.domain;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import mx.parlamentoabierto.budget.domain.BudgetStage;

/**
 * One kind of record that satisfies an obligation (or a methodology variable): archive documents of some types, roll
 * calls with each legislator's vote, legislators with their seats, committee memberships, budget lines of a stage — or
 * nothing the portal can hold ({@code not_checkable}, with the reason). A rule may carry its own update period (an
 * annual account is current longer than a quarterly one).
 */
public record EvidenceRule(Kind kind, List<String> documentTypes, BudgetStage stage, Optional<Period> period, String reason) {

    /** The kinds of record a rule looks at. */
    public enum Kind {
        DOCUMENTS("documents"), ROLL_CALLS("roll_calls"), LEGISLATORS("legislators"), COMMITTEES("committees"), BUDGET("budget"),
        NOT_CHECKABLE("not_checkable");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Kind> fromCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public EvidenceRule {
        Objects.requireNonNull(kind);
        documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
        period = period == null ? Optional.empty() : period;
        if (kind == Kind.DOCUMENTS && documentTypes.isEmpty()) {
            throw new IllegalArgumentException("documents: hace falta al menos un tipo de documento");
        }
        if (kind == Kind.BUDGET && stage == null) {
            throw new IllegalArgumentException("budget: hace falta la etapa");
        }
    }

    public boolean checkable() {
        return kind != Kind.NOT_CHECKABLE;
    }
}
