package mx.parlamentoabierto.ingest.domain;

/** What the archive did with one file of a job when it arrived. */
public enum FileOutcome {
    /** A new document (or a new version of one); extraction and indexing follow. */
    RECEIVED,
    /** The same bytes were already in the archive; the file points at that document. */
    DUPLICATE,
    /** Refused before becoming a document (format, size, invalid field); the reason says why. */
    REJECTED
}
