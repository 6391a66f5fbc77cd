package mx.parlamentoabierto.document.application;

import mx.parlamentoabierto.document.domain.DocumentStatus;

/** The answer to an upload: the document's id, whether the same bytes were already known, and its status. */
public record Receipt(long documentId, boolean duplicate, DocumentStatus status, int version) {
}
