package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.PageException;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedRecord;
import mx.parlamentoabierto.scrapers.spi.ScrapedVote;
import mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent;
import mx.parlamentoabierto.scrapers.spi.Scrapers;
import mx.parlamentoabierto.scrapers.spi.VoteOptions;

/**
 * The Senado's Diario de los Debates read from the 98 real pages of the LIX Legislatura's second year (fixtures beside
 * this scraper, README there), compared roll call by roll call with the counts of the researchers' independent clean
 * dataset ({@code votdat-lix-2.csv}).
 */
class DiarioRollCallsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/senado");
    private final DiarioRollCalls scraper = new DiarioRollCalls();

    private List<ScrapedVoteEvent> read(String file) throws IOException, PageException {
        Page page = new Page(file, Files.readAllBytes(FIXTURES.resolve("diario-lix-2").resolve(file)), null, Instant.parse("2024-01-01T00:00:00Z"));
        return scraper.read(page, ScrapeContext.savedPages(null)).stream().map(ScrapedVoteEvent.class::cast).toList();
    }

    /** The counts of the clean dataset, per page in its order: ayes, nays, abstentions. */
    private static Map<String, List<int[]>> truth() throws IOException {
        Map<String, List<int[]>> truth = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(FIXTURES.resolve("votdat-lix-2.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", 10);
            truth.computeIfAbsent(c[4].replace("\"", ""), f -> new ArrayList<>())
                    .add(new int[] {Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8])});
        }
        return truth;
    }

    private static int[] counts(List<ScrapedVote> votes) {
        return new int[] {(int) votes.stream().filter(v -> v.option().equals(VoteOptions.YES)).count(),
                (int) votes.stream().filter(v -> v.option().equals(VoteOptions.NO)).count(),
                (int) votes.stream().filter(v -> v.option().equals(VoteOptions.ABSTAIN)).count()};
    }

    @Test
    void everyPageReadsAndTheCountsAgreeWithTheCleanDataset() throws Exception {
        Map<String, List<int[]>> truth = truth();
        int events = 0;
        int agree = 0;
        int compared = 0;
        List<String> differences = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.list(FIXTURES.resolve("diario-lix-2"))) {
            pages = files.sorted().toList();
        }
        for (Path path : pages) {
            String file = path.getFileName().toString();
            List<ScrapedVoteEvent> read = read(file);
            events += read.size();
            List<int[]> expected = truth.getOrDefault(file, List.of());
            for (int i = 0; i < expected.size(); i++) {
                compared++;
                int[] want = expected.get(i);
                if (i >= read.size()) {
                    differences.add(file + " #" + (i + 1) + ": the page gave only " + read.size() + " roll call(s)");
                    continue;
                }
                ScrapedVoteEvent e = read.get(i);
                int[] all = counts(e.votes());
                int[] electronic = counts(e.votes().stream().filter(v -> !v.rawOption().contains("fuera del sistema")).toList());
                if (java.util.Arrays.equals(all, want)) {
                    agree++;
                } else if (java.util.Arrays.equals(electronic, want)) {
                    agree++; // the clean dataset counted, for this roll call, only the votes of the electronic system
                    System.out.println(file + " #" + (i + 1) + " agrees counting the electronic system only " + java.util.Arrays.toString(want)
                            + "; with the votes recorded by hand " + java.util.Arrays.toString(all));
                } else {
                    differences.add(file + " #" + (i + 1) + ": clean dataset " + java.util.Arrays.toString(want) + ", page " + java.util.Arrays.toString(all)
                            + (e.notes().isEmpty() ? "" : "; notes: " + e.notes().stream().filter(n -> !n.startsWith("dirección")).toList())
                            + (e.countProblems().isEmpty() ? "" : "; announced: " + e.countProblems()));
                }
            }
        }
        System.out.println("Senado Diario LIX-2: " + pages.size() + " pages, " + events + " roll calls; " + agree + " of " + compared
                + " agree with the clean dataset; differ: " + differences);
        assertEquals(101, events, "every roll call of the corpus");
        assertTrue(agree >= Math.ceil(0.98 * compared), agree + " of " + compared + " agree; differ: " + differences);
    }

    @Test
    void aRollCallHasItsHeaderTitleGroupsAndTheAnnouncedResult() throws Exception {
        List<ScrapedVoteEvent> page = read("832.html");
        assertEquals(1, page.size());
        ScrapedVoteEvent e = page.get(0);
        assertEquals("senado", e.legislatureId());
        assertEquals("LIX", e.term());
        assertEquals(LocalDate.of(2005, 2, 10), e.date());
        assertEquals("2005-02-10-d4-p832-1", e.identifier());
        assertTrue(e.title().startsWith("PROYECTO DE DECRETO POR EL QUE SE REFORMAN LOS ARTICULOS 59"), e.title());
        assertEquals("Año II, Segundo Periodo Ordinario", e.period());
        assertEquals(List.of(50, 51, 1), java.util.Arrays.stream(counts(e.votes())).boxed().toList());
        assertTrue(e.countsAgree(), "the Secretaría's corrected count (the last one said) is the list's: " + e.countProblems());
        ScrapedVote calderon = e.votes().stream().filter(v -> v.name().equals("CALDERON HINOJOSA LUISA MARIA")).findFirst().orElseThrow();
        assertEquals("PAN", calderon.group());
        assertEquals(VoteOptions.ABSTAIN, calderon.option());
        assertTrue(calderon.rawOption().contains("fuera del sistema electrónico"), "votes recorded by hand are marked");
        assertEquals("Partido Acción Nacional", e.groupNames().get("PAN"));
        assertTrue(e.provenance().sourceUrl().isAbsolute());
    }

    @Test
    void aPageWithSeveralRollCallsGivesEachAndAPageWithoutNoneIsNotAnError() throws Exception {
        assertEquals(3, read("847.html").size());
        List<ScrapedVoteEvent> two = read("1291.html");
        assertEquals(2, two.size());
        assertTrue(!two.get(0).identifier().equals(two.get(1).identifier()));
        assertTrue(!read("1016.html").get(0).identifier().equals(read("1019.html").get(0).identifier()),
                "two pages of the same Diario are two roll calls");
        String noVote = "<html><body><p>Legislatura : LIX A&ntilde;o : II</p><p>Diario : 9</p><p>Fecha : Feb 24, 2005</p>"
                + "<p>- El C. Presidente: Se abre la sesi&oacute;n.</p></body></html>";
        Page empty = new Page("sin-votos.html", noVote.getBytes(StandardCharsets.ISO_8859_1), null, Instant.now());
        List<ScrapedRecord> none = scraper.read(empty, ScrapeContext.savedPages(null));
        assertTrue(none.isEmpty());
        assertTrue(scraper.pagesMayHoldNone(), "declared: most Diario pages hold no roll call");
        Page other = new Page("otra.html", "<html><body>Hola</body></html>".getBytes(StandardCharsets.UTF_8), null, Instant.now());
        PageException e = assertThrows(PageException.class, () -> scraper.read(other, ScrapeContext.savedPages(null)));
        assertTrue(e.getMessage().contains("Diario de los Debates del Senado"), e.getMessage());
        assertTrue(Scrapers.byName("senado-diario").isPresent(), "declared by the senado jurisdiction");
    }
}
