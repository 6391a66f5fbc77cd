package mx.parlamentoabierto.evaluation.application;

/** One line of an answer's history, with the author's name as the edition's settings show it. */
public record HistoryLine(int revision, int value, String justification, String evidenceJson, String author, String cause,
        java.time.Instant at) {
}
