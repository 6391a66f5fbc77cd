package mx.parlamentoabierto.legislator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a Popolo legislative period becomes the portal's term id, which roll calls and memberships are matched by. */
class PopoloTermIdTest {

    @Test
    void theRomanNumeralInTheNameWins() {
        assertEquals("LXII", PopoloImport.termId("term/62", "LXII Legislatura"));
        assertEquals("LXIV", PopoloImport.termId("periodo-9", "Legislatura lxiv del Congreso de la Unión"));
    }

    @Test
    void withoutANumeralTheSourceIdsNumberIsRomanised() {
        assertEquals("LXII", PopoloImport.termId("term/62", null));
        assertEquals("LXIII", PopoloImport.termId("term/63", "Legislatura 2015–2018"));
    }

    @Test
    void aSourceIdThatIsItselfANumeralIsKept() {
        assertEquals("LXV", PopoloImport.termId("lxv", null));
    }

    @Test
    void aYearAtTheEndIsNotATermNumber() {
        assertEquals("periodo-2020", PopoloImport.termId("periodo-2020", null), "2020 is not the 20th term (it read XX)");
    }

    @Test
    void anythingElseBecomesAShortSlug() {
        assertEquals("periodo-extraord", PopoloImport.termId("periodo extraordinario 2020", "sin número"));
    }
}
