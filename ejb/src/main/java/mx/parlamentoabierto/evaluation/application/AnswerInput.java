package mx.parlamentoabierto.evaluation.application;

import java.util.List;

/** {@code evidenceDraft}: evidence lines typed that are not valid yet, kept with the answer until corrected (the form's). */
public record AnswerInput(Integer value, String justification, List<EvidenceInput> evidence, Long version, String evidenceDraft) {
    public AnswerInput(Integer value, String justification, List<EvidenceInput> evidence, Long version) {
        this(value, justification, evidence, version, null);
    }
}
