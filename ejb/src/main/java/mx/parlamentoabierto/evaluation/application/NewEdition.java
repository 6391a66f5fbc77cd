package mx.parlamentoabierto.evaluation.application;

import java.time.LocalDate;
import java.util.List;

// ---- inputs -------------------------------------------------------------------------------------------

public record NewEdition(String id, String title, Integer year, String methodologyKey, List<String> legislatures,
        LocalDate evaluationOpens, LocalDate evaluationCloses, LocalDate replyOpens, LocalDate replyCloses, String evaluatorNames) {
}
