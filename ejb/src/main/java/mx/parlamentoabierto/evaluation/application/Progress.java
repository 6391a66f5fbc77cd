package mx.parlamentoabierto.evaluation.application;

import java.util.List;
import java.util.Map;

import mx.parlamentoabierto.evaluation.domain.Assignment;

// ---- views --------------------------------------------------------------------------------------------

/** Progress of one assignment: answered / total, per principle too, and how many are accepted or returned. */
/** {@code returnedVariables}: the variables sent back to the evaluator; {@code openObjections}: objections awaiting resolution. */
public record Progress(Assignment assignment, String legislatureName, String evaluator, String reviewer, int answered, int total,
        int submitted, int accepted, int returned, Map<Integer, int[]> byPrinciple, List<String> returnedVariables,
        int openObjections) {

    public boolean handedIn() {
        return assignment.submittedAt().isPresent();
    }
}
