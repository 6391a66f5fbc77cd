package mx.parlamentoabierto.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** An import job: what it promises, what each file became, and how far it is. */
class IngestJobTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aJobNamesItselfAndSaysHowManyFilesToExpect() {
        assertEquals("Gacetas 2025", new IngestJob("  Gacetas 2025 ", 12, "admin", AT).label());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IngestJob(" ", 1, "admin", AT)).getMessage().startsWith("label:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IngestJob("x".repeat(201), 1, "admin", AT)).getMessage()
                .startsWith("label:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IngestJob("Gacetas", 0, "admin", AT)).getMessage()
                .startsWith("expectedFiles:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IngestJob("Gacetas", IngestJob.MAX_FILES + 1, "admin", AT))
                .getMessage().startsWith("expectedFiles:"));
    }

    @Test
    void aRefusedFileHasNoDocumentAndEveryOtherFileHasOne() {
        assertThrows(IllegalArgumentException.class, () -> new IngestJobFile(1, "a.pdf", FileOutcome.REJECTED, 7L, "x", AT));
        assertThrows(IllegalArgumentException.class, () -> new IngestJobFile(1, "a.pdf", FileOutcome.RECEIVED, null, null, AT));
        IngestJobFile unnamed = new IngestJobFile(1, " ", FileOutcome.REJECTED, null, "r".repeat(1500), AT);
        assertEquals("(sin nombre)", unnamed.fileName());
        assertEquals(1000, unnamed.reason().length());
        String deep = "carpeta/".repeat(60) + "acta.pdf";
        assertTrue(new IngestJobFile(1, deep, FileOutcome.DUPLICATE, 3L, null, AT).fileName().endsWith("acta.pdf"),
                "a long path keeps its end, where the file's name is");
    }

    @Test
    void progressCountsWhatNeedsNothingMoreAndIsCompleteOnlyWhenAllArrivedAndSettled() {
        IngestJobProgress halfway = new IngestJobProgress(1, "Gacetas", "admin", AT, 10, 6, 1, 1, 2, 2, 0);
        assertEquals(4, halfway.done());
        assertEquals(40, halfway.percent());
        assertFalse(halfway.complete());
        IngestJobProgress more = new IngestJobProgress(1, "Gacetas", "admin", AT, 10, 12, 2, 0, 0, 9, 1);
        assertEquals(12, more.total(), "more files than announced count as they arrive");
        assertEquals(100, more.percent());
        assertTrue(more.complete());
        assertEquals(3, more.failures());
    }
}
