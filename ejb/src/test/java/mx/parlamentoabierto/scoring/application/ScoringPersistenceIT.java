package mx.parlamentoabierto.scoring.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import mx.parlamentoabierto.testing.UnitsOfWork;
import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.demo.DemoEditionGenerator;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.infrastructure.MethodologyFile;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;
import mx.parlamentoabierto.scoring.domain.RankedScore;
import mx.parlamentoabierto.scoring.infrastructure.JpaAnswerRepository;
import mx.parlamentoabierto.scoring.infrastructure.JpaEditionRepository;
import mx.parlamentoabierto.testing.TestDatabase;

/**
 * The whole persistence path on a real database (H2 by default, PostgreSQL with --db): Flyway schema,
 * registry and methodology synchronisation, frozen methodology versions, the demo edition, answers and
 * rankings recomputed from them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringPersistenceIT {

    private static Database database;
    private static LegislatureCatalog legislatures;
    private static MethodologyCatalog methodologies;
    private static RankingService rankings;
    private static AnswerService answers;
    private static DemoEditionGenerator demo;
    private static ConfigurationFiles files;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.cleanAndOpen();
        files = ConfigurationFiles.read(Path.of(System.getProperty("parlamento.config.dir")));
        JpaLegislatureRepository legislatureRepository = new JpaLegislatureRepository(database);
        legislatures = UnitsOfWork.on(database).of(new LegislatureCatalog(legislatureRepository));
        methodologies = UnitsOfWork.on(database).of(new MethodologyCatalog(new mx.parlamentoabierto.methodology.infrastructure.JpaFrozenVersions(database), java.time.Clock.systemUTC()));
        JpaEditionRepository editions = new JpaEditionRepository(database);
        JpaAnswerRepository answerRepository = new JpaAnswerRepository(database);
        rankings = UnitsOfWork.on(database).of(new RankingService(database, editions, answerRepository, legislatureRepository, methodologies));
        answers = UnitsOfWork.on(database).of(new AnswerService(editions, answerRepository, legislatureRepository, rankings,
                mx.parlamentoabierto.testing.TestEvents.deliveringTo(database, rankings), java.time.Clock.systemUTC()));
        demo = UnitsOfWork.on(database).of(new DemoEditionGenerator(answers, rankings));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theRegistryIsSynchronisedOnceAndThenLeftAlone() {
        assertEquals(34, legislatures.synchronize(files.legislatures()));
        assertEquals(0, legislatures.synchronize(files.legislatures()));
        assertEquals(34, legislatures.all().size());
        assertEquals("Congreso del Estado de Jalisco", legislatures.find("jalisco").orElseThrow().name());
        assertTrue(legislatures.find("atlantida").isEmpty());
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aMethodologyVersionIsFrozenAndCannotChangeUnderTheSameVersion() {
        methodologies.load(files.methodologies());
        methodologies.load(files.methodologies());
        Methodology loaded = methodologies.latest("parlamento-abierto-mx").orElseThrow();
        assertEquals(95, loaded.variables().size());

        MethodologyFile.Loaded original = files.methodologies().get(0);
        String changed = new String(original.content(), StandardCharsets.UTF_8).replace("Se publica la agenda legislativa.",
                "Se publica la agenda legislativa completa.");
        MethodologyFile.Loaded edited = new MethodologyFile.Loaded(
                MethodologyFile.parse(original.file(), changed.getBytes(StandardCharsets.UTF_8)), original.file(),
                changed.getBytes(StandardCharsets.UTF_8));
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> methodologies.load(List.of(edited)));
        assertTrue(e.problem().contains("ya está congelada"), e.problem());
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void theDemoEditionCoversEveryLegislatureAndVariableAndIsGeneratedOnce() {
        Methodology methodology = methodologies.latest("parlamento-abierto-mx").orElseThrow();
        assertTrue(demo.generateIfMissing(methodology, legislatures.all()));
        assertFalse(demo.generateIfMissing(methodology, legislatures.all()));

        EditionRanking ranking = rankings.ranking(DemoEditionGenerator.DEMO_EDITION_ID, Optional.empty());
        assertTrue(ranking.edition().demo());
        assertEquals(Aggregation.POOLED, ranking.aggregation());
        assertEquals(34, ranking.rows().size());
        assertTrue(ranking.rows().stream().allMatch(r -> r.score().complete()), "34 × 95 answers stored");
        for (int i = 1; i < ranking.rows().size(); i++) {
            assertTrue(ranking.rows().get(i - 1).score().overall() >= ranking.rows().get(i).score().overall());
        }
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void aRevisedAnswerChangesTheRankingBecauseScoresAreRecomputed() {
        String edition = DemoEditionGenerator.DEMO_EDITION_ID;
        EditionRanking before = rankings.ranking(edition, Optional.of(Aggregation.POOLED));
        assertSame(before, rankings.ranking(edition, Optional.of(Aggregation.POOLED)), "unchanged answers reuse the computation");
        RankedScore last = before.rows().get(before.rows().size() - 1);
        String legislature = last.score().legislatureId();
        Scorecard card = rankings.scorecard(edition, legislature, Optional.empty());
        List<AnswerService.AnswerInput> raise = card.principles().stream().flatMap(p -> p.variables().stream())
                .filter(line -> !line.met())
                .map(line -> new AnswerService.AnswerInput(legislature, line.variable().id(), 1, "Verificado en el sitio oficial.",
                        List.of(new EvidenceLink("https://example.org/evidencia/" + line.variable().id(), "Captura", null, null))))
                .toList();
        RankingsContentVersion version = new RankingsContentVersion();
        version.rankings = rankings;
        long published = version.current();
        answers.record(edition, raise);
        assertTrue(version.current() > published, "recording answers moves the version the public page cache compares");

        EditionRanking after = rankings.ranking(edition, Optional.of(Aggregation.POOLED));
        RankedScore now = after.rows().stream().filter(r -> r.score().legislatureId().equals(legislature)).findFirst().orElseThrow();
        assertEquals(1, now.rank());
        assertEquals(100.0, now.score().overall(), 1e-9);
        Scorecard revised = rankings.scorecard(edition, legislature, Optional.empty());
        var line = revised.principles().get(0).variables().stream().filter(l -> l.answer().orElseThrow().justification()
                .equals("Verificado en el sitio oficial.")).findFirst().orElseThrow();
        assertEquals("https://example.org/evidencia/" + line.variable().id(), line.answer().orElseThrow().evidence().get(0).url());
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void anInvalidAnswerRejectsTheWholeBatchAndStoresNothing() {
        String edition = DemoEditionGenerator.DEMO_EDITION_ID;
        EditionRanking before = rankings.ranking(edition, Optional.empty());
        int valueBefore = rankings.scorecard(edition, "senado", Optional.empty()).principles().get(0).variables().get(0)
                .answer().orElseThrow().value();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> answers.record(edition, List.of(
                new AnswerService.AnswerInput("senado", "P1.01", 1 - valueBefore, "cambio válido", List.of()),
                new AnswerService.AnswerInput("senado", "P1.02", 7, "fuera de escala", List.of()))));
        assertTrue(e.getMessage().contains("fuera de la escala"));
        assertEquals(valueBefore, rankings.scorecard(edition, "senado", Optional.empty()).principles().get(0).variables().get(0)
                .answer().orElseThrow().value(), "the valid first answer was rolled back with the invalid second one");
        assertEquals(before.rows().stream().map(r -> r.score().overall()).toList(),
                rankings.ranking(edition, Optional.empty()).rows().stream().map(r -> r.score().overall()).toList());
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void meanAndPooledRankingsAreBothAvailable() {
        EditionRanking pooled = rankings.ranking(DemoEditionGenerator.DEMO_EDITION_ID, Optional.of(Aggregation.POOLED));
        EditionRanking mean = rankings.ranking(DemoEditionGenerator.DEMO_EDITION_ID, Optional.of(Aggregation.MEAN));
        assertNotEquals(pooled.rows().stream().map(r -> r.score().overall()).toList(),
                mean.rows().stream().map(r -> r.score().overall()).toList(), "principles have unequal sizes (6 to 18 variables)");
    }
}
