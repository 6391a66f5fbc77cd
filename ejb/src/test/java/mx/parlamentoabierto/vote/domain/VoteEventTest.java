package mx.parlamentoabierto.vote.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A roll call's identity and what an import records of it. */
class VoteEventTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void itsIdIsTheLegislatureTheTermAndTheSourcesNumber() {
        assertEquals("diputados:LXII:2", new VoteEvent("diputados", "LXII", "2").id());
        assertEquals("jalisco:2025-05-05-1", new VoteEvent("jalisco", null, "2025-05-05-1").id(), "a congress without terms in its ids");
    }

    @Test
    void anImportRecordsTheCountsByOptionAndTheProblemsFound() {
        VoteEvent event = new VoteEvent("diputados", "LXII", "2");
        Tally tally = Tally.of(List.of(VoteOption.YES, VoteOption.YES, VoteOption.NO, VoteOption.ABSENT), 1);
        event.record(null, LocalDate.of(2012, 9, 28), "De la Comisión de Trabajo y Previsión Social, …", null, null,
                "http://sitl.diputados.gob.mx/LXII_leg/votaciones_por_pernplxii.php?iddia=2", AT, 7L, "ab".repeat(32),
                List.of("el SITL declara 3 a favor; las líneas dan 2"), List.of(), tally, "admin", AT);
        assertEquals(tally, event.tally(), "the counts read back option by option");
        assertFalse(event.countsAgree());
        assertEquals(List.of("el SITL declara 3 a favor; las líneas dan 2"), event.countProblems());
        assertEquals(List.of(), event.notes());
        assertEquals(LocalDate.of(2012, 9, 28), event.date());
    }

    @Test
    void aTallyCountsEveryOptionAndWhoWasInTheChamber() {
        Tally tally = Tally.of(List.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN, VoteOption.ABSENT, VoteOption.EXCUSED), 0);
        assertEquals(5, tally.total());
        assertEquals(0, tally.of(VoteOption.PAIRED), "an option nobody took counts zero");
        assertEquals(3, tally.present(), "yes, no and abstain were in the chamber; absent and excused were not");
    }
}
