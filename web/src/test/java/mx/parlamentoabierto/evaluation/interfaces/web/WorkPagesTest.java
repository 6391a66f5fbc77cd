package mx.parlamentoabierto.evaluation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.evaluation.application.EvaluationService.EvidenceInput;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

class WorkPagesTest {

    @Test
    void evidenceLinesBecomeLinksOrArchiveDocumentsAndBackAgain() {
        List<EvidenceInput> parsed = WorkPages.parseEvidence("https://congreso.example.mx/acta Acta de la sesión\n\n  doc:42 Gaceta 2156  \nhttps://x.example/y");
        assertEquals(3, parsed.size());
        assertEquals("https://congreso.example.mx/acta", parsed.get(0).url());
        assertEquals("Acta de la sesión", parsed.get(0).label());
        assertEquals(42L, parsed.get(1).documentId());
        assertEquals("Gaceta 2156", parsed.get(1).label());
        assertNull(parsed.get(2).label());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> WorkPages.parseEvidence("https://a.example\ndoc:cuarenta"));
        assertEquals("evidence", bad.field());
        assertEquals("Línea 2 de la evidencia: «doc:cuarenta» no es doc:número.", bad.getMessage());
        assertEquals("https://a.example/b Acta\ndoc:7 Gaceta\n", WorkPages.evidenceText(List.of(new EvidenceLink("https://a.example/b", "Acta", null, null),
                EvidenceLink.archived(7, "Gaceta", null))));
    }
}
