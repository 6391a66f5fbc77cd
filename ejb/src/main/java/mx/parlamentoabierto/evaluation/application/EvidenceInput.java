package mx.parlamentoabierto.evaluation.application;

/** Evidence as given: a URL with a label, or a document of the archive. */
public record EvidenceInput(String url, String label, Long documentId) {
}
