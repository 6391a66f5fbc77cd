package mx.parlamentoabierto.evaluation.application;

import java.util.List;

public record Correction(String legislatureId, String variableId, Integer value, String justification, List<EvidenceInput> evidence) {
}
