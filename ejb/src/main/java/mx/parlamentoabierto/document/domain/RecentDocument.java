package mx.parlamentoabierto.document.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A document as a feed lists it: without its text. */
public record RecentDocument(long id, DocumentType type, String title, LocalDate date, Instant receivedAt) {
}
