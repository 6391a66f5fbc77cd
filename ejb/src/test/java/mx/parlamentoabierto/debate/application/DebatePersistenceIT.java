package mx.parlamentoabierto.debate.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import mx.parlamentoabierto.testing.InUnit;
import mx.parlamentoabierto.testing.UnitsOfWork;
import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.audit.infrastructure.JpaAuditRepository;
import mx.parlamentoabierto.debate.domain.DebateRepository;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.debate.infrastructure.JpaDebateRepository;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.legislator.application.RosterImport;
import mx.parlamentoabierto.legislator.application.VoterMatcher;
import mx.parlamentoabierto.legislator.infrastructure.JpaLegislatorRepository;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.scrapers.jurisdictions.diputados.StenographicVersions;
import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedDebate;
import mx.parlamentoabierto.debate.domain.SpeechRole;
import mx.parlamentoabierto.scraping.application.ScrapedPages;
import mx.parlamentoabierto.search.domain.SpeechQuery;
import mx.parlamentoabierto.search.domain.SpeechSearchResult;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchSpeechIndex;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;
import mx.parlamentoabierto.testing.TestArchive;
import mx.parlamentoabierto.testing.TestEvents;
import mx.parlamentoabierto.vote.application.DataQuality;
import mx.parlamentoabierto.vote.application.VoteImport;
import mx.parlamentoabierto.vote.infrastructure.JpaVoteRepository;

/**
 * Debates on a real database (H2, or PostgreSQL with ./parlamento test --db) with the real archive pipeline and search
 * node: every deputy of LVII–LXIV from the roster, then the 84 versiones estenográficas of 2008–2009 through the scrape
 * path; speakers attributed to persons and compared, member-day by member-day, with the researchers' independent count;
 * a Diario of the same sitting replacing the versión as one debate; the speeches found by their words and speaker.
 */
