package mx.parlamentoabierto.document.domain;

import java.time.LocalDate;

/** What the uploader says about a document: whose it is, what kind, when, its title and where it came from. */
public record DocumentDescription(String legislatureId, DocumentType type, LocalDate date, String title,
        String identifier, String sourceUrl, String originalFileName) {
}
