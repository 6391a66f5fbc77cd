package mx.parlamentoabierto.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A document's life as the pipeline drives it: received, extracted (or failed), indexed, described, superseded. */
class DocumentTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final StoredFile FILE = new StoredFile("ab".repeat(32), 1234, "text/plain", Path.of("x"));

    private static Document received(DocumentType type, LocalDate date, String title) {
        return new Document(new DocumentDescription("jalisco", type, date, title, null, null, "gaceta-15.txt"), FILE, null, T0);
    }

    @Test
    void aReceivedDocumentAwaitsExtractionAndRecordsItsHistory() {
        Document d = received(DocumentType.GACETA, null, "Gaceta 15");
        assertEquals(DocumentStatus.RECEIVED, d.status());
        assertTrue(d.awaitsExtraction() && d.current());
        assertEquals(1, d.version());
        d.extracted("Sesión ordinaria", Map.of("pageCount", "3", "contentType", "text/plain; charset=UTF-8"), false, 0, T0.plusSeconds(1));
        d.indexed(T0.plusSeconds(2));
        assertFalse(d.awaitsExtraction());
        assertEquals(List.of(DocumentStatus.RECEIVED, DocumentStatus.EXTRACTED, DocumentStatus.INDEXED),
                d.history().stream().map(StatusChange::status).toList());
        assertEquals(3, d.metaPageCount());
        assertEquals("text/plain; charset=UTF-8", d.mediaType(), "the detected type replaces the declared one");
    }

    @Test
    void aTruncatedTextSaysWhyAndANonNumericPageCountIsDropped() {
        Document d = received(DocumentType.GACETA, null, "Gaceta 15");
        d.extracted("…", Map.of("truncation", "límite de 10,000,000 caracteres", "pageCount", "muchas"), true, 0, T0);
        assertTrue(d.textTruncated());
        assertEquals("límite de 10,000,000 caracteres", d.truncationReason());
        assertNull(d.metaPageCount());
    }

    @Test
    void aFailureKeepsItsReasonOrSaysItIsUnknown() {
        Document d = received(DocumentType.GACETA, null, "Gaceta 15");
        d.failed(" ", T0);
        assertEquals(DocumentStatus.FAILED, d.status());
        assertEquals("error desconocido", d.failureReason());
    }

    @Test
    void whatTheUploaderLeftOpenIsInferredAndMarkedAndAnEditorsWordClearsTheMark() {
        Document d = received(DocumentType.OTRO, null, "gaceta-15.txt");
        d.inferMissing(Optional.of(new DocumentInference.Inferred<>(LocalDate.of(2025, 5, 5), "primera página: «5 de mayo de 2025»")),
                Optional.of(new DocumentInference.Inferred<>(DocumentType.GACETA, "encabezado «Gaceta Parlamentaria»")),
                Optional.of(new DocumentInference.Inferred<>("Gaceta Parlamentaria, número 15", "primera línea")));
        assertEquals(LocalDate.of(2025, 5, 5), d.date());
        assertEquals(DocumentType.GACETA, d.type());
        assertEquals("Gaceta Parlamentaria, número 15", d.title());
        assertTrue(d.dateSource().contains("5 de mayo") && d.typeSource() != null && d.titleSource() != null);
        d.describe(LocalDate.of(2025, 5, 6), null, null, T0);
        assertEquals(LocalDate.of(2025, 5, 6), d.date());
        assertNull(d.dateSource(), "a stated date is no longer marked as inferred");
        assertEquals("encabezado «Gaceta Parlamentaria»", d.typeSource(), "what the editor did not touch keeps its mark");
    }

    @Test
    void whatTheUploaderStatedIsNeverReplacedByAnInference() {
        Document d = received(DocumentType.ACTA, LocalDate.of(2024, 1, 1), "Acta de la sesión del 1 de enero");
        d.inferMissing(Optional.of(new DocumentInference.Inferred<>(LocalDate.of(2025, 5, 5), "texto")),
                Optional.of(new DocumentInference.Inferred<>(DocumentType.GACETA, "texto")),
                Optional.of(new DocumentInference.Inferred<>("Otro título", "texto")));
        assertEquals(LocalDate.of(2024, 1, 1), d.date());
        assertEquals(DocumentType.ACTA, d.type());
        assertEquals("Acta de la sesión del 1 de enero", d.title());
    }

    @Test
    void aNewVersionCountsOnAndTheOldOneIsNoLongerCurrent() {
        Document first = received(DocumentType.GACETA, null, "Gaceta 15");
        Document second = new Document(new DocumentDescription("jalisco", DocumentType.GACETA, null, "Gaceta 15", null, null, "gaceta-15.txt"),
                FILE, first, T0.plusSeconds(60));
        first.supersede(T0.plusSeconds(60));
        assertEquals(2, second.version());
        assertFalse(first.current());
        assertTrue(second.current());
    }
}
