package mx.parlamentoabierto.scrapers.jurisdictions.diputados;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.PageException;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedDebate;
import mx.parlamentoabierto.scrapers.spi.ScrapedSpeech;
import mx.parlamentoabierto.scrapers.spi.SpeakerRole;

/** A real Akoma Ntoso debate (fixture beside this scraper, README there) read into the same speeches as a versión. */
class AkomaNtosoDebatesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/akoma-ntoso"
            + "/Debate_mexico_debate_2010-01-26.xml");
    private final AkomaNtosoDebates scraper = new AkomaNtosoDebates();

    @Test
    void speechesScenesAndTheSittingAreRead() throws Exception {
        ScrapedDebate debate = (ScrapedDebate) scraper.read(new Page("debate.xml", Files.readAllBytes(FIXTURE), null, Instant.now()),
                ScrapeContext.savedPages(null)).get(0);
        assertEquals(LocalDate.of(2011, 1, 26), debate.date());
        assertEquals("LXI", debate.term());
        assertEquals("permanente", debate.sittingKind());
        List<ScrapedSpeech> speeches = debate.speeches();
        assertEquals(5, speeches.size());
        assertEquals(SpeakerRole.PRESIDING, speeches.get(0).role());
        assertEquals("Jorge Carlos Ramírez Marín", speeches.get(0).speakerName());
        assertEquals(SpeakerRole.SECRETARY, speeches.get(1).role());
        assertEquals("Paula Angélica Hernández Olmos", speeches.get(1).speakerName());
        assertEquals(List.of("Lista de asistencia"), speeches.get(1).stageDirections());
        assertTrue(speeches.get(1).text().contains("Hay una asistencia, señor presidente, de 19 legisladores"), speeches.get(1).text());
        assertEquals("12:06", speeches.get(2).timeMark());
        assertEquals("Y por lo tanto se abre la sesión.", speeches.get(2).text());
    }

    @Test
    void notAnAkomaNtosoDebateOrAHostileFileIsRefusedNamingWhy() {
        PageException other = assertThrows(PageException.class, () -> scraper.read(new Page("x.xml",
                "<akomaNtoso xmlns=\"http://www.akomantoso.org/2.0\"><bill/></akomaNtoso>".getBytes(StandardCharsets.UTF_8), null, Instant.now()),
                ScrapeContext.savedPages(null)));
        assertTrue(other.getMessage().contains("<debate>"), other.getMessage());
        PageException entity = assertThrows(PageException.class, () -> scraper.read(new Page("x.xml",
                "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><akomaNtoso>&x;</akomaNtoso>".getBytes(StandardCharsets.UTF_8), null,
                Instant.now()), ScrapeContext.savedPages(null)));
        assertTrue(entity.getMessage().contains("no es un XML legible"), entity.getMessage());
    }
}
