package mx.parlamentoabierto.document.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the document page cuts a long text and marks the search words in it. */
class MarkedTextTest {

    private static List<String> marked(MarkedText text, int page) {
        return text.page(page).stream().filter(MarkedText.Segment::marked).map(MarkedText.Segment::text).toList();
    }

    @Test
    void searchWordsAreMarkedWhateverTheirAccentsCaseOrSpanishForm() {
        MarkedText text = new MarkedText("La SESIÓN ordinaria y las sesiones extraordinarias; la votación nominal y las Votaciones.", "sesion votación");
        assertEquals(List.of("SESIÓN", "sesiones", "votación", "Votaciones"), marked(text, 1));
        List<MarkedText.Segment> segments = text.page(1);
        assertEquals("La SESIÓN ordinaria y las sesiones extraordinarias; la votación nominal y las Votaciones.",
                segments.stream().map(MarkedText.Segment::text).reduce("", String::concat), "every character is kept, in order");
        assertEquals(List.of(1, 2, 3, 4), segments.stream().filter(MarkedText.Segment::marked).map(MarkedText.Segment::match).toList());
    }

    @Test
    void excludedWordsShortWordsAndOperatorsAreNotMarked() {
        MarkedText text = new MarkedText("El dictamen de la comisión sobre el presupuesto", "\"de la\" -comisión presupuest* y");
        assertEquals(List.of("presupuesto"), marked(text, 1));
    }

    @Test
    void aLongTextIsCutIntoPagesAtLineBreaksAndMatchesAreCountedPerPage() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            s.append("Renglón ").append(i).append(i % 1000 == 0 ? " con la palabra auditoría" : "").append('\n');
        }
        MarkedText text = new MarkedText(s.toString(), "auditorias");
        assertTrue(text.pages() > 1, "pages: " + text.pages());
        int total = 0;
        for (int p = 1; p <= text.pages(); p++) {
            String page = text.page(p).stream().map(MarkedText.Segment::text).reduce("", String::concat);
            assertTrue(page.length() <= MarkedText.PAGE_CHARACTERS, "page " + p + " has " + page.length() + " characters");
            assertTrue(p == text.pages() || page.endsWith("\n"), "a page ends at a line break");
            total += marked(text, p).size();
        }
        assertEquals(3, total);
        assertEquals(3, java.util.Arrays.stream(text.matchesPerPage()).sum());
        assertEquals(s.toString(), java.util.stream.IntStream.rangeClosed(1, text.pages()).mapToObj(p -> text.page(p).stream()
                .map(MarkedText.Segment::text).reduce("", String::concat)).reduce("", String::concat), "the pages together are the text");
    }

    @Test
    void withoutAQueryThePageIsOnePlainRun() {
        assertEquals(List.of(new MarkedText.Segment("texto <b>sin</b> marcas", 0)), new MarkedText("texto <b>sin</b> marcas", null).page(1));
        assertEquals(1, new MarkedText("", "ley").pages());
    }
}
