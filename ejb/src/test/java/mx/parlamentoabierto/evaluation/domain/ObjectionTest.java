package mx.parlamentoabierto.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;

class ObjectionTest {

    private static final Instant FILED = Instant.parse("2026-11-02T16:00:00Z");

    private static Objection filed() {
        return new Objection("ed-2026", "sonora", "P1.01", "personal-sonora", "  El portal publica las actas desde 2019.  ", "[]", FILED);
    }

    @Test
    void anObjectionIsFiledOpenWithItsArgumentTrimmed() {
        Objection o = filed();
        assertTrue(o.open());
        assertEquals("El portal publica las actas desde 2019.", o.argument());
        assertEquals(Objection.Outcome.OPEN, o.outcome());
        assertEquals(Optional.empty(), o.resolvedAt());
    }

    @Test
    void anArgumentIsRequiredAndBounded() {
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> new Objection("ed", "sonora", "P1.01", "x", "   ", "[]", FILED));
        assertEquals("argument", blank.field());
        assertTrue(blank.getMessage().contains("el argumento de la objeción"), blank.getMessage());
        InvalidInputException longOne = assertThrows(InvalidInputException.class,
                () -> new Objection("ed", "sonora", "P1.01", "x", "a".repeat(Objection.MAX_TEXT + 1), "[]", FILED));
        assertTrue(longOne.getMessage().contains("pasa de " + Objection.MAX_TEXT), longOne.getMessage());
    }

    @Test
    void itIsResolvedOnceWithAReasonAndNeverBackToOpen() {
        Objection o = filed();
        assertEquals("outcome", assertThrows(InvalidInputException.class,
                () -> o.resolve(Objection.Outcome.OPEN, "porque sí", "revisor", FILED)).field());
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> o.resolve(Objection.Outcome.UPHELD, " ", "revisor", FILED)).field());
        assertTrue(o.open(), "a refused resolution leaves it open");
        Instant at = FILED.plusSeconds(3600);
        o.resolve(Objection.Outcome.ANSWER_CHANGED, "Se verificó el enlace.", "revisor", at);
        assertFalse(o.open());
        assertEquals(Optional.of(at), o.resolvedAt());
        assertEquals(Optional.of("revisor"), o.resolvedBy());
        assertThrows(ConflictException.class, () -> o.resolve(Objection.Outcome.UPHELD, "otra vez", "revisor", at));
    }

    @Test
    void resolutionsAreNamedAsTheApiWritesThem() {
        assertEquals(Optional.of(Objection.Outcome.ANSWER_CHANGED), Objection.Outcome.resolutionFromName(" Answer-Changed "));
        assertEquals(Optional.of(Objection.Outcome.UPHELD), Objection.Outcome.resolutionFromName("upheld"));
        assertEquals(Optional.empty(), Objection.Outcome.resolutionFromName("open"), "open is not a resolution");
        assertEquals("answer-changed", Objection.Outcome.ANSWER_CHANGED.jsonName());
    }
}
