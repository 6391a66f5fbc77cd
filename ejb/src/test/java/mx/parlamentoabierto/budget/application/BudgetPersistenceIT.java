package mx.parlamentoabierto.budget.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import mx.parlamentoabierto.budget.domain.BudgetFigure;
import mx.parlamentoabierto.budget.domain.BudgetFile;
import mx.parlamentoabierto.budget.domain.BudgetRepository;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.budget.infrastructure.JpaBudgetRepository;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.document.infrastructure.JpaDocumentRepository;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerExtractor;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.csv.CsvTable;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;
import mx.parlamentoabierto.testing.TestArchive;

/**
 * Budgets on a real database (H2 here, PostgreSQL with {@code ./parlamento test --db}) read by the real worker
 * processes: the finance ministry's 2013, 2021 and 2022 Cuenta Pública spreadsheets (two layouts) give, cell for cell, the figures a third
 * party derived from them; imports are whole or nothing, the same file twice changes nothing, a corrected file
 * replaces its years, and who may import what.
 */
@ExtendWith(SearchNodeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetPersistenceIT {

    private static final Path CONFIG = Path.of(System.getProperty("parlamento.config.dir"));
    private static final Path CORPUS = Path.of("src/test/resources/corpora/presupuesto-cuenta-publica");
    private static final Caller ADMIN = new Caller(1L, "admin", Set.of(Role.ADMIN), null, "127.0.0.1");
    private static final Caller JALISCO_STAFF = new Caller(2L, "personal-jalisco", Set.of(Role.STAFF), "jalisco", "127.0.0.1");
    private static final Caller SONORA_STAFF = new Caller(3L, "personal-sonora", Set.of(Role.STAFF), "sonora", "127.0.0.1");
    private static final Caller EVALUATOR = new Caller(4L, "evaluadora", Set.of(Role.EVALUATOR), null, "127.0.0.1");
    /** The derived CSVs' columns of the eight economic classes. */
    private static final Map<EconomicClass, String> CSV_COLUMNS = Map.of(EconomicClass.PERSONAL_SERVICES, "gc_servicios_personales",
            EconomicClass.OPERATING_EXPENSES, "gc_gasto_de_operación", EconomicClass.CURRENT_SUBSIDIES, "gc_subsidios",
            EconomicClass.OTHER_CURRENT, "gc_otros_de_corriente", EconomicClass.PENSIONS, "gi_pensiones_y_jubilaciones",
            EconomicClass.PHYSICAL_INVESTMENT, "gi_inversión_física", EconomicClass.INVESTMENT_SUBSIDIES, "gi_subsidios",
            EconomicClass.OTHER_INVESTMENT, "gi_otros_de_inversión");

    @TempDir
    static Path work;

    private static TestArchive archive;
    private static Database database;
    private static TikaWorkerExtractor extractor;
    private static JpaDocumentRepository documents;
    private static JpaBudgetRepository repository;
    private static BudgetImport budgets;
    private static BudgetQueries queries;

    @BeforeAll
    static void start() {
        archive = TestArchive.open(work, "it-budget");
        database = archive.database;
        documents = archive.documents;
        extractor = archive.extractor;
        repository = new JpaBudgetRepository(database);
        budgets = new BudgetImport(database, repository, archive.legislatures, extractor, archive.ingestion,
                UnitsOfWork.on(database).of(new AuditTrail(new JpaAuditRepository(database), java.time.Clock.systemUTC())), mx.parlamentoabierto.testing.TestEvents.deliveringTo(database),
                java.time.Clock.systemUTC());
        queries = UnitsOfWork.on(database).of(new BudgetQueries(repository));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        archive.close();
    }

    private static byte[] xls(int year) throws Exception {
        return Files.readAllBytes(CORPUS.resolve("xls/" + year + ".xls"));
    }

    private static long storedLines() {
        return InUnit.of(database, em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM budget_line").getSingleResult()).longValue());
    }

    @Test
    @Order(1)
    void everyYearOfTheCuentaPublicaGivesTheFiguresDerivedFromItCellForCell() throws Exception {
        for (int year : List.of(2013, 2021, 2022)) {
            BudgetFile file = budgets.read(year + ".xls", xls(year), null);
            assertEquals(Set.of(year), file.years());
            Map<String, BigDecimal> imported = new HashMap<>();
            for (BudgetFigure f : file.figures()) {
                imported.merge(f.bodyId() + "|" + f.stage() + "|" + f.economicClass() + "|" + f.programmeCode(), f.amount(), BigDecimal::add);
                if (!f.programmeCode().isEmpty()) {
                    imported.merge(f.bodyId() + "|" + f.stage() + "|" + f.economicClass() + "|TOTAL", f.amount(), BigDecimal::add);
                }
            }
            byte[] derived = Files.readAllBytes(CORPUS.resolve("csv-derivado/" + year + "-poder-legislativo.csv"));
            Set<String> required = Set.of("ciclo", "ente", "ramo", "programa", "presupuesto");
            Set<String> optional = Set.of("subramo", "gc_suma", "gi_suma", "total", "porcentaje_corriente", "porcentaje_pensiones_y_jubilaciones",
                    "porcentaje_inversión", "gc_servicios_personales", "gc_gasto_de_operación", "gc_subsidios", "gc_otros_de_corriente",
                    "gi_pensiones_y_jubilaciones", "gi_inversión_física", "gi_subsidios", "gi_otros_de_inversión");
            CsvTable table = CsvTable.read(year + ".csv", new ByteArrayInputStream(derived), required, optional, 10_000);
            int compared = 0;
            for (CsvTable.Row row : table.rows()) {
                Optional<BudgetStage> stage = BudgetStage.parse(row.get("presupuesto").orElse(""));
                if (stage.isEmpty()) {
                    continue; // percentages and programme name rows
                }
                String body = row.get("ramo").map(r -> CuentaPublicaLayout.body(r).id()).orElse(CuentaPublicaLayout.BRANCH_BODY);
                String programme = row.get("programa").orElseThrow();
                if (body.equals(CuentaPublicaLayout.BRANCH_BODY)) {
                    programme = ""; // the branch's total is kept as its own body
                }
                for (Map.Entry<EconomicClass, String> column : CSV_COLUMNS.entrySet()) {
                    BigDecimal expected = new BigDecimal(row.get(column.getValue()).orElse("0"));
                    BigDecimal actual = imported.getOrDefault(body + "|" + stage.get() + "|" + column.getKey() + "|" + programme, BigDecimal.ZERO);
                    assertEquals(0, expected.subtract(actual).abs().compareTo(new BigDecimal("0.005")) > 0 ? 1 : 0,
                            year + " line " + row.line() + " " + body + " " + programme + " " + stage.get() + " " + column.getKey() + ": derived "
                                    + expected + ", imported " + actual);
                    compared++;
                }
            }
            assertTrue(compared >= (year == 2013 ? 200 : 320), year + ": compared " + compared + " amounts");
            // 2013 had no pensions column: the class is absent that year, not zero; the later layouts have it
            assertEquals(year < 2016 ? Set.of(EconomicClass.PENSIONS) : Set.of(), file.unpublished(year), year + " unpublished classes");
            if (year == 2013) {
                // the 2013 layout prints no total for the branch: it is the sum of its three bodies
                BigDecimal branch = file.figures().stream().filter(f -> f.bodyId().equals(CuentaPublicaLayout.BRANCH_BODY) && f.stage() == BudgetStage.APPROVED)
                        .map(BudgetFigure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, new BigDecimal("11948011682").compareTo(branch), "2013 branch approved " + branch);
            }
        }
    }

    @Test
    @Order(2)
    void importingStoresArchivesAndTheSameFileAgainChangesNothing() throws Exception {
        BudgetImport.Summary first = budgets.importFile(ADMIN, "cuenta-publica-2022.xls", xls(2022), null);
        assertEquals("created", first.status());
        assertEquals(List.of(2022), first.years());
        assertEquals(storedLines(), first.lines());
        Document archived = InUnit.of(database, em -> documents.find(first.documentId()).orElseThrow());
        assertEquals(DocumentType.PRESUPUESTO, archived.type());
        assertEquals("diputados", archived.legislatureId(), "the federal account is archived with the chamber that reviews it");

        BudgetImport.Summary again = budgets.importFile(ADMIN, "otra-copia.xls", xls(2022), null);
        assertEquals("unchanged", again.status());
        assertEquals(first.lines(), storedLines());

        assertEquals("created", budgets.importFile(ADMIN, "cuenta-publica-2021.xls", xls(2021), null).status());
        BudgetQueries.Overview diputados = queries.overview("diputados");
        assertEquals(List.of(2021, 2022), diputados.years().stream().map(BudgetQueries.Year::year).toList());
        assertEquals(0, new BigDecimal("8045988978").compareTo(diputados.year(2022).orElseThrow().total(BudgetStage.APPROVED)));
        assertEquals(0, new BigDecimal("8282000000").compareTo(diputados.year(2021).orElseThrow().total(BudgetStage.APPROVED)));
        assertEquals(0, new BigDecimal("15012582403").compareTo(queries.overview(CuentaPublicaLayout.BRANCH_BODY).year(2022).orElseThrow()
                .total(BudgetStage.APPROVED)), "the branch total, as SHCP's PDF gives it");
        BudgetQueries.Breakdown breakdown = queries.breakdown("diputados", 2022);
        assertEquals(List.of("K027", "R001"), breakdown.byProgramme().stream().map(BudgetQueries.Row::code).toList());
        assertTrue(breakdown.byClass().stream().anyMatch(r -> r.code().equals("personal_services")));
        assertEquals(2022, InUnit.of(database, em -> repository.latestByLegislature(Optional.empty())).stream()
                .filter(l -> l.legislatureId().equals("diputados") && l.stage() == BudgetStage.PAID).findFirst().orElseThrow().latestYear());
    }

    @Test
    @Order(3)
    void aStateCongressCsvIsImportedByItsStaffAndACorrectionReplacesItsYear() {
        String csv = "year,stage,economic_class,programme,programme_name,amount\n2024,approved,personal_services,P01,Proceso legislativo,1000\n"
                + "2024,approved,operating_expenses,P01,Proceso legislativo,500\n2024,paid,personal_services,P01,Proceso legislativo,900\n";
        BudgetImport.Summary first = budgets.importFile(JALISCO_STAFF, "jalisco-2024.csv", csv.getBytes(StandardCharsets.UTF_8), "jalisco");
        assertEquals("created", first.status());
        assertEquals(3, first.lines());
        String corrected = csv.replace(",900\n", ",950\n");
        BudgetImport.Summary second = budgets.importFile(JALISCO_STAFF, "jalisco-2024-v2.csv", corrected.getBytes(StandardCharsets.UTF_8), "jalisco");
        assertEquals("replaced", second.status());
        assertEquals(3, second.replacedLines());
        assertEquals(0, new BigDecimal("950").compareTo(queries.overview("jalisco").year(2024).orElseThrow().total(BudgetStage.PAID)));

        assertThrows(AccessDeniedException.class, () -> budgets.importFile(SONORA_STAFF, "x.csv", csv.getBytes(StandardCharsets.UTF_8), "jalisco"));
        assertThrows(AccessDeniedException.class, () -> budgets.importFile(EVALUATOR, "x.csv", csv.getBytes(StandardCharsets.UTF_8), "jalisco"));
        assertThrows(AccessDeniedException.class, () -> budgets.importFile(JALISCO_STAFF, "cp.xls", xlsUnchecked(2022), null),
                "a legislature's staff cannot load other bodies' budgets");
    }

    private static byte[] xlsUnchecked(int year) {
        try {
            return xls(year);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(4)
    void aBadFileIsRefusedWholeWithItsReasonAndNothingIsWritten() throws Exception {
        long before = storedLines();
        String bad = "year,stage,economic_class,amount\n2025,approved,personal_services,100\n2025,approved,total,90\n";
        InvalidDataFileException sums = assertThrows(InvalidDataFileException.class,
                () -> budgets.importFile(ADMIN, "jalisco-2025.csv", bad.getBytes(StandardCharsets.UTF_8), "jalisco"));
        assertTrue(sums.getMessage().contains("línea 3") && sums.getMessage().contains("difieren en 10"), sums.getMessage());
        byte[] truncated = Arrays.copyOf(xls(2021), 40_000);
        InvalidDataFileException damaged = assertThrows(InvalidDataFileException.class,
                () -> budgets.importFile(ADMIN, "roto.xls", truncated, null));
        assertTrue(damaged.getMessage().startsWith("roto.xls"), damaged.getMessage());
        assertEquals(before, storedLines(), "nothing written");
        assertEquals(0, InUnit.of(database, em -> repository.lines("jalisco", Optional.of(2025), Optional.empty())).size());
    }

    @Test
    @Order(5)
    void theBodiesKnowWhichAreLegislatures() {
        Map<String, String> bodies = new HashMap<>();
        queries.bodies().forEach(b -> bodies.put(b.id(), b.legislatureId()));
        assertEquals("senado", bodies.get("senado"));
        assertTrue(bodies.containsKey("auditoria-superior-federacion") && bodies.get("auditoria-superior-federacion") == null);
        assertTrue(bodies.containsKey(CuentaPublicaLayout.BRANCH_BODY));
        List<BudgetRepository.YearSource> sources = InUnit.of(database, em -> repository.sources("senado"));
        assertEquals(List.of("cuenta-publica-2021.xls", "cuenta-publica-2022.xls"), sources.stream().map(BudgetRepository.YearSource::fileName).toList());
    }
}