@ExtendWith(SearchNodeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebatePersistenceIT {

    private static final Path VERSIONES = Path.of("../scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/estenograficas-lx");
    private static final Path ROSTER = Path.of("src/test/resources/corpora/diputados-estenograficas/all-dips.csv");
    private static final Caller ADMIN = new Caller(1L, "admin", Set.of(Role.ADMIN), null, "127.0.0.1");

    @TempDir
    static Path work;

    private static TestArchive archive;
    private static Database database;
    private static JpaLegislatorRepository legislators;
    private static JpaDebateRepository debateRepository;
    private static DebateImport debates;
    private static DebateQueries queries;
    private static ScrapedPages pages;
    private static ElasticsearchSpeechIndex speechIndex;
    private static SpeechSearchSync sync;
    private static DataQuality quality;

    @BeforeAll
    static void start() {
        archive = TestArchive.open(work, "it-debates");
        database = archive.database;
        legislators = new JpaLegislatorRepository(database);
        JpaVoteRepository votes = new JpaVoteRepository(database);
        debateRepository = new JpaDebateRepository(database);
        debates = UnitsOfWork.on(database).of(new DebateImport(database, debateRepository, votes, legislators, archive.legislatures, archive.ingestion,
                TestEvents.deliveringTo(database), Clock.systemUTC()));
        VoteImport voteImport = UnitsOfWork.on(database).of(new VoteImport(database, votes, legislators, archive.legislatures, archive.ingestion, TestEvents.deliveringTo(database),
                Clock.systemUTC()));
        pages = new ScrapedPages(voteImport, debates, archive.extractor);
        speechIndex = new ElasticsearchSpeechIndex(archive.searchBase, Duration.ofSeconds(5));
        queries = UnitsOfWork.on(database).of(new DebateQueries(debateRepository, legislators, votes));
        sync = new SpeechSearchSync(queries, speechIndex);
        quality = UnitsOfWork.on(database).of(new DataQuality(votes, legislators, archive.legislatures, debateRepository, Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        archive.close();
    }

    private static Page page(Path file) throws Exception {
        return new Page(file.getFileName().toString(), Files.readAllBytes(file), null, Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    @Order(0)
    void aTranscriptImportedBeforeTheRosterKeepsItsSpeakersWithTheReason() throws Exception {
        DebateImport.Outcome early = pages.read(ADMIN, new StenographicVersions(), page(VERSIONES.resolve("20080205.html")), null).debates().get(0);
        assertEquals("new", early.status());
        assertEquals(0, early.attributedWords(), "nobody on a roster yet");
        assertTrue(early.unmatchedSpeakers().contains("Delio Hernández Valadés"), early.unmatchedSpeakers().toString());
    }

    @Test
    @Order(1)
    void theTranscriptsOfAYearAndAHalfAreStoredAndTheirSpeakersAreTheRostersDeputies() throws Exception {
        UnitsOfWork.on(database).of(new RosterImport(legislators, archive.legislatures, UnitsOfWork.on(database).of(new AuditTrail(new JpaAuditRepository(database), Clock.systemUTC())),
                TestEvents.deliveringTo(database), Clock.systemUTC())).importFile(ADMIN, "diputados", "all-dips.csv", Files.readAllBytes(ROSTER));
        int reattributed = debates.reattribute(ADMIN, "diputados");
        assertTrue(reattributed > 100, "the roster imported afterwards finds the speakers of the transcript imported before: " + reattributed);
        assertTrue(queries.debate("diputados:2008-02-05:plenary").debate().attributedShare() > 0.9, "and the debate's count moves");
        List<Path> files;
        try (var list = Files.list(VERSIONES)) {
            files = list.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        StenographicVersions scraper = new StenographicVersions();
        long started = System.nanoTime();
        int speeches = 0;
        long words = 0;
        long attributed = 0;
        for (Path file : files) {
            ScrapedPages.Result result = pages.read(ADMIN, scraper, page(file), null);
            assertEquals(1, result.debates().size(), file + " is one sitting");
            DebateImport.Outcome outcome = result.debates().get(0);
            assertEquals(file.getFileName().toString().equals("20080205.html") ? "unchanged" : "new", outcome.status(), file.toString());
            speeches += outcome.speeches();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // the chamber's members' words: guests (secretaries of state, citizens) and senators in joint sittings are nobody on this roster
        Map<String, Integer> byPersonDay = new HashMap<>();
        long memberWords = 0;
        long memberAttributed = 0;
        for (var debate : queries.debates("diputados", LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31), 200)) {
            for (Speech s : InUnit.of(database, em -> debateRepository.speechesOf(debate.id()))) {
                words += s.words();
                attributed += s.personId() == null ? 0 : s.words();
                boolean member = (s.role() == SpeechRole.LEGISLATOR || s.role() == SpeechRole.PRESIDING || s.role() == SpeechRole.SECRETARY)
                        && (s.unmatchedReason() == null || !s.unmatchedReason().startsWith("miembro de la otra"));
                if (member) {
                    memberWords += s.words();
                    memberAttributed += s.personId() == null ? 0 : s.words();
                }
                if (s.personId() != null) {
                    byPersonDay.merge(s.date() + "|" + s.personId(), s.words(), Integer::sum);
                }
            }
        }
        System.out.printf("Debates: %d sittings, %d speeches in %.1f s (%.1f sittings/s); %d words, %.1f%% attributed; members' words %.2f%% attributed%n",
                files.size(), speeches, seconds, files.size() / seconds, words, 100.0 * attributed / words, 100.0 * memberAttributed / memberWords);
        assertTrue(memberAttributed >= 0.97 * memberWords, "members' words attributed to a known person: " + memberAttributed + " of " + memberWords);

        // the independent count, by person: its names are the roster's
        VoterMatcher roster = InUnit.of(database, em -> new VoterMatcher(legislators.voterCandidates("diputados", "LX"), "LX"));
        List<String> lines = Files.readAllLines(VERSIONES.resolve("palabras-por-dia-2008-2009.csv"), StandardCharsets.UTF_8);
        int memberDays = 0;
        int found = 0;
        int close = 0;
        List<String> worst = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            memberDays++;
            VoterMatcher.Match person = roster.match(null, f[1]);
            Integer ours = person == null ? null : byPersonDay.get(f[3] + "|" + person.personId());
            int theirs = Integer.parseInt(f[5]);
            if (ours == null) {
                worst.add(f[3] + " " + f[1] + ": not attributed here (" + theirs + " words there)");
                continue;
            }
            found++;
            if (ours >= 0.75 * theirs && ours <= 1.25 * theirs) {
                close++;
            } else {
                worst.add(f[3] + " " + f[1] + ": " + ours + " here, " + theirs + " there");
            }
        }
        System.out.printf("Against the independent count: %d member-days, %d attributed here (%.1f%%), %d within ±25%% (%.1f%%)%n", memberDays, found,
                100.0 * found / memberDays, close, 100.0 * close / memberDays);
        worst.stream().limit(25).forEach(w -> System.out.println("  " + w));
        assertTrue(found >= 0.95 * memberDays, "who spoke: " + found + " of " + memberDays);
        assertTrue(close >= 0.75 * memberDays, "how much: " + close + " of " + memberDays);
    }

    @Test
    @Order(2)
    void theSamePageAgainChangesNothing() throws Exception {
        DebateImport.Outcome again = pages.read(ADMIN, new StenographicVersions(), page(VERSIONES.resolve("20080205.html")), null).debates().get(0);
        assertEquals("unchanged", again.status());
    }

    @Test
    @Order(3)
    void aDiarioOfTheSameSittingIsOneDebateWithTheVersionKeptAsASource() throws Exception {
        ScrapedDebate version = (ScrapedDebate) new StenographicVersions().read(page(VERSIONES.resolve("20080207.html")), ScrapeContext.savedPages(null))
                .get(0);
        String id = DebateImport.sittingId(version);
        int before = queries.debate(id).speeches().size();
        // the Diario of the same sitting (its own publication: here the versión's speeches less the last, as a later edition may differ)
        ScrapedDebate diario = new ScrapedDebate(version.legislatureId(), version.term(), version.date(), "Diario de los Debates, " + version.date(),
                version.sittingKind(), ScrapedDebate.DIARIO, version.speeches().subList(0, version.speeches().size() - 1), List.of(),
                new mx.parlamentoabierto.scrapers.spi.Provenance(java.net.URI.create("http://cronica.diputados.gob.mx/DDebates/60/2o/2P/Ord/feb/00L60A2P2"
                        + "07.html"), Instant.now(), "diario-20080207.html"));
        DebateImport.Outcome replaced = debates.importScraped(ADMIN, diario, "diario".getBytes(StandardCharsets.UTF_8));
        assertEquals("updated", replaced.status());
        assertEquals(id, replaced.debateId());
        DebateQueries.DebateDetail detail = queries.debate(id);
        assertEquals("diario", detail.debate().sourceKind());
        assertEquals(before - 1, detail.speeches().size(), "the Diario's speeches are the debate's, not both publications'");
        assertEquals(2, detail.sources().size());
        DebateImport.Outcome late = pages.read(ADMIN, new StenographicVersions(), page(VERSIONES.resolve("20080207.html")), null).debates().get(0);
        assertTrue(Set.of("unchanged", "source-only").contains(late.status()), late.status());
        assertEquals("diario", queries.debate(id).debate().sourceKind(), "a versión never replaces the Diario");
    }

    @Test
    @Order(4)
    void speechesAreFoundByTheirWordsAndSpeakerAndUnmatchedSpeakersAreReported() {
        int indexed = sync.synchronise();
        assertTrue(indexed > 10_000, "every debate indexed: " + indexed);
        speechIndex.refresh();
        SpeechSearchResult found = speechIndex.search(new SpeechQuery("petroleo", Set.of("diputados"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1, 10));
        assertTrue(found.total() > 10, "accents and word forms: " + found.total());
        SpeechSearchResult.Hit hit = found.hits().get(0);
        assertTrue(hit.passages().stream().anyMatch(p -> p.contains("<mark>")), hit.passages().toString());
        String person = found.hits().stream().map(SpeechSearchResult.Hit::personId).filter(p -> p != null).findFirst().orElseThrow();
        SpeechSearchResult theirs = speechIndex.search(new SpeechQuery("petróleos", Set.of(), Optional.of(person), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1, 50));
        assertTrue(theirs.total() >= 1);
        assertTrue(theirs.hits().stream().allMatch(h -> person.equals(h.personId())), "only their words");
        DebateRepository.PersonSummary summary = queries.summaryOf(person);
        assertTrue(summary.speeches() > 0 && summary.words() > 0);
        DebateRepository.Page<Speech> list = queries.speeches(new DebateRepository.SpeechFilter("diputados", null, null, person, null, null, null, null),
                0, 5);
        assertEquals(summary.speeches(), list.total());
        assertFalse(list.items().isEmpty());
        DataQuality.Report report = quality.report("diputados", "LX");
        assertNotNull(report.unmatchedSpeakers());
        report.unmatchedSpeakers().stream().limit(10).forEach(u -> System.out.println("  sin identificar: " + u.name() + " — " + u.reason() + " ("
                + u.words() + " palabras)"));
    }
}
