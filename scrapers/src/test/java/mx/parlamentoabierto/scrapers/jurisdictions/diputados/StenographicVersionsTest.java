package mx.parlamentoabierto.scrapers.jurisdictions.diputados;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.PageException;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedDebate;
import mx.parlamentoabierto.scrapers.spi.ScrapedSpeech;
import mx.parlamentoabierto.scrapers.spi.Scrapers;
import mx.parlamentoabierto.scrapers.spi.SpeakerRole;
import mx.parlamentoabierto.spanish.PersonNames;

/**
 * The 84 real versiones estenográficas of 2008–2009 (fixtures beside this scraper, README there) read into speeches and
 * compared, member-day by member-day, with the words counted by the researchers' independent parser (by name here; by
 * person, through the roster, in the ejb module's debate test).
 */
class StenographicVersionsTest {

    static final Path FIXTURES = Path.of("src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/estenograficas-lx");
    private final StenographicVersions scraper = new StenographicVersions();

    static List<ScrapedDebate> readAll() throws IOException, PageException {
        List<ScrapedDebate> debates = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Page page = new Page(file.getFileName().toString(), Files.readAllBytes(file), null, Instant.parse("2020-01-01T00:00:00Z"));
                List<?> records = new StenographicVersions().read(page, ScrapeContext.savedPages(null));
                assertEquals(1, records.size(), file + " is one sitting");
                debates.add((ScrapedDebate) records.get(0));
            }
        }
        return debates;
    }

    private ScrapedDebate one(String file) throws IOException, PageException {
        Path path = FIXTURES.resolve(file);
        return (ScrapedDebate) scraper.read(new Page(file, Files.readAllBytes(path), null, Instant.now()), ScrapeContext.savedPages(null)).get(0);
    }

    @Test
    void theScraperIsDeclaredByTheChamber() {
        assertTrue(Scrapers.byName("diputados-estenograficas").isPresent());
    }

    @Test
    void aSittingReadsIntoSpeakersRolesTimesAndStageDirections() throws Exception {
        ScrapedDebate debate = one("20080201.html");
        assertEquals(LocalDate.of(2008, 2, 1), debate.date());
        assertEquals("LX", debate.term());
        assertEquals("congreso-general", debate.sittingKind());
        ScrapedSpeech first = debate.speeches().get(0);
        assertEquals(SpeakerRole.PRESIDING, first.role());
        assertEquals("Ruth Zavaleta Salgado", first.speakerName());
        assertEquals("diputados", first.speakerChamber());
        assertTrue(first.text().startsWith("Solicito a la Secretaría haga de nuestro conocimiento"), first.text());
        ScrapedSpeech senator = debate.speeches().stream().filter(s -> "senado".equals(s.speakerChamber())).findFirst().orElseThrow();
        assertEquals(SpeakerRole.SECRETARY, senator.role());
        assertEquals("Renán Cleominio Zoreda Novelo", senator.speakerName());
        ScrapedSpeech opening = debate.speeches().stream().filter(s -> "11:24".equals(s.timeMark())).findFirst().orElseThrow();
        assertEquals("Se abre la sesión de Congreso General.", opening.text());
        assertTrue(debate.speeches().stream().anyMatch(s -> s.stageDirections().contains("Himno Nacional")), "a stage direction kept apart");
        assertTrue(debate.speeches().stream().allMatch(s -> !s.text().contains("(Himno Nacional)")), "and never in anybody's words");
        ScrapedSpeech collective = debate.speeches().stream().filter(s -> s.role() == SpeakerRole.COLLECTIVE).findFirst().orElseThrow();
        assertEquals("Viva.", collective.text());
        assertNull(collective.speakerName());
    }

    @Test
    void anOfficerWithoutANameCarriesTheLastOneFromTheSeatAndInlineDirectionsAreNobodysWords() throws Exception {
        // composed in the form the Diario and later versiones print (the example), not a saved page
        String html = "<p>Versión estenográfica de la sesión ordinaria del jueves 14 de octubre de 2010</p>"
                + "<p><b>El Presidente diputado Jesús Murillo Karam:</b> Tiene la palabra el diputado Alfonso Durazo Montaño.</p>"
                + "<p><b>El diputado Francisco Alfonso Durazo Montaño:</b> Señor presidente, compañeras y compañeros diputados (Aplausos) gracias.</p>"
                + "<p>(Aplausos)</p>"
                + "<p><b>La diputada Francisca Elena Corrales Corrales</b> (desde la curul): Señor presidente, con su permiso.</p>"
                + "<p><b>El Presidente:</b> Adelante.</p>";
        ScrapedDebate debate = (ScrapedDebate) scraper.read(new Page("20101014.html", html.getBytes(StandardCharsets.UTF_8), null, Instant.now()),
                ScrapeContext.savedPages(null)).get(0);
        assertEquals("LXI", debate.term());
        assertEquals(SpeakerRole.NONE, debate.speeches().get(0).role(), "the header before anyone speaks is narration");
        List<ScrapedSpeech> s = debate.speeches().subList(1, debate.speeches().size());
        assertEquals(4, s.size());
        assertEquals("Señor presidente, compañeras y compañeros diputados gracias.", s.get(1).text());
        assertEquals(List.of("Aplausos", "Aplausos"), s.get(1).stageDirections());
        assertEquals(7, s.get(1).words());
        assertTrue(s.get(2).fromSeat());
        assertEquals("Francisca Elena Corrales Corrales", s.get(2).speakerName());
        assertEquals("Jesús Murillo Karam", s.get(3).speakerName());
        assertTrue(s.get(3).nameCarried());
    }

    @Test
    void agendaItemsResultsSeatsAndGuestsAreKept() throws Exception {
        List<ScrapedDebate> debates = readAll();
        assertTrue(debates.stream().flatMap(d -> d.speeches().stream()).anyMatch(s -> "dictamenes".equals(s.headingCategory())));
        assertTrue(debates.stream().flatMap(d -> d.speeches().stream()).anyMatch(s -> "agenda-politica".equals(s.headingCategory())));
        long announced = debates.stream().flatMap(d -> d.speeches().stream()).filter(s -> s.announcedVotes() != null).count();
        assertTrue(announced >= 150, "the Secretaría's announced results are read: " + announced);
        assertTrue(debates.stream().flatMap(d -> d.speeches().stream()).anyMatch(ScrapedSpeech::fromSeat), "(desde la curul)");
        assertTrue(debates.stream().flatMap(d -> d.speeches().stream()).anyMatch(s -> s.role() == SpeakerRole.GUEST
                && s.guestTitle() != null && s.guestTitle().contains("Gobernación")), "a secretary of state is a guest");
    }

    @Test
    void aPageThatIsNotATranscriptIsRefusedNamingWhy() {
        Page page = new Page("otra.html", "<html><body><p>Nada que ver</p></body></html>".getBytes(StandardCharsets.UTF_8), null, Instant.now());
        PageException e = assertThrows(PageException.class, () -> scraper.read(page, ScrapeContext.savedPages(null)));
        assertTrue(e.getMessage().contains("Versión estenográfica"), e.getMessage());
    }

    /**
     * Who spoke each day and how much, against the researchers' independent count: names matched by their words (the
     * count prints roster names, upper case without accents, the transcripts title case, often without a second name).
     */
    @Test
    void whoSpokeEachDayAndHowMuchAgreesWithTheIndependentCount() throws Exception {
        Map<String, Integer> ours = new HashMap<>();
        for (ScrapedDebate debate : readAll()) {
            for (ScrapedSpeech s : debate.speeches()) {
                if (s.speakerName() != null && s.words() > 0 && (s.role() == SpeakerRole.LEGISLATOR || s.role() == SpeakerRole.PRESIDING
                        || s.role() == SpeakerRole.SECRETARY) && !"senado".equals(s.speakerChamber())) {
                    ours.merge(debate.date() + "|" + s.speakerName(), s.words(), Integer::sum);
                }
            }
        }
        List<String> lines = Files.readAllLines(FIXTURES.resolve("palabras-por-dia-2008-2009.csv"), StandardCharsets.UTF_8);
        int memberDays = 0;
        int found = 0;
        int close = 0;
        List<String> worst = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            String who = f[1];
            String date = f[3];
            int words = Integer.parseInt(f[5]);
            memberDays++;
            Integer mine = null;
            for (Map.Entry<String, Integer> e : ours.entrySet()) {
                String[] key = e.getKey().split("\\|");
                if (key[0].equals(date) && (PersonNames.key(key[1]).equals(PersonNames.key(who)) || PersonNames.oneContainsTheOther(key[1], who, 2))) {
                    mine = (mine == null ? 0 : mine) + e.getValue();
                }
            }
            if (mine != null) {
                found++;
                double ratio = (double) mine / Math.max(1, words);
                if (ratio >= 0.75 && ratio <= 1.25) {
                    close++;
                } else {
                    worst.add(String.format("%s %s: %d here, %d there", date, who, mine, words));
                }
            } else {
                worst.add(String.format("%s %s: not found (%d words there)", date, who, words));
            }
        }
        System.out.printf("Versiones estenográficas: %d member-days in the independent count, %d found (%.1f%%), %d within ±25%% (%.1f%%)%n",
                memberDays, found, 100.0 * found / memberDays, close, 100.0 * close / memberDays);
        worst.stream().limit(40).forEach(w -> System.out.println("  " + w));
        assertTrue(found >= 0.95 * memberDays, "who spoke: " + found + " of " + memberDays);
        assertTrue(close >= 0.75 * memberDays, "how much: " + close + " of " + memberDays);
        assertFalse(ours.isEmpty());
    }
}
