package mx.parlamentoabierto.ingest.domain;

import mx.parlamentoabierto.document.domain.DocumentStatus;

/**
 * One file of a job as it stands now: its outcome on arrival and, for documents, their current status
 * (RECEIVED, EXTRACTED, INDEXED or FAILED) and failure reason.
 */
public record JobFileState(long sequence, String fileName, FileOutcome outcome, Long documentId, DocumentStatus documentStatus,
        String reason) {

    /** Nothing more will happen to this file. */
    public boolean settled() {
        return outcome != FileOutcome.RECEIVED || documentStatus == DocumentStatus.INDEXED || documentStatus == DocumentStatus.FAILED;
    }
}
