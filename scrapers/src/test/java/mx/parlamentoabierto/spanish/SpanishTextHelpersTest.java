package mx.parlamentoabierto.spanish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.scrapers.spi.VoteOptions;

/** The Spanish helpers on the forms congresses print (examples written for this test). */
class SpanishTextHelpersTest {

    @Test
    void datesAreReadInTheFormsCongressesPrint() {
        LocalDate expected = LocalDate.of(2012, 9, 27);
        for (String text : new String[] {"27-Septiembre-2012", "SESIÓN DEL 27-Septiembre-2012 DECRETO", "jueves 27 de septiembre de 2012",
                "27/09/2012", "2012-09-27", "27 de Sept. de 2012"}) {
            assertEquals(Optional.of(expected), SpanishDates.find(text), text);
        }
        assertEquals(Optional.of(LocalDate.of(2012, 10, 1)), SpanishDates.find("1o. de octubre de 2012"));
        assertEquals(Optional.empty(), SpanishDates.find("31-Febrero-2012"), "an impossible date is no date");
        assertEquals(Optional.empty(), SpanishDates.find("Gaceta número 3"));
    }

    @Test
    void voteWordsKeepEveryDistinctionAndExcusedIsNeverAbsent() {
        assertEquals(Optional.of(VoteOptions.YES), SpanishVoteOptions.classify(" A favor"));
        assertEquals(Optional.of(VoteOptions.NO), SpanishVoteOptions.classify("En contra"));
        assertEquals(Optional.of(VoteOptions.ABSTAIN), SpanishVoteOptions.classify("Abstención"));
        assertEquals(Optional.of(VoteOptions.ABSENT), SpanishVoteOptions.classify("Ausente"));
        assertEquals(Optional.of(VoteOptions.EXCUSED), SpanishVoteOptions.classify("Inasistencia justificada"));
        assertEquals(Optional.of(VoteOptions.EXCUSED), SpanishVoteOptions.classify("Comisión oficial"));
        assertEquals(Optional.of(VoteOptions.PRESENT), SpanishVoteOptions.classify("Sólo asistencia"));
        assertEquals(Optional.of(VoteOptions.PRESENT), SpanishVoteOptions.classify("Quórum"));
        assertEquals(Optional.of(VoteOptions.PAIRED), SpanishVoteOptions.classify("Pareado"));
        assertEquals(Optional.empty(), SpanishVoteOptions.classify("Votó dos veces"));
    }

    @Test
    void namesMatchWhateverTheOrderAccentsAndAbbreviations() {
        assertEquals(PersonNames.key("Beltrones Rivera Manlio Fabio"), PersonNames.key("Manlio Fabio Beltrones Rivera"));
        assertEquals(PersonNames.key("Añorve Baños Manuel"), PersonNames.key("AÑORVE BAÑOS, Manuel"));
        assertEquals(PersonNames.key("Ayala Bravo María Guadalupe"), PersonNames.key("Ayala Bravo Ma. Gpe."));
        assertEquals(PersonNames.key("Aceves y del Olmo Carlos Humberto"), PersonNames.key("Carlos Humberto Aceves del Olmo"));
        assertTrue(PersonNames.oneContainsTheOther("Arroyo Vieyra Francisco", "Arroyo Vieyra Francisco Agustín"));
        assertFalse(PersonNames.oneContainsTheOther("Arroyo Vieyra", "Arroyo Vieyra Francisco"), "two words are too few to tell");
        assertTrue(PersonNames.oneContainsTheOther("ADAME CASTILLO MARCO A.", "Marco Antonio Adame Castillo"), "an initial stands for its word");
        assertFalse(PersonNames.oneContainsTheOther("ADAME CASTILLO MARCO B.", "Marco Antonio Adame Castillo"), "but only for a word it begins");
        assertTrue(PersonNames.key("FDEZ. DE CEVALLOS FRANCISCO").equals(PersonNames.key("Francisco Fernández de Cevallos")));
        assertFalse(PersonNames.key("Barrera Barrera Petra").equals(PersonNames.key("Barrera Petra")));
    }

    @Test
    void termsConvertBothWays() {
        assertEquals("LXII", RomanNumerals.of(62));
        assertEquals(Optional.of(63), RomanNumerals.value("lxiii"));
        assertEquals(Optional.empty(), RomanNumerals.value("LXIIII"));
    }

    @Test
    void pagesThatLieAboutTheirCharsetAreStillRead() {
        assertEquals("Sólo asistencia\n", PageText.decode("Sólo asistencia\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Sólo asistencia\n", PageText.decode("Sólo asistencia\r\n".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
