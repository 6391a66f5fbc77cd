package mx.parlamentoabierto.compliance.domain;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Portal data that bears on one methodology variable: when the evidence rules find current records, the variable's
 * {@code metValue} is suggested, otherwise {@code unmetValue}, always with the evidence and the reasoning. A suggestion
 * is shown to the evaluator; nothing is ever answered from it.
 */
public record SuggestionRule(String variableId, List<EvidenceRule> evidence, Period period, int metValue, int unmetValue, String explanation) {

    public SuggestionRule {
        Objects.requireNonNull(variableId);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(period);
    }
}
