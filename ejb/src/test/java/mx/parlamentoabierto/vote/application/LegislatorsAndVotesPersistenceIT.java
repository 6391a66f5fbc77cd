package mx.parlamentoabierto.vote.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
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
import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.document.infrastructure.JpaDocumentRepository;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.legislator.application.PopoloExport;
import mx.parlamentoabierto.legislator.application.PopoloImport;
import mx.parlamentoabierto.legislator.application.RosterImport;
import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.infrastructure.JpaLegislatorRepository;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.SearchUnavailableException;
import mx.parlamentoabierto.platform.Sha256;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.scraping.application.ScrapedPages;
import mx.parlamentoabierto.scrapers.jurisdictions.diputados.SitlRollCalls;
import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent;
import mx.parlamentoabierto.search.application.RecordIndex;
import mx.parlamentoabierto.search.domain.IndexedPerson;
import mx.parlamentoabierto.search.domain.IndexedVoteEvent;
import mx.parlamentoabierto.search.domain.RecordKind;
import mx.parlamentoabierto.search.domain.RecordQuery;
import mx.parlamentoabierto.search.domain.RecordSearchResult;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchRecordIndex;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchSearchIndex;
import mx.parlamentoabierto.search.infrastructure.IndexDefinition;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;
import mx.parlamentoabierto.testing.PopoloSchemas;
import mx.parlamentoabierto.testing.TestArchive;
import mx.parlamentoabierto.vote.domain.VoteLine;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;
import mx.parlamentoabierto.vote.infrastructure.JpaVoteRepository;

/**
 * Legislators and roll calls on a real database (H2, or PostgreSQL with ./parlamento test --db) with the real archive
 * pipeline behind the archived pages: EveryPolitician's Popolo export of the Cámara de Diputados imported, exported
 * valid against the Popolo schemas and imported again unchanged; SITL pages read by the scraper and stored with every
 * voter matched or kept; a CSV of votes; the directory's accent-free search; the data-quality report.
 */
