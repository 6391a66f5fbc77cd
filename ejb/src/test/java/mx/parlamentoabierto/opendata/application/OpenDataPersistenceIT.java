package mx.parlamentoabierto.opendata.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import mx.parlamentoabierto.testing.UnitsOfWork;
import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.budget.infrastructure.JpaBudgetRepository;
import mx.parlamentoabierto.compliance.application.ComplianceService;
import mx.parlamentoabierto.compliance.infrastructure.SqlPortalHoldings;
import mx.parlamentoabierto.demo.DemoEditionGenerator;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.opendata.domain.DatasetVersion;
import mx.parlamentoabierto.opendata.infrastructure.SqlDatasetSources;
import mx.parlamentoabierto.platform.PortalTime;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.DatabaseSettings;
import mx.parlamentoabierto.scoring.application.AnswerService;
import mx.parlamentoabierto.scoring.application.RankRobustnessService;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.infrastructure.JpaAnswerRepository;
import mx.parlamentoabierto.scoring.infrastructure.JpaEditionRepository;
import mx.parlamentoabierto.testing.TestDatabase;

/**
 * The open data set's SQL on the production database as well as H2 (the suite runs it again on PostgreSQL with
 * {@code ./parlamento test --db …}): 12,000 votes — more than two of the builder's keyset pages — come out whole and in
 * order, every dataset is built with as many rows as its table holds, a build with nothing changed records no version,
 * and a change records one while the earlier version's files stay.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataPersistenceIT {

    private static final int EVENTS = 24;
    private static final int VOTERS = 500;
    private static Database database;
    private static OpenData openData;
    private static RankingService rankings;
    @TempDir
    static Path files;

    @BeforeAll
    static void open() throws Exception {
        database = TestDatabase.cleanAndOpen();
        ConfigurationFiles config = ConfigurationFiles.read(Path.of(System.getProperty("parlamento.config.dir")));
        JpaLegislatureRepository legislatureRepository = new JpaLegislatureRepository(database);
        LegislatureCatalog legislatures = UnitsOfWork.on(database).of(new LegislatureCatalog(legislatureRepository));
        legislatures.synchronize(config.legislatures());
        MethodologyCatalog methodologies = UnitsOfWork.on(database).of(new MethodologyCatalog(new mx.parlamentoabierto.methodology.infrastructure.JpaFrozenVersions(database), java.time.Clock.systemUTC()));
        methodologies.load(config.methodologies());
        JpaEditionRepository editions = new JpaEditionRepository(database);
        JpaAnswerRepository answerRepository = new JpaAnswerRepository(database);
        rankings = UnitsOfWork.on(database).of(new RankingService(database, editions, answerRepository, legislatureRepository, methodologies));
        AnswerService answers = UnitsOfWork.on(database).of(new AnswerService(editions, answerRepository, legislatureRepository, rankings,
                mx.parlamentoabierto.testing.TestEvents.deliveringTo(database, rankings), java.time.Clock.systemUTC()));
        UnitsOfWork.on(database).of(new DemoEditionGenerator(answers, rankings)).generateIfMissing(methodologies.latest("parlamento-abierto-mx").orElseThrow(),
                legislatures.all());
        ComplianceService compliance = new ComplianceService(UnitsOfWork.on(database).of(new SqlPortalHoldings(database, new JpaBudgetRepository(database))), legislatures,
                Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), PortalTime.ZONE));
        compliance.load(config.obligations(), config.suggestions());
        SqlDatasetSources sources = new SqlDatasetSources(database, rankings, new RankRobustnessService(rankings, 500, 1L), methodologies, compliance);
        openData = UnitsOfWork.on(database).of(new OpenData(database, new mx.parlamentoabierto.opendata.infrastructure.JpaDatasetVersions(database), sources, files.resolve("opendata"), "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
                java.time.Clock.systemUTC()));
        insertRollCalls(0, EVENTS);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** Roll calls {@code from}…{@code to - 1} of {@value #VOTERS} deputies each, with JDBC batches. */
    private static void insertRollCalls(int from, int to) throws Exception {
        DatabaseSettings settings = TestDatabase.settings();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            c.setAutoCommit(false);
            if (from == 0) {
                try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, legislature_id, source_id, name, sort_name, name_key, "
                        + "search_name, updated_at) VALUES (?, 'diputados', ?, ?, ?, ?, ?, ?)")) {
                    for (int p = 0; p < VOTERS; p++) {
                        person.setString(1, "diputados:od-" + p);
                        person.setString(2, "od-" + p);
                        person.setString(3, "Diputada, \"Prueba\" " + p); // a comma and quotes: CSV quoting
                        person.setString(4, "Prueba " + p);
                        person.setString(5, "prueba " + p);
                        person.setString(6, "diputada prueba " + p);
                        person.setTimestamp(7, now);
                        person.addBatch();
                    }
                    person.executeBatch();
                }
            }
            String[] options = {"YES", "NO", "ABSTAIN", "ABSENT", "EXCUSED"};
            try (PreparedStatement event = c.prepareStatement("INSERT INTO vote_event (id, legislature_id, term_id, identifier, vote_date, title, "
                    + "search_title, source_url, retrieved_at, content_sha256, counts_agree, yes_count, no_count, abstain_count, absent_count, "
                    + "excused_count, not_voting_count, present_count, paired_count, other_count, unmatched_count, imported_by, imported_at) "
                    + "VALUES (?, 'diputados', 'LXVI', ?, ?, ?, ?, 'https://example.org/v', ?, ?, TRUE, 100, 100, 100, 100, 100, 0, 0, 0, 0, 0, 'prueba', ?)");
                    PreparedStatement vote = c.prepareStatement("INSERT INTO vote (vote_event_id, line_no, person_id, voter_name, vote_option, "
                            + "match_method) VALUES (?, ?, ?, ?, ?, 'id')")) {
                for (int e = from; e < to; e++) {
                    String id = "diputados:LXVI:od-" + e;
                    event.setString(1, id);
                    event.setString(2, "od-" + e);
                    event.setObject(3, java.sql.Date.valueOf(java.time.LocalDate.of(2026, 1, 1).plusDays(e)));
                    event.setString(4, "Votación " + e);
                    event.setString(5, "votacion " + e);
                    event.setTimestamp(6, now);
                    event.setString(7, String.format("%064x", e));
                    event.setTimestamp(8, now);
                    event.executeUpdate();
                    for (int p = 0; p < VOTERS; p++) {
                        vote.setString(1, id);
                        vote.setInt(2, p + 1);
                        vote.setString(3, "diputados:od-" + p);
                        vote.setString(4, "Diputada, \"Prueba\" " + p);
                        vote.setString(5, options[(p + e) % options.length]);
                        vote.addBatch();
                    }
                    vote.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static Map<String, OpenData.Outcome> build() {
        Map<String, OpenData.Outcome> byName = new HashMap<>();
        openData.buildIfChanged().forEach(o -> byName.put(o.dataset(), o));
        return byName;
    }

    @Test
    @Order(1)
    void everyDatasetIsBuiltWithEveryRowAndTheVotesComeOutWholeAcrossPages() throws Exception {
        Map<String, OpenData.Outcome> built = build();
        assertEquals(12, built.size());
        built.values().forEach(o -> assertEquals("built", o.status(), o.toString()));
        assertEquals((long) EVENTS * VOTERS, built.get("votes").rows(), "more than two keyset pages of 5,000");
        assertEquals(EVENTS, built.get("vote-events").rows());
        assertEquals(VOTERS, built.get("legislators").rows());
        assertEquals(3 * 34, built.get("rankings").rows(), "34 legislatures under three aggregations");
        assertEquals(34 * 95, built.get("answers").rows());

        DatasetVersion votes = openData.latest("votes").orElseThrow();
        List<String> lines = Files.readAllLines(openData.file(votes, "csv"), StandardCharsets.UTF_8);
        assertEquals(EVENTS * VOTERS + 1, lines.size());
        assertEquals("vote_event_id,date,legislature_id,line,voter_id,voter_name,option,raw_option,group_id,match", lines.get(0));
        assertTrue(lines.get(1).startsWith("diputados:LXVI:od-0,2026-01-01,diputados,1,diputados:od-0,\"Diputada, \"\"Prueba\"\" 0\",yes,"), lines.get(1));
        assertEquals(EVENTS * VOTERS, lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(",2026-")) + "|" + l.split(",")[3]).distinct().count(),
                "no vote twice, none missing");
        JsonNode json = new ObjectMapper().readTree(openData.file(votes, "json").toFile());
        assertEquals(EVENTS * VOTERS, json.size());
        assertEquals("Diputada, \"Prueba\" 0", json.get(0).get("voter_name").asText());
        assertEquals("yes", json.get(0).get("option").asText(), "the API's lower-case code, not the stored enum name");
        assertEquals(1, json.get(0).get("line").asInt());
    }

    @Test
    @Order(2)
    void anUnchangedDatabaseRecordsNoVersionAndAChangedOneDoesWhileTheEarlierFilesStay() throws Exception {
        DatasetVersion before = openData.latest("votes").orElseThrow();
        Map<String, OpenData.Outcome> again = build();
        again.values().forEach(o -> assertNotEquals("built", o.status(), "nothing changed: " + o));

        insertRollCalls(EVENTS, EVENTS + 1);
        Map<String, OpenData.Outcome> changed = build();
        assertEquals("built", changed.get("votes").status());
        assertEquals((long) (EVENTS + 1) * VOTERS, changed.get("votes").rows());
        List<DatasetVersion> versions = openData.versions("votes");
        assertEquals(2, versions.size());
        assertNotEquals(before.version(), versions.get(0).version(), "newest first");
        assertTrue(Files.isRegularFile(openData.file(before, "csv")), "the earlier version's file is kept");
        assertEquals(before.csvSha256(), sha256(openData.file(before, "csv")));
        assertEquals(versions.get(0).csvSha256(), sha256(openData.file(versions.get(0), "csv")));
        assertTrue(rankings.editions().stream().anyMatch(e -> e.id().equals(DemoEditionGenerator.DEMO_EDITION_ID)), "the demonstration edition is public");
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
