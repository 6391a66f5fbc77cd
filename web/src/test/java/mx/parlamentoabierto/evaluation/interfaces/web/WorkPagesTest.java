package mx.parlamentoabierto.evaluation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.evaluation.application.EvidenceInput;

/**
 * Evidence as evaluators type it (issue 26): an address without its scheme gets https://, a line that is not valid is
 * kept as typed with the reason — nothing typed is thrown away — and search titles become plain text.
 */
class WorkPagesTest {

    @Test
    void anAddressWithoutItsSchemeIsCompletedAndABadLineIsKeptAsADraft() {
        WorkPages.TypedEvidence typed = WorkPages.readEvidence("www.congresoyucatan.gob.mx/transparencia Portal de transparencia\n"
                + "\n doc:1388 Diario de los Debates \n"
                + "ver la gaceta del martes\n"
                + "doc:abc\n"
                + "javascript:alert(1)");
        assertEquals(List.of(new EvidenceInput("https://www.congresoyucatan.gob.mx/transparencia", "Portal de transparencia", null),
                new EvidenceInput(null, "Diario de los Debates", 1388L)), typed.valid());
        assertEquals("ver la gaceta del martes\ndoc:abc\njavascript:alert(1)", typed.draft(), "kept as typed");
        assertEquals(3, typed.problems().size(), typed.problems().toString());
        assertTrue(typed.problems().get(0).startsWith("línea 4: «ver»"), typed.problems().get(0));
        assertTrue(typed.problems().get(1).startsWith("línea 5"), typed.problems().get(1));
        assertTrue(typed.problems().get(2).startsWith("línea 6"), typed.problems().get(2));
    }

    @Test
    void nothingTypedIsNoDraft() {
        WorkPages.TypedEvidence none = WorkPages.readEvidence("  \n ");
        assertEquals(List.of(), none.valid());
        assertNull(none.draft());
        assertNull(WorkPages.readEvidence(null).draft());
    }

    @Test
    void searchTitlesArePlainText() {
        assertEquals("PRESUPUESTO de egresos 2024/2025 & anexos", WorkPages.plainText("<mark>PRESUPUESTO</mark> de egresos 2024&#x2F;2025 &amp;  anexos"));
        assertEquals("<b> literal", WorkPages.plainText("&lt;b&gt; literal"));
    }
}