@ExtendWith(SearchNodeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegislatorsAndVotesPersistenceIT {

    private static final Path CONFIG = Path.of(System.getProperty("parlamento.config.dir"));
    private static final Path POPOLO = Path.of("src/test/resources/corpora/popolo/everypolitician-mexico.json");
    private static final Path SITL = Path.of("../scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/lxii-sitl");
    private static final Caller ADMIN = new Caller(1L, "admin", Set.of(Role.ADMIN), null, "127.0.0.1");
    private static final Caller SONORA_STAFF = new Caller(2L, "personal-sonora", Set.of(Role.STAFF), "sonora", "127.0.0.1");

    @TempDir
    static Path work;

    private static TestArchive archive;
    private static Database database;
    private static ElasticsearchSearchIndex searchBase;
    private static JpaDocumentRepository documents;
    private static PopoloImport popolo;
    private static mx.parlamentoabierto.testing.TestEvents events;
    private static PopoloExport export;
    private static VoteImport votes;
    private static VoteQueries queries;
    private static LegislatorDirectory directory;
    private static DataQuality quality;
    private static JpaLegislatorRepository legislators;
    private static ElasticsearchRecordIndex recordIndex;
    private static JpaVoteRepository voteRepository;

    @BeforeAll
    static void start() {
        archive = TestArchive.open(work, "it-votes");
        database = archive.database;
        documents = archive.documents;
        searchBase = archive.searchBase;
        JpaLegislatureRepository legislatures = archive.legislatures;
        DocumentIngestion ingestion = archive.ingestion;
        legislators = new JpaLegislatorRepository(database);
        voteRepository = new JpaVoteRepository(database);
        recordIndex = new ElasticsearchRecordIndex(searchBase, java.time.Duration.ofSeconds(2));
        AuditTrail audit = UnitsOfWork.on(database).of(new AuditTrail(new JpaAuditRepository(database), Clock.systemUTC()));
        events = mx.parlamentoabierto.testing.TestEvents.deliveringTo(database);
        popolo = UnitsOfWork.on(database).of(new PopoloImport(legislators, legislatures, audit, events,
                Clock.systemUTC()));
        export = UnitsOfWork.on(database).of(new PopoloExport(legislators, legislatures));
        votes = UnitsOfWork.on(database).of(new VoteImport(database, voteRepository, legislators, legislatures, ingestion,
                mx.parlamentoabierto.testing.TestEvents.deliveringTo(database), Clock.systemUTC()));
        queries = UnitsOfWork.on(database).of(new VoteQueries(voteRepository, UnitsOfWork.on(database).of(new DocumentCatalog(documents)), new mx.parlamentoabierto.vote.application.MajorityRules()));
        directory = UnitsOfWork.on(database).of(new LegislatorDirectory(database, legislators));
        quality = UnitsOfWork.on(database).of(new DataQuality(voteRepository, legislators, legislatures,
                new mx.parlamentoabierto.debate.infrastructure.JpaDebateRepository(database), Clock.systemUTC()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        archive.close();
    }

    private static PopoloImport.Summary importPopolo() throws Exception {
        try (InputStream in = Files.newInputStream(POPOLO)) {
            return popolo.importFile(ADMIN, "diputados", "everypolitician-mexico.json", in);
        }
    }

    private static ScrapedVoteEvent scrape(String file, String term) throws Exception {
        return new SitlRollCalls().readVoteEvent(new Page(file, Files.readAllBytes(SITL.resolve(file)), null, Instant.parse("2015-03-01T00:00:00Z")),
                ScrapeContext.savedPages(term));
    }

    @Test
    @Order(1)
    void everyPoliticiansExportImportsWholeAndAgainChangesNothing() throws Exception {
        PopoloImport.Summary first = importPopolo();
        assertEquals(560, first.records().get("persons").created());
        assertEquals(560, first.records().get("memberships").created());
        assertEquals(10, first.records().get("organizations").created());
        assertEquals(335, first.records().get("areas").created());
        assertEquals(2, first.records().get("terms").created(), "LXII and LXIII from the legislative-period events");
        assertEquals(33, first.skippedEvents(), "the elections are not terms");

        PopoloImport.Summary again = importPopolo();
        again.records().forEach((kind, counts) -> {
            assertEquals(0, counts.created(), kind);
            assertEquals(0, counts.updated(), kind);
        });
        var term = InUnit.of(database, em -> legislators.term("diputados", "LXII")).orElseThrow();
        assertEquals(java.time.LocalDate.of(2012, 9, 1), term.startDate());
        String beltrones = directory.search(new LegislatorDirectory.Query("diputados", null, null, null, null, "beltrones", 0, 10))
                .entries().get(0).personId();
        assertTrue(InUnit.of(database, em -> legislators.identifiersOf(beltrones)).contains(new Identifier("sitl:LXII", "316")),
                "the SITL number is learned from the membership's source");
    }

    @Test
    @Order(2)
    void theExportIsValidPopoloAndImportsBackUnchanged() throws Exception {
        JsonNode exported = export.export("diputados");
        Map<String, String> schemas = Map.of("persons", "person.json", "organizations", "organization.json", "memberships", "membership.json",
                "areas", "area.json", "posts", "post.json", "events", "event.json");
        int checked = 0;
        for (Map.Entry<String, String> kind : schemas.entrySet()) {
            for (JsonNode item : exported.get(kind.getKey())) {
                List<String> problems = PopoloSchemas.problems(kind.getValue(), item);
                assertTrue(problems.isEmpty(), kind.getKey() + " " + item.path("id") + ": " + problems);
                checked++;
            }
        }
        assertEquals(560 + 10 + 560 + 335 + 2, checked);
        JsonNode wrong = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"name\": 5, \"birth_date\": \"27/09/1950\"}");
        assertEquals(2, PopoloSchemas.problems("person.json", wrong).size(), "the validator refuses what the schema refuses");
    }

    @Test
    @Order(3)
    void aFileWithABrokenReferenceNamesThePathAndWritesNothing() {
        String broken = "{\"persons\": [{\"id\": \"nueva\", \"name\": \"Persona Nueva\"}], \"memberships\": ["
                + "{\"person_id\": \"nueva\", \"organization_id\": \"no-existe\"}]}";
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class,
                () -> popolo.importFile(ADMIN, "diputados", "roto.json", new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
        assertEquals("$.memberships[0].organization_id", e.location());
        assertTrue(InUnit.of(database, em -> legislators.person("diputados:nueva")).isEmpty(), "nothing half-written");
        assertThrows(AccessDeniedException.class, () -> popolo.importFile(SONORA_STAFF, "diputados", "x.json",
                new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))), "another legislature's staff");
    }

    @Test
    @Order(4)
    void aRollCallIsStoredWithEveryVoterMatchedOrKeptAndItsPageArchived() throws Exception {
        ScrapedVoteEvent page = scrape("sil62vot2.txt", "LXII");
        byte[] bytes = Files.readAllBytes(SITL.resolve("sil62vot2.txt"));
        VoteImport.Outcome outcome = votes.importScraped(ADMIN, page, bytes);
        assertEquals("imported", outcome.status());
        assertEquals("diputados:LXII:2", outcome.voteEventId());
        assertEquals(page.votes().size(), outcome.votes(), "no voter dropped");
        assertEquals(outcome.votes(), outcome.matched() + outcome.unmatched());
        assertTrue(outcome.matched() >= 25, "the term's members in the Popolo file are found: " + outcome.matched());
        assertTrue(outcome.countsAgree());

        Document archived = InUnit.of(database, em -> documents.find(outcome.documentId())).orElseThrow();
        assertEquals(Sha256.hex(bytes), archived.sha256());
        assertEquals(DocumentType.VOTACION, archived.type());
        assertEquals(page.provenance().sourceUrl().toString(), archived.sourceUrl());

        VoteQueries.EventDetail detail = queries.event(outcome.voteEventId());
        assertEquals(outcome.votes(), detail.votes().size());
        VoteLine beltrones = detail.votes().stream().filter(v -> "316".equals(v.voterSourceId())).findFirst().orElseThrow();
        assertEquals("id", beltrones.matchMethod());
        assertNotNull(beltrones.personId());
        assertEquals("Partido Revolucionario Institucional", detail.byGroup().get(beltrones.groupId()).groupName(),
                "the page's PRI is the Popolo file's PRI");
        assertTrue(detail.votes().stream().anyMatch(v -> v.personId() == null && !v.voterName().isBlank()), "unmatched voters are kept");
        assertEquals(7, detail.byGroup().size());
        int sum = detail.byGroup().values().stream().mapToInt(g -> g.tally().total()).sum();
        assertEquals(outcome.votes(), sum);
        assertFalse(detail.totals().isEmpty(), "the printed totals are kept");

        VoteImport.Outcome again = votes.importScraped(ADMIN, scrape("sil62vot2.txt", "LXII"), bytes);
        assertEquals("unchanged", again.status());
        assertEquals(outcome.documentId(), again.documentId());
    }

    @Test
    @Order(5)
    void aPageOfAnotherTermIsRefusedByItsDate() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> votes.importScraped(ADMIN, scrape("sil62vot49.txt", "LXIII"), Files.readAllBytes(SITL.resolve("sil62vot49.txt"))));
        assertEquals("date", e.field());
        assertTrue(e.getMessage().contains("fuera de la LXIII"), e.getMessage());
        String sha = Sha256.hex(Files.readAllBytes(SITL.resolve("sil62vot49.txt")));
        assertTrue(InUnit.of(database, em -> documents.findBySha256(sha)).isEmpty(),
                "a refused page is not archived");
    }

    @Test
    @Order(6)
    void totalsThatDisagreeAreStoredFlaggedAndReported() throws Exception {
        String page = new String(Files.readAllBytes(SITL.resolve("sil62vot33.txt")), StandardCharsets.ISO_8859_1);
        int favor = page.indexOf("<b>A favor: ") + "<b>A favor: ".length();
        String broken = page.substring(0, favor) + "9" + page.substring(favor);
        byte[] bytes = broken.getBytes(StandardCharsets.ISO_8859_1);
        ScrapedVoteEvent event = new SitlRollCalls().readVoteEvent(new Page("sil62vot33.txt", bytes, null, Instant.now()), ScrapeContext.savedPages("LXII"));
        VoteImport.Outcome outcome = votes.importScraped(ADMIN, event, bytes);
        assertFalse(outcome.countsAgree());
        DataQuality.Report report = quality.report("diputados", "LXII");
        assertEquals(List.of(outcome.voteEventId()), report.disagreeingCounts().stream().map(e -> e.id()).toList());
        assertFalse(report.unmatchedVoters().isEmpty(), "the voters no person matched are listed");
        assertTrue(report.quietTerms().isEmpty(), "LXII ended in 2015: not expected to vote any more");
    }

    @Test
    @Order(7)
    void aCsvOfVotesIsImportedAndABadRowIsNamedByLineAndColumn() {
        String csv = "vote_event,date,title,term,voter_name,voter_id,group,option,source_url\n"
                + "csv-1,2013-02-14,\"Dictamen de prueba, con coma\",LXII,Beltrones Rivera Manlio Fabio,316,PRI,a favor,https://example.org/v/1\n"
                + "csv-1,2013-02-14,\"Dictamen de prueba, con coma\",LXII,Nadie Conocido Juan,,PAN,Inasistencia justificada,https://example.org/v/1\n";
        VoteImport.CsvSummary summary = votes.importCsv(ADMIN, "diputados", "votos.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, summary.events().size());
        VoteImport.Outcome outcome = summary.events().get(0);
        assertEquals(1, outcome.matched());
        assertEquals(1, outcome.unmatched());
        VoteQueries.EventDetail detail = queries.event("diputados:LXII:csv-1");
        assertEquals(VoteOption.EXCUSED, detail.votes().get(1).option(), "excused is never absent");
        assertEquals("Dictamen de prueba, con coma", detail.event().title());

        String bad = "vote_event,date,title,term,voter_name,option,source_url\ncsv-2,2013-02-14,T,LXII,Alguien,tal vez,https://example.org/v/2\n";
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class,
                () -> votes.importCsv(ADMIN, "diputados", "malo.csv", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertEquals("línea 2, columna 'option'", e.location());
        assertTrue(InUnit.of(database, em -> new JpaVoteRepository(database).event("diputados:LXII:csv-2")).isEmpty());

        String laterEventOutOfTerm = "vote_event,date,title,term,voter_name,option,source_url\n"
                + "csv-3,2013-02-14,T,LXII,Alguien,a favor,https://example.org/v/3\n"
                + "csv-4,2019-02-14,T,LXII,Alguien,a favor,https://example.org/v/4\n";
        InvalidInputException outOfTerm = assertThrows(InvalidInputException.class, () -> votes.importCsv(ADMIN, "diputados", "dos.csv",
                new ByteArrayInputStream(laterEventOutOfTerm.getBytes(StandardCharsets.UTF_8))));
        assertEquals("date", outOfTerm.field());
        assertTrue(InUnit.of(database, em -> new JpaVoteRepository(database).event("diputados:LXII:csv-3")).isEmpty(),
                "the file is refused whole, its first vote event too");
    }

    @Test
    @Order(8)
    void theDirectoryFindsPeopleWhateverTheAccentsAndAPersonsRecordAddsUp() {
        var found = directory.search(new LegislatorDirectory.Query("diputados", null, null, null, null, "ANORVE banos", 0, 10));
        assertEquals(List.of("Manuel Añorve Baños"), found.entries().stream().map(LegislatorDirectory.Entry::name).toList());
        var nuevoLeon7 = directory.search(new LegislatorDirectory.Query("diputados", "LXIII", null, "nuevo-leon", 7, null, 0, 10));
        assertEquals(1, nuevoLeon7.total(), "one deputy per district and term");
        assertEquals("Pablo Elizondo García", nuevoLeon7.entries().get(0).name());
        var pri = directory.search(new LegislatorDirectory.Query("diputados", "LXII", "diputados:PRI", null, null, null, 0, 5));
        assertEquals(29, pri.total());
        assertEquals(5, pri.entries().size());

        String beltrones = directory.search(new LegislatorDirectory.Query("diputados", null, null, null, null, "beltrones", 0, 10))
                .entries().get(0).personId();
        VoteQueries.Record record = queries.recordOf(beltrones);
        assertEquals(3, record.rollCalls(), "two scraped pages and the CSV");
        var history = queries.votesOf(beltrones, Optional.empty(), null, 0, 10);
        assertEquals(3, history.total());
        assertEquals("diputados:LXII:csv-1", history.items().get(0).voteEventId(), "newest first");
        assertEquals(1, queries.votesOf(beltrones, Optional.empty(), "prueba", 0, 10).total());
        VoteRepository.Page<mx.parlamentoabierto.vote.domain.VoteEvent> events = queries.events("diputados", "LXII", null, null, "trabajo", 0, 10);
        assertEquals(1, events.total(), "the Ley Federal del Trabajo vote");
    }

    @Test
    @Order(9)
    void votersImportedBeforeTheirLegislatorFindThemWhenTheyArrive() {
        String file = "{\"persons\": [{\"id\": \"nadie-conocido\", \"name\": \"Juan Nadie Conocido\", \"sort_name\": \"Nadie Conocido Juan\"}],"
                + "\"memberships\": [{\"person_id\": \"nadie-conocido\", \"organization_id\": \"4ed355ff-3f76-43ce-aa10-8b6e82a16068\","
                + "\"legislative_period_id\": \"term/62\"}]}";
        popolo.importFile(ADMIN, "diputados", "uno-mas.json", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        int before = queries.event("diputados:LXII:csv-1").event().tally().unmatched();
        assertEquals(1, votes.rematch(ADMIN, "diputados"), "the CSV's unmatched voter");
        VoteQueries.EventDetail detail = queries.event("diputados:LXII:csv-1");
        assertEquals(before - 1, detail.event().tally().unmatched());
        assertEquals("diputados:nadie-conocido", detail.votes().get(1).personId());
        assertEquals("name", detail.votes().get(1).matchMethod());
    }

    private static RecordSearchResult searchRecords(RecordKind kind, String text, Set<String> legislatures) {
        return recordIndex.search(new RecordQuery(text, kind, legislatures, Optional.empty(), Optional.empty(), 1, 10));
    }

    @Test
    @Order(10)
    void voteEventsAndLegislatorsAreFoundInElasticsearchWithTheArchivesSpanishAnalysis() {
        RecordSearchSync sync = new RecordSearchSync(queries, directory, recordIndex);
        events.alsoTo(sync);
        RecordSearchSync.Round first = sync.synchronise();
        long events = InUnit.of(database, em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM vote_event").getSingleResult()).longValue());
        long persons = InUnit.of(database, em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM person").getSingleResult()).longValue());
        assertEquals(events, first.voteEvents(), "the first round indexes every vote event");
        assertEquals(persons, first.people(), "and every legislator");
        assertEquals(new RecordSearchSync.Round(0, 0), sync.synchronise(), "nothing changed, nothing indexed again");
        recordIndex.refresh();

        RecordSearchResult people = searchRecords(RecordKind.PERSON, "ANORVE banos", Set.of());
        assertEquals(1, people.total(), "accents and case do not matter");
        RecordSearchResult.Hit anorve = people.hits().get(0);
        assertTrue(anorve.title().contains("<mark>Añorve</mark>"), anorve.title());
        assertEquals("diputados", anorve.legislatureId());
        assertNotNull(anorve.detail(), "the parliamentary group is shown");
        assertEquals(2, searchRecords(RecordKind.PERSON, "beltrones", Set.of()).total(), "Manlio Fabio and Sylvana Beltrones");
        assertEquals(0, searchRecords(RecordKind.PERSON, "beltrones", Set.of("sonora")).total(), "only the legislature asked for");

        RecordSearchResult trabajo = searchRecords(RecordKind.VOTE_EVENT, "trabajos", Set.of());
        assertEquals(1, trabajo.total(), "a plural finds the singular: the Ley Federal del Trabajo vote");
        assertTrue(trabajo.hits().get(0).title().contains("<mark>"), trabajo.hits().get(0).title());
        assertTrue(trabajo.hits().get(0).counts().get("yes") > 0, "the counts come with the hit");
        assertEquals(Map.of("2013", 1L), searchRecords(RecordKind.VOTE_EVENT, "prueba", Set.of()).yearFacet().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())), "the CSV's vote event, by year");
        RecordSearchResult all = searchRecords(RecordKind.VOTE_EVENT, "", Set.of("diputados"));
        assertEquals(events, all.total());
        for (int i = 1; i < all.hits().size(); i++) {
            assertFalse(all.hits().get(i).date().isAfter(all.hits().get(i - 1).date()), "without words, newest first");
        }
        assertThrows(IllegalArgumentException.class, () -> searchRecords(RecordKind.VOTE_EVENT, "a* b* c* d*", Set.of()),
                "the archive's limits on prefix searches hold here too");
    }

    /** The real adapter, or one whose node does not answer (nothing listens on port 9): what an outage looks like. */
    private static final class SwitchableRecordIndex implements RecordIndex {
        private final RecordIndex live;
        private final RecordIndex unreachable;
        private volatile boolean down;

        SwitchableRecordIndex(RecordIndex live, RecordIndex unreachable) {
            this.live = live;
            this.unreachable = unreachable;
        }

        private RecordIndex current() {
            return down ? unreachable : live;
        }

        @Override
        public void indexVoteEvents(List<IndexedVoteEvent> events) {
            current().indexVoteEvents(events);
        }

        @Override
        public void indexPeople(List<IndexedPerson> people) {
            current().indexPeople(people);
        }

        @Override
        public RecordSearchResult search(RecordQuery query) {
            return current().search(query);
        }

        @Override
        public void refresh() {
            current().refresh();
        }
    }

    @Test
    @Order(11)
    void voteEventsImportedWhileTheSearchNodeIsDownAreIndexedWhenItIsBack() {
        try (ElasticsearchSearchIndex deadNode = new ElasticsearchSearchIndex("http://127.0.0.1:9", "it-votes",
                IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")))) {
            SwitchableRecordIndex index = new SwitchableRecordIndex(recordIndex,
                    new ElasticsearchRecordIndex(deadNode, java.time.Duration.ofSeconds(2)));
            RecordSearchSync sync = new RecordSearchSync(queries, directory, index);
            events.alsoTo(sync);
            sync.synchronise();
            index.down = true;
            String csv = "vote_event,date,title,term,voter_name,option,source_url\n"
                    + "csv-apagon,2013-03-01,Votación durante el apagón del buscador,LXII,Alguien Distinto,a favor,https://example.org/v/9\n";
            votes.importCsv(ADMIN, "diputados", "apagon.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
            assertThrows(SearchUnavailableException.class, sync::synchronise, "the round fails and says so");
            assertThrows(SearchUnavailableException.class, sync::synchronise, "and so does the next while the node is down");

            index.down = false;
            assertEquals(1, sync.synchronise().voteEvents(), "once the node answers, the vote event imported meanwhile is indexed");
            recordIndex.refresh();
            assertEquals(List.of("diputados:LXII:csv-apagon"),
                    searchRecords(RecordKind.VOTE_EVENT, "apagon", Set.of()).hits().stream().map(RecordSearchResult.Hit::id).toList());
        }
    }

    private static final Path ROSTERS = Path.of("src/test/resources/corpora");

    /**
     * The Chamber's roster of every deputy LVII–LXIV and the Senate's of 2000–2006 (issue 28): the LXII roll call whose
     * voters the EveryPolitician file mostly lacks finds almost all of them once the roster is in; the roster imported
     * again changes nothing; a roster sent to the other chamber, or a file of neither layout, is refused with its reason.
     */
    @Test
    @Order(12)
    void aChambersRosterBringsItsMembersAndTheirVotesFindThem() throws Exception {
        RosterImport rosters = UnitsOfWork.on(database).of(new RosterImport(legislators, archive.legislatures,
                UnitsOfWork.on(database).of(new AuditTrail(new JpaAuditRepository(database), Clock.systemUTC())), mx.parlamentoabierto.testing.TestEvents.deliveringTo(database),
                Clock.systemUTC()));
        byte[] chamber = Files.readAllBytes(ROSTERS.resolve("diputados-estenograficas/all-dips.csv"));
        VoteQueries.EventDetail before = queries.event("diputados:LXII:2");
        RosterImport.Summary first = rosters.importFile(ADMIN, "diputados", "all-dips.csv", chamber);
        assertEquals("roster-diputados", first.layout());
        assertTrue(first.personsCreated() > 3000, "persons created: " + first.personsCreated());
        assertTrue(first.personsFound() >= 25, "the deputies the Popolo file already had are the same persons: " + first.personsFound());
        assertTrue(votes.rematch(ADMIN, "diputados") > 0);
        VoteQueries.EventDetail after = queries.event("diputados:LXII:2");
        int total = after.event().tally().total();
        int unmatched = after.event().tally().unmatched();
        List<String> stillUnmatched = after.votes().stream().filter(v -> v.personId() == null).map(VoteLine::voterName).toList();
        System.out.println("LXII roll call 2: " + before.event().tally().unmatched() + " of " + total + " voters unmatched before the roster, "
                + unmatched + " after: " + stillUnmatched);
        assertTrue(total - unmatched >= 0.98 * total, "voters matched after the roster: " + (total - unmatched) + " of " + total + "; unmatched "
                + stillUnmatched);

        RosterImport.Summary again = rosters.importFile(ADMIN, "diputados", "all-dips.csv", chamber);
        assertEquals(0, again.personsCreated());
        assertTrue(again.records().values().stream().allMatch(c -> c.created() == 0 && c.updated() == 0), "again: " + again.records());

        byte[] senate = Files.readAllBytes(ROSTERS.resolve("senado-votaciones/senadores/sen58-59.csv"));
        RosterImport.Summary senators = rosters.importFile(ADMIN, "senado", "sen58-59.csv", senate);
        assertEquals("roster-senado", senators.layout());
        assertTrue(senators.personsCreated() > 200, "senators: " + senators.personsCreated());
        assertEquals(List.of("LIX", "LVIII"), directory.terms("senado").stream().map(t -> t.id()).sorted().toList());
        assertTrue(InUnit.of(database, em -> legislators.memberships("senado")).stream().anyMatch(m -> m.label() != null && m.label().startsWith("Suplente de ")),
                "a substitute's membership names the titular");
        InvalidInputException wrongChamber = assertThrows(InvalidInputException.class,
                () -> rosters.importFile(ADMIN, "diputados", "sen58-59.csv", senate));
        assertTrue(wrongChamber.getMessage().contains("--legislature senado"), wrongChamber.getMessage());
        InvalidDataFileException neither = assertThrows(InvalidDataFileException.class, () -> rosters.importFile(ADMIN, "senado", "otro.csv",
                "nombre,partido\nAlguien,PAN\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(neither.getMessage().contains("otro.csv") && neither.getMessage().contains("no es un padrón"), neither.getMessage());
        assertThrows(AccessDeniedException.class, () -> rosters.importFile(SONORA_STAFF, "senado", "sen58-59.csv", senate));
    }

    private static final Path DIARIO = Path.of("../scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/senado/diario-lix-2");

    /**
     * Every roll call of the 98 Diario pages of the LIX's second year stored (issue 28) after the Senate's roster of the
     * mandate: at least 98% of the voters are the roster's senators, each page archived once, the same pages again change
     * nothing.
     */
    @Test
    @Order(13)
    void theSenatesRollCallsFindTheirSenators() throws Exception {
        mx.parlamentoabierto.scrapers.jurisdictions.senado.DiarioRollCalls diario = new mx.parlamentoabierto.scrapers.jurisdictions.senado.DiarioRollCalls();
        List<Path> pages;
        try (var files = Files.list(DIARIO)) {
            pages = files.sorted().toList();
        }
        int events = 0;
        long voters = 0;
        long matched = 0;
        java.util.Map<String, Integer> unmatched = new java.util.TreeMap<>();
        for (Path path : pages) {
            byte[] bytes = Files.readAllBytes(path);
            for (var record : diario.read(new Page(path.getFileName().toString(), bytes, null, Instant.parse("2024-01-01T00:00:00Z")),
                    ScrapeContext.savedPages(null))) {
                VoteImport.Outcome o = votes.importScraped(ADMIN, (ScrapedVoteEvent) record, bytes);
                events++;
                voters += o.votes();
                matched += o.matched();
                o.unmatchedNames().forEach(n -> unmatched.merge(n, 1, Integer::sum));
            }
        }
        System.out.println("Senado LIX-2: " + events + " roll calls, " + matched + " of " + voters + " votes matched to senators ("
                + String.format("%.1f%%", 100.0 * matched / voters) + "); unmatched names: " + unmatched);
        assertEquals(101, events);
        assertTrue(matched >= 0.98 * voters, matched + " of " + voters + " matched; unmatched " + unmatched);
        Path first = pages.get(0);
        byte[] again = Files.readAllBytes(first);
        for (var record : diario.read(new Page(first.getFileName().toString(), again, null, Instant.parse("2024-01-01T00:00:00Z")),
                ScrapeContext.savedPages(null))) {
            assertEquals("unchanged", votes.importScraped(ADMIN, (ScrapedVoteEvent) record, again).status());
        }
    }

    private static final Path PDFS = Path.of("../scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/senado/votaciones-pdf");

    /**
     * The Senate's vote PDFs of 2006–07 through the real extraction workers (issue 28), after the roster of the LX–LXI
     * mandate: every PDF imports, every roll call in it; at least 98% of the votes are the roster's senators; the roll
     * calls whose printed totals disagree with their own list are kept with both figures.
     */
    @Test
    @Order(14)
    void theSenatesVotePdfsAreReadThroughTheWorkersAndFindTheirSenators() throws Exception {
        RosterImport rosters = UnitsOfWork.on(database).of(new RosterImport(legislators, archive.legislatures,
                UnitsOfWork.on(database).of(new AuditTrail(new JpaAuditRepository(database), Clock.systemUTC())), mx.parlamentoabierto.testing.TestEvents.deliveringTo(database),
                Clock.systemUTC()));
        rosters.importFile(ADMIN, "senado", "sen60-61.csv", Files.readAllBytes(ROSTERS.resolve("senado-votaciones/senadores/sen60-61.csv")));
        ScrapedPages pages = new ScrapedPages(votes, new mx.parlamentoabierto.debate.application.DebateImport(database,
                new mx.parlamentoabierto.debate.infrastructure.JpaDebateRepository(database), voteRepository, legislators, archive.legislatures,
                archive.ingestion, mx.parlamentoabierto.testing.TestEvents.deliveringTo(database), Clock.systemUTC()), archive.extractor);
        mx.parlamentoabierto.scrapers.jurisdictions.senado.VotePdfRollCalls pdf = new mx.parlamentoabierto.scrapers.jurisdictions.senado.VotePdfRollCalls();
        List<Path> files;
        try (var list = Files.list(PDFS)) {
            files = list.sorted().toList();
        }
        int events = 0;
        int disagree = 0;
        long voters = 0;
        long matched = 0;
        java.util.Map<String, Integer> unmatched = new java.util.TreeMap<>();
        for (Path file : files) {
            ScrapedPages.Result result = pages.read(ADMIN, pdf, new Page(file.getFileName().toString(), Files.readAllBytes(file), null,
                    Instant.parse("2024-01-01T00:00:00Z")), null);
            for (VoteImport.Outcome o : result.outcomes()) {
                events++;
                voters += o.votes();
                matched += o.matched();
                disagree += o.countsAgree() ? 0 : 1;
                o.unmatchedNames().forEach(n -> unmatched.merge(n, 1, Integer::sum));
            }
        }
        System.out.println("Senado PDFs: " + files.size() + " files, " + events + " roll calls (" + disagree + " whose printed totals disagree with "
                + "their list), " + matched + " of " + voters + " votes matched (" + String.format("%.1f%%", 100.0 * matched / voters)
                + "); unmatched: " + unmatched);
        assertEquals(64, files.size());
        assertTrue(events >= 300, "roll calls: " + events);
        assertTrue(matched >= 0.98 * voters, matched + " of " + voters + "; unmatched " + unmatched);
        assertTrue(disagree <= 0.1 * events, disagree + " of " + events + " disagree with their own printed totals");
    }
}
