package mx.parlamentoabierto.document.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A document as lists and feeds show it (no text): what it is, its date, and when the archive received it. */
public record DocumentSummary(Long id, DocumentType type, String title, LocalDate date, Instant receivedAt) {
}
