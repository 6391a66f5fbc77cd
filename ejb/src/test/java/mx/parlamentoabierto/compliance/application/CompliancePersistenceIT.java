package mx.parlamentoabierto.compliance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.testing.InUnit;
import mx.parlamentoabierto.testing.UnitsOfWork;
import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.budget.domain.BudgetBody;
import mx.parlamentoabierto.budget.domain.BudgetFigure;
import mx.parlamentoabierto.budget.domain.BudgetSource;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.budget.infrastructure.JpaBudgetRepository;
import mx.parlamentoabierto.compliance.domain.ComplianceStatus;
import mx.parlamentoabierto.compliance.domain.Holdings;
import mx.parlamentoabierto.compliance.infrastructure.SqlPortalHoldings;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.platform.PortalTime;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.testing.TestDatabase;

/**
 * The compliance dashboard on a real database (H2 here, PostgreSQL with {@code ./parlamento test --db}): what the
 * portal holds is counted in SQL — current documents by type that did not fail, roll calls with votes, legislators
 * with a membership, committee memberships, budget years — and every status follows from it and the date.
 */
class CompliancePersistenceIT {

    private static final Path CONFIG = Path.of(System.getProperty("parlamento.config.dir"));
    /** "Today" for the checks: 2026-12-07 in Mexico City. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), PortalTime.ZONE);

    private static Database database;
    private static SqlPortalHoldings holdings;
    private static ComplianceService compliance;
    private static long nextId = 1_000;

    @BeforeAll
    static void start() {
        database = TestDatabase.cleanAndOpen();
        JpaLegislatureRepository legislatures = new JpaLegislatureRepository(database);
        LegislatureCatalog catalog = UnitsOfWork.on(database).of(new LegislatureCatalog(legislatures));
        ConfigurationFiles files = ConfigurationFiles.read(CONFIG);
        catalog.synchronize(files.legislatures());
        JpaBudgetRepository budgets = new JpaBudgetRepository(database);
        holdings = UnitsOfWork.on(database).of(new SqlPortalHoldings(database, budgets));
        compliance = new ComplianceService(holdings, catalog, TODAY);
        compliance.load(files.obligations(), files.suggestions());

        document("jalisco", "GACETA", LocalDate.of(2026, 11, 20), true, "INDEXED");
        document("jalisco", "GACETA", LocalDate.of(2025, 3, 1), true, "INDEXED");
        document("jalisco", "GACETA", LocalDate.of(2026, 12, 1), false, "INDEXED"); // superseded: not counted
        document("jalisco", "DIARIO_DEBATES", LocalDate.of(2026, 5, 2), true, "INDEXED");
        document("jalisco", "ORDEN_DEL_DIA", LocalDate.of(2026, 11, 30), true, "FAILED"); // failed: not counted
        document("jalisco", "CONTRATO", null, true, "INDEXED");
        document("sonora", "GACETA", LocalDate.of(2026, 12, 2), true, "EXTRACTED");
        voteEvent("jalisco", LocalDate.of(2026, 10, 15), 30);
        voteEvent("jalisco", LocalDate.of(2026, 11, 25), 31);
        voteEvent("jalisco", LocalDate.of(2026, 12, 3), 0); // no vote recorded: not a roll call with votes
        InUnit.run(database, em -> {
            exec(em, "INSERT INTO person (id, legislature_id, source_id, name, sort_name, name_key, search_name, updated_at) VALUES "
                    + "('jalisco:p1', 'jalisco', 'p1', 'Ana Pérez', 'Pérez, Ana', 'perez ana', 'ana perez', ?)", java.sql.Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
            exec(em, "INSERT INTO person (id, legislature_id, source_id, name, sort_name, name_key, search_name, updated_at) VALUES "
                    + "('jalisco:p2', 'jalisco', 'p2', 'Sin Escaño', 'Escaño, Sin', 'escano sin', 'sin escano', ?)", java.sql.Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
            exec(em, "INSERT INTO organization (id, legislature_id, source_id, name, classification, updated_at) VALUES "
                    + "('jalisco:c1', 'jalisco', 'c1', 'Comisión de Hacienda', 'committee', ?)", java.sql.Timestamp.from(Instant.parse("2026-06-01T00:00:00Z")));
            exec(em, "INSERT INTO membership (id, legislature_id, person_id, organization_id) VALUES ('jalisco:m1', 'jalisco', 'jalisco:p1', 'jalisco:c1')");
        });
        InUnit.run(database, em -> {
            budgets.addBody(new BudgetBody("jalisco", "Congreso del Estado de Jalisco", "jalisco"));
            BudgetSource source = new BudgetSource("jalisco.csv", "0".repeat(64), "csv", "prueba", null, Instant.now(), "admin", java.util.Map.of());
            budgets.addSource(source);
            budgets.addLines(source.id(), List.of(new BudgetFigure("jalisco", 2026, BudgetStage.APPROVED, EconomicClass.PERSONAL_SERVICES, "", null,
                    new BigDecimal("100")), new BudgetFigure("jalisco", 2025, BudgetStage.PAID, EconomicClass.PERSONAL_SERVICES, "", null, new BigDecimal("90"))));
        });
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static void exec(jakarta.persistence.EntityManager em, String sql, Object... parameters) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        q.executeUpdate();
    }

    private static void document(String legislature, String type, LocalDate date, boolean current, String status) {
        long id = nextId++;
        InUnit.run(database, em -> exec(em, "INSERT INTO document (id, legislature_id, document_type, document_date, title, version_number, is_current, "
                + "original_file_name, media_type, size_bytes, sha256, text_truncated, embedded_documents, status, received_at, updated_at) "
                + "VALUES (?, ?, ?, CAST(? AS DATE), 'Documento', 1, ?, 'd.pdf', 'application/pdf', 10, ?, FALSE, 0, ?, ?, ?)", id, legislature, type,
                date == null ? null : java.sql.Date.valueOf(date), current, String.format("%064d", id), status,
                java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now())));
    }

    private static void voteEvent(String legislature, LocalDate date, int yes) {
        long id = nextId++;
        InUnit.run(database, em -> exec(em, "INSERT INTO vote_event (id, legislature_id, identifier, vote_date, title, search_title, source_url, retrieved_at, "
                + "content_sha256, counts_agree, yes_count, no_count, abstain_count, absent_count, excused_count, not_voting_count, present_count, "
                + "paired_count, other_count, unmatched_count, imported_by, imported_at) VALUES (?, ?, ?, ?, 'Votación', 'votacion', 'https://x.mx/v', ?, "
                + "'h', TRUE, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'admin', ?)", legislature + ":" + id, legislature, String.valueOf(id), java.sql.Date.valueOf(date),
                java.sql.Timestamp.from(Instant.now()), yes, java.sql.Timestamp.from(Instant.now())));
    }

    @Test
    void whatThePortalHoldsIsCountedInSql() {
        Holdings jalisco = holdings.of("jalisco");
        assertEquals(new Holdings.Records(2, LocalDate.of(2026, 11, 20), 0), jalisco.documents("gaceta"), "current versions only");
        assertEquals(Holdings.Records.NONE, jalisco.documents("orden-del-dia"), "a failed document is no evidence");
        assertEquals(new Holdings.Records(1, null, 1), jalisco.documents("contrato"));
        assertEquals(new Holdings.Records(2, LocalDate.of(2026, 11, 25), 0), jalisco.rollCalls(), "roll calls with votes only");
        assertEquals(1, jalisco.legislators().count(), "legislators with a membership");
        assertEquals(LocalDate.of(2026, 6, 1), jalisco.committees().latest());
        assertEquals(Map.of(BudgetStage.APPROVED, 2026, BudgetStage.PAID, 2025), jalisco.latestBudgetYear());
        Map<String, Holdings> all = holdings.all();
        assertEquals(jalisco, all.get("jalisco"), "one legislature or all: the same counts");
        assertEquals(1, all.get("sonora").documents("gaceta").count());
        assertFalse(all.containsKey("campeche"), "a legislature holding nothing is absent");
    }

    @Test
    void theDashboardGivesEachObligationItsStatusAndTheChecklistWhatToPublishNext() {
        ComplianceService.Dashboard d = compliance.dashboard("jalisco", Optional.empty());
        Map<String, ComplianceStatus> status = new java.util.HashMap<>();
        d.lines().forEach(l -> status.put(l.obligation().id(), l.status()));
        assertEquals(ComplianceStatus.MET, status.get("68-II"), "a gaceta of 2026-11-20");
        assertEquals(ComplianceStatus.MISSING, status.get("68-III"), "the only orden del día failed");
        assertEquals(ComplianceStatus.STALE, status.get("68-IV"), "the last Diario is of May");
        assertEquals(ComplianceStatus.MET, status.get("68-VI"), "roll calls with each legislator's vote");
        assertEquals(ComplianceStatus.STALE, status.get("68-XII"), "contracts without a date cannot show they are current");
        assertEquals(ComplianceStatus.NOT_CHECKABLE, status.get("68-XV"));
        assertEquals(ComplianceStatus.MET, status.get("65-XIX"), "the 2026 approved budget");
        assertEquals(ComplianceStatus.MET, status.get("65-XXIX"), "the 2025 account is current until April 2027");
        assertEquals(36, d.lines().size());
        List<String> next = d.checklist().stream().map(l -> l.obligation().id()).toList();
        assertEquals(ComplianceStatus.MISSING, d.checklist().get(0).status(), "missing obligations come first");
        assertTrue(next.contains("68-III") && next.contains("68-IV") && !next.contains("68-II") && !next.contains("68-XV"), next.toString());

        List<ComplianceService.Dashboard> all = compliance.all(Optional.empty());
        assertEquals(34, all.size());
        ComplianceService.Dashboard campeche = all.stream().filter(x -> x.legislature().id().equals("campeche")).findFirst().orElseThrow();
        assertEquals(0L, campeche.counts().get(ComplianceStatus.MET));
        assertEquals(d.counts(), all.stream().filter(x -> x.legislature().id().equals("jalisco")).findFirst().orElseThrow().counts());
    }

    @Test
    void evaluatorsGetSuggestionsFromTheSameEvidenceNeverAnswers() {
        Map<String, ComplianceService.Suggestion> s = compliance.suggestions("parlamento-abierto-mx@2026.1", "jalisco");
        assertTrue(s.get("P3.14").met());
        assertEquals(1, s.get("P3.14").value());
        assertEquals(LocalDate.of(2026, 11, 25), s.get("P3.14").latest());
        assertFalse(s.get("P3.04").met(), "the last Diario de los Debates is older than three months");
        assertEquals(0, s.get("P3.04").value());
        assertTrue(compliance.suggestions("otra-metodologia@1", "jalisco").isEmpty());
    }
}
