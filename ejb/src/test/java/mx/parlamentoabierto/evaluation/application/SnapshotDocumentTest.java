package mx.parlamentoabierto.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

class SnapshotDocumentTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    @Test
    void theCanonicalFormDoesNotDependOnTheOrderAnswersArriveIn() {
        Edition e = Edition.toEvaluate("e-1", "Edición", 2026, "m@1", Set.of("sonora", "colima"), D, D, D, D, null, Instant.EPOCH);
        Answer a = new Answer("e-1", "sonora", "P1.02", 1, "Cumple «sí»", List.of(new EvidenceLink("https://a.example/x", "Acta", null, null)), Instant.EPOCH);
        Answer b = new Answer("e-1", "colima", "P1.01", 0, "No", List.of(EvidenceLink.archived(7, "Gaceta", "a".repeat(64))), Instant.EPOCH);
        Answer c = new Answer("e-1", "sonora", "P1.01", 1, "Sí", List.of(), Instant.EPOCH);
        SnapshotDocument.Header header = new SnapshotDocument.Header(e, 1, "f".repeat(64), "pooled", "2026-03-09T00:00:00Z", "coordinadora", null,
                List.of("sonora", "colima"));
        String one = SnapshotDocument.write(header, List.of(a, b, c), List.of());
        String other = SnapshotDocument.write(new SnapshotDocument.Header(e, 1, "f".repeat(64), "pooled", "2026-03-09T00:00:00Z", "coordinadora", null,
                List.of("colima", "sonora")), List.of(c, b, a), List.of());
        assertEquals(one, other);
        assertEquals(SnapshotDocument.sha256(one), SnapshotDocument.sha256(other));
        assertTrue(one.indexOf("\"colima\"") < one.indexOf("\"sonora\""), one);
        assertTrue(one.contains("\"documentId\":7") && one.contains("Cumple «sí»"), one);
        assertEquals(Map.of("P1.01", 0), SnapshotDocument.values(one).get("colima"));
        assertEquals(Map.of("P1.01", 1, "P1.02", 1), SnapshotDocument.values(one).get("sonora"));
    }
}
