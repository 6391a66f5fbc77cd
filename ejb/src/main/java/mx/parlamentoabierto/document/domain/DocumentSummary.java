package mx.parlamentoabierto.document.domain;

import java.time.LocalDate;

/** A document as lists show it (no text): what it is and when. */
public record DocumentSummary(Long id, DocumentType type, String title, LocalDate date) {
}
