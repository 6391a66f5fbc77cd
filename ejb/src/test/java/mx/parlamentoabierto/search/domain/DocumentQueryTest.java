package mx.parlamentoabierto.search.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DocumentQueryTest {

    private static DocumentQuery query(String text) {
        return new DocumentQuery(text, Set.of(), Set.of(), Optional.empty(), Optional.empty(), false, 1, 20);
    }

    @Test
    void prefixSearchesWithEnoughLettersAreAcceptedAndMarkedExpensive() {
        assertTrue(query("transparen* congreso").expensive());
        assertTrue(query("\"orden del día\" dic* -ses*").expensive());
        assertFalse(query("sesión del pleno").expensive());
    }

    @Test
    void aShortPrefixIsRefusedNamingTheWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> query("presupuesto a*"));
        assertTrue(e.getMessage().startsWith("q: ") && e.getMessage().contains("'a*'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> query("*"));
        assertThrows(IllegalArgumentException.class, () -> query("-de*"));
    }

    @Test
    void theTwentySixLetterPrefixQueryIsRefused() {
        StringBuilder attack = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            attack.append(c).append("* ");
        }
        assertThrows(IllegalArgumentException.class, () -> query(attack.toString()));
    }

    @Test
    void moreThanThreePrefixesOrAStarInsideAWordAreRefused() {
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> query("con* dip* ses* pre*"));
        assertTrue(many.getMessage().contains("a lo más 3"), many.getMessage());
        assertDoesNotThrow(() -> query("con* dip* ses*"));
        assertThrows(IllegalArgumentException.class, () -> query("dip*tados"));
    }

    @Test
    void aQueryOfTooManyWordsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> query("palabra ".repeat(DocumentQuery.MAX_TERMS + 1)));
        assertDoesNotThrow(() -> query("palabra ".repeat(DocumentQuery.MAX_TERMS)));
    }
}
