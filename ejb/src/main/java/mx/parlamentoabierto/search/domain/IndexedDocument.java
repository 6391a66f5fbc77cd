package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;

/** A document as the search index holds it (derived from the database row; id is the document id). */
public record IndexedDocument(long documentId, String legislatureId, String legislatureName, String type, LocalDate date,
        String title, String identifier, String sourceUrl, String fileName, String mediaType, int version, boolean current,
        String text) {

    /** The index document id: deterministic, so a retried bulk request never duplicates. */
    public String indexId() {
        return "doc-" + documentId;
    }
}
