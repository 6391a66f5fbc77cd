package mx.parlamentoabierto.document.domain;

/** Where a document is in the pipeline. */
public enum DocumentStatus {
    RECEIVED, EXTRACTED, INDEXED, FAILED
}
