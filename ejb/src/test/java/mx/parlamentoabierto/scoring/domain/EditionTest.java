package mx.parlamentoabierto.scoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;

class EditionTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    private static Edition draft() {
        return Edition.toEvaluate("edicion-2026", "Edición 2026", 2026, "m@1", Set.of("sonora", "colima"), D, D.plusDays(30), D.plusDays(31),
                D.plusDays(45), Edition.EvaluatorNames.NAMED, Instant.EPOCH);
    }

    @Test
    void anEditionMovesOnlyToTheNextStateAndStaysPublished() {
        Edition e = draft();
        assertEquals(EditionState.DRAFT, e.state());
        ConflictException skip = assertThrows(ConflictException.class, () -> e.transitionTo(EditionState.REVIEW));
        assertEquals("to", skip.field());
        for (EditionState next : new EditionState[] {EditionState.EVALUATION, EditionState.REVIEW, EditionState.REPLY, EditionState.PUBLISHED}) {
            assertFalse(e.publiclyVisible(), "not public before publication");
            e.transitionTo(next);
        }
        assertTrue(e.publiclyVisible());
        assertThrows(ConflictException.class, () -> e.transitionTo(EditionState.DRAFT), "a published edition is corrected by revisions only");
        assertEquals(1, e.nextRevision());
        assertEquals(2, e.nextRevision());
    }

    @Test
    void windowsAreInclusiveDaysAndScopeIsExplicit() {
        Edition e = draft();
        assertTrue(e.evaluationWindowIncludes(D) && e.evaluationWindowIncludes(D.plusDays(30)));
        assertFalse(e.evaluationWindowIncludes(D.minusDays(1)) || e.evaluationWindowIncludes(D.plusDays(31)));
        assertTrue(e.inScope("sonora"));
        assertFalse(e.inScope("yucatan"));
        assertEquals(java.util.List.of("colima", "sonora"), e.legislatureIds());
    }

    @Test
    void badEditionsAreRefusedNamingTheField() {
        assertEquals("legislatures", assertThrows(InvalidInputException.class, () -> Edition.toEvaluate("x-1", "t", 2026, "m", Set.of(), D,
                D, D, D, null, Instant.EPOCH)).field());
        assertEquals("evaluationWindow", assertThrows(InvalidInputException.class, () -> Edition.toEvaluate("x-1", "t", 2026, "m", Set.of("a"),
                D, D.minusDays(1), D, D, null, Instant.EPOCH)).field());
        assertEquals("replyWindow", assertThrows(InvalidInputException.class, () -> Edition.toEvaluate("x-1", "t", 2026, "m", Set.of("a"),
                D, D, D.minusDays(2), D.minusDays(1), null, Instant.EPOCH)).field());
        assertEquals("id", assertThrows(InvalidInputException.class, () -> Edition.toEvaluate("X 1", "t", 2026, "m", Set.of("a"),
                D, D, D, D, null, Instant.EPOCH)).field());
    }

    @Test
    void theDemonstrationEditionIsPublicAndCoversEveryLegislature() {
        Edition demo = new Edition("demostracion-2026", "Demo", 2026, "m@1", true, Instant.EPOCH);
        assertTrue(demo.publiclyVisible());
        assertTrue(demo.inScope("cualquiera"));
    }
}
