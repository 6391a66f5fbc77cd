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

/** The Diario's text (the layout the workers give; fixture and its origin beside this scraper) read into the sitting's speeches. */
class DiarioDebatesTest {

    private static final Path TEXT = Path.of("src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/diario-texto/diario-20080205.txt");
    private final DiarioDebates scraper = new DiarioDebates();

    @Test
    void runningHeadsSummaryAndBrokenWordsGoAndTheSpeechesStay() throws Exception {
        ScrapedDebate diario = (ScrapedDebate) scraper.read(new Page("diario.pdf", Files.readAllBytes(TEXT), null, Instant.now()),
                ScrapeContext.savedPages(null)).get(0);
        assertTrue(scraper.readsExtractedText());
        assertEquals(ScrapedDebate.DIARIO, diario.sourceKind());
        assertEquals(LocalDate.of(2008, 2, 5), diario.date());
        assertEquals("LX", diario.term());
        assertEquals("ordinaria", diario.sittingKind());
        List<ScrapedSpeech> speeches = diario.speeches().stream().filter(s -> s.role() != SpeakerRole.NONE).toList();
        assertEquals(5, speeches.size(), speeches.toString());
        assertEquals("Se abre la sesión. Proceda la Secretaría a dar lectura al orden del día.", speeches.get(0).text());
        assertEquals("Esmeralda Cárdenas Sánchez", speeches.get(1).speakerName(), "a name broken across lines is joined");
        assertEquals("Tiene el uso de la palabra el diputado Francisco Elizondo Garrido.", speeches.get(2).text());
        assertEquals("Agenda politica", speeches.get(2).heading());
        assertEquals("agenda-politica", speeches.get(2).headingCategory());
        ScrapedSpeech elizondo = speeches.get(3);
        assertEquals("Francisco Elizondo Garrido", elizondo.speakerName());
        assertTrue(elizondo.text().startsWith("Compañeras diputadas y compañeros diputados, el Grupo Parlamentario del Partido Verde"),
                elizondo.text());
        assertTrue(elizondo.text().endsWith("Por su atención, muchas gracias."), elizondo.text());
        assertEquals(List.of("Aplausos"), elizondo.stageDirections());
        assertTrue(diario.speeches().stream().noneMatch(s -> s.text().contains("Diario de los Debates de la Cámara") || s.text().contains("Año II,")),
                "running heads are nobody's words");
        assertEquals("Gracias, diputado.", speeches.get(4).text(), "a label alone on its line takes the next line's words");
    }

    @Test
    void textThatIsNotADiarioIsRefused() {
        PageException e = assertThrows(PageException.class, () -> scraper.read(new Page("otro.pdf",
                "Una carta cualquiera\ndel 5 de febrero de 2008".getBytes(StandardCharsets.UTF_8), null, Instant.now()), ScrapeContext.savedPages(null)));
        assertTrue(e.getMessage().contains("Diario de los Debates"), e.getMessage());
    }
}
