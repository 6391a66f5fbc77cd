package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import mx.parlamentoabierto.scrapers.spi.ScrapedVote;
import mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent;
import mx.parlamentoabierto.scrapers.spi.VoteOptions;

/** The Senado's vote PDFs as text (fixtures: the text Tika gives for three real PDFs; README beside them). */
class VotePdfRollCallsTest {

    private static final Path TEXTS = Path.of("src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/senado/votaciones-pdf-texto");
    private final VotePdfRollCalls scraper = new VotePdfRollCalls();

    private List<ScrapedVoteEvent> read(String file, String term) throws Exception {
        Page page = new Page(file.replace(".txt", ".pdf"), Files.readAllBytes(TEXTS.resolve(file)), null, Instant.parse("2024-01-01T00:00:00Z"));
        return scraper.read(page, ScrapeContext.savedPages(term)).stream().map(ScrapedVoteEvent.class::cast).toList();
    }

    @Test
    void aRollCallGivesTitleDateTotalsAndEverySenatorInColumns() throws Exception {
        List<ScrapedVoteEvent> events = read("2006-DICIEMBRE-12-12-2006.txt", null);
        ScrapedVoteEvent terna = events.get(0);
        assertTrue(terna.title().startsWith("PROYECTO DE DECRETO EN RELACIÓN CON LA TERNA DE CANDIDATOS A MINISTRO"), terna.title());
        assertEquals(LocalDate.of(2006, 12, 12), terna.date());
        assertEquals("2006-12-12-1452-1", terna.identifier());
        assertEquals("LX", terna.term(), "the legislature sitting on the date");
        assertEquals(111, terna.votes().size());
        assertTrue(terna.countsAgree(), terna.countProblems().toString());
        ScrapedVote aguilar = terna.votes().get(0);
        assertEquals("AGUILAR CORONADO HUMBERTO", aguilar.name());
        assertEquals("PAN", aguilar.group());
        assertEquals(VoteOptions.YES, aguilar.option());
        assertEquals(11, terna.votes().stream().filter(v -> v.option().equals(VoteOptions.ABSTAIN)).count());
        assertTrue(terna.provenance().sourceUrl().isAbsolute());
    }

    @Test
    void commaSeparatedColumnsAVoterWithoutGroupAndSeveralRollCallsAFile() throws Exception {
        ScrapedVoteEvent commas = read("2007-11_NOVIEMBRE-VOTACIÓN_08-11-2007.txt", "LX").get(0);
        assertEquals("PAN", commas.votes().get(0).group());
        assertTrue(commas.countsAgree(), commas.countProblems().toString());
        List<ScrapedVoteEvent> october = read("2006-OCTUBRE-17-10-2006.txt", "LX");
        assertEquals(2, october.size(), "two roll calls in one file");
        ScrapedVote cota = october.get(0).votes().stream().filter(v -> v.name().equals("COTA COTA JOSEFINA")).findFirst().orElseThrow();
        assertNull(cota.group(), "the PDF leaves her group out");
        assertTrue(october.stream().allMatch(ScrapedVoteEvent::countsAgree), october.get(0).countProblems() + " " + october.get(1).countProblems());
    }

    @Test
    void textThatIsNotAVotePdfIsRefusedWithTheReason() {
        Page other = new Page("otro.pdf", "Informe anual de actividades\nsin votaciones".getBytes(StandardCharsets.UTF_8), null, Instant.now());
        PageException e = assertThrows(PageException.class, () -> scraper.read(other, ScrapeContext.savedPages(null)));
        assertTrue(e.getMessage().contains("no es una votación del Senado en PDF"), e.getMessage());
        assertTrue(scraper.readsExtractedText());
    }
}
