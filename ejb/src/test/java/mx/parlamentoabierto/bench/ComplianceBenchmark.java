package mx.parlamentoabierto.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import mx.parlamentoabierto.testing.UnitsOfWork;
import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.budget.infrastructure.JpaBudgetRepository;
import mx.parlamentoabierto.compliance.application.ComplianceService;
import mx.parlamentoabierto.compliance.infrastructure.SqlPortalHoldings;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.platform.PortalTime;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.DatabaseSettings;

/**
 * {@code ./parlamento bench compliance}, first half: fills a new database with what the issue names — 100,000 archive
 * documents over the 34 legislatures (every type, dates spread over ten years), 1,000 roll calls of 500 deputies each
 * (500,000 votes) with the deputies, their party and committee memberships, and ten years of budget lines for every
 * legislature (3 programmes × 8 classes × 4 stages) — with JDBC batches, then times the compliance dashboards of all
 * 34 legislatures computed from it (the application service on the same database, no HTTP), and one legislature's.
 * The shell then starts the portal on the same database and loads the dashboard page and API with 16 clients.
 * <p>
 * Arguments: jdbc-url config-dir [documents] [roll-calls] [voters-per-roll-call] [years]. Generated rows are
 * deterministic (seeded); documents carry metadata and no text (the dashboards never read text).
 */
public final class ComplianceBenchmark {

    private ComplianceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path config = Path.of(args[1]);
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rollCalls = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int voters = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        int years = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        DatabaseSettings settings = new DatabaseSettings(url, "sa", "");
        ConfigurationFiles files = ConfigurationFiles.read(config);
        try (Database database = Database.open(settings)) {
            JpaLegislatureRepository legislatureRepository = new JpaLegislatureRepository(database);
            LegislatureCatalog legislatures = UnitsOfWork.on(database).of(new LegislatureCatalog(legislatureRepository));
            legislatures.synchronize(files.legislatures());
            List<String> ids = legislatures.all().stream().map(Legislature::id).toList();
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(settings.url(), "sa", "")) {
                c.setAutoCommit(false);
                insertDocuments(c, ids, documents);
                insertRollCalls(c, rollCalls, voters);
                insertBudgets(c, ids, years);
                c.commit();
            }
            System.out.printf("datos: %,d documentos, %,d votaciones × %d votos = %,d votos, %d años de presupuesto de %d legislaturas, en %.1f s%n",
                    documents, rollCalls, voters, (long) rollCalls * voters, years, ids.size(), (System.nanoTime() - t0) / 1e9);

            ComplianceService compliance = new ComplianceService(UnitsOfWork.on(database).of(new SqlPortalHoldings(database, new JpaBudgetRepository(database))), legislatures,
                    java.time.Clock.system(PortalTime.ZONE));
            compliance.load(files.obligations(), files.suggestions());
            for (int i = 0; i < 5; i++) {
                compliance.all(Optional.empty()); // warm-up: JIT, statement caches, the database's pages
            }
            double[] all = time(10, () -> compliance.all(Optional.empty()));
            double[] one = time(20, () -> compliance.dashboard("diputados", Optional.empty()));
            System.out.printf("los 34 tableros (servicio de aplicación, H2): mínimo %.0f ms, mediana %.0f ms, máximo %.0f ms en 10 corridas; "
                    + "objetivo ≤ 2000 ms: %s%n", all[0], all[1], all[2], all[2] <= 2000 ? "cumplido" : "no cumplido");
            System.out.printf("un tablero (diputados): mínimo %.1f ms, mediana %.1f ms, máximo %.1f ms en 20 corridas%n", one[0], one[1], one[2]);
        }
        System.out.println("PAGE_URL=/cumplimiento.xhtml?id=diputados");
        System.out.println("API_URL=/api/legislatures/diputados/compliance");
        System.out.println("ALL_URL=/api/compliance");
    }

    /** min, median, max in ms. */
    private static double[] time(int runs, Runnable work) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[0], ms[runs / 2], ms[runs - 1]};
    }

    private static void insertDocuments(Connection c, List<String> legislatures, int count) throws Exception {
        Random random = new Random(42);
        DocumentType[] types = DocumentType.values();
        LocalDate end = PortalTime.today();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document (id, legislature_id, document_type, document_date, title, version_number, "
                + "is_current, original_file_name, media_type, size_bytes, sha256, text_truncated, embedded_documents, status, received_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, 1, TRUE, 'documento.pdf', 'application/pdf', 100000, ?, FALSE, 0, 'INDEXED', ?, ?)")) {
            for (int i = 0; i < count; i++) {
                ps.setLong(1, 10_000_000L + i);
                ps.setString(2, legislatures.get(i % legislatures.size()));
                ps.setString(3, types[random.nextInt(types.length)].name());
                ps.setObject(4, random.nextInt(20) == 0 ? null : java.sql.Date.valueOf(end.minusDays(random.nextInt(3650))));
                ps.setString(5, "Documento generado " + i);
                ps.setString(6, String.format("%064x", 10_000_000L + i));
                ps.setTimestamp(7, now);
                ps.setTimestamp(8, now);
                ps.addBatch();
                if (i % 5_000 == 4_999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertRollCalls(Connection c, int events, int voters) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, legislature_id, source_id, name, classification, updated_at) "
                + "VALUES (?, 'diputados', ?, ?, ?, ?)")) {
            for (String[] o : List.of(new String[] {"bench-party", "Grupo de prueba", "party"}, new String[] {"bench-committee", "Comisión de prueba", "committee"})) {
                org.setString(1, "diputados:" + o[0]);
                org.setString(2, o[0]);
                org.setString(3, o[1]);
                org.setString(4, o[2]);
                org.setTimestamp(5, now);
                org.addBatch();
            }
            org.executeBatch();
        }
        try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, legislature_id, source_id, name, sort_name, name_key, search_name, "
                + "updated_at) VALUES (?, 'diputados', ?, ?, ?, ?, ?, ?)");
                PreparedStatement member = c.prepareStatement("INSERT INTO membership (id, legislature_id, person_id, organization_id, term_id) "
                        + "VALUES (?, 'diputados', ?, ?, 'LXVI')")) {
            for (int p = 0; p < voters; p++) {
                String id = "diputados:bench-" + p;
                person.setString(1, id);
                person.setString(2, "bench-" + p);
                person.setString(3, "Diputada Prueba " + p);
                person.setString(4, "Prueba " + p + ", Diputada");
                person.setString(5, "prueba " + p + " diputada");
                person.setString(6, "diputada prueba " + p);
                person.setTimestamp(7, now);
                person.addBatch();
                for (String o : List.of("bench-party", "bench-committee")) {
                    member.setString(1, id + ":" + o);
                    member.setString(2, id);
                    member.setString(3, "diputados:" + o);
                    member.addBatch();
                }
            }
            person.executeBatch();
            member.executeBatch();
        }
        LocalDate end = PortalTime.today();
        String[] options = {"yes", "yes", "yes", "no", "abstain", "absent", "excused"};
        try (PreparedStatement event = c.prepareStatement("INSERT INTO vote_event (id, legislature_id, term_id, identifier, vote_date, title, search_title, "
                + "source_url, retrieved_at, content_sha256, counts_agree, yes_count, no_count, abstain_count, absent_count, excused_count, "
                + "not_voting_count, present_count, paired_count, other_count, unmatched_count, imported_by, imported_at) VALUES (?, 'diputados', 'LXVI', ?, ?, ?, ?, "
                + "'https://example.org/votacion', ?, ?, TRUE, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 'bench', ?)");
                PreparedStatement vote = c.prepareStatement("INSERT INTO vote (vote_event_id, line_no, person_id, voter_name, vote_option, group_id, match_method) "
                        + "VALUES (?, ?, ?, ?, ?, 'diputados:bench-party', 'id')")) {
            for (int e = 0; e < events; e++) {
                String id = "diputados:LXVI:bench-" + e;
                int[] counts = new int[options.length];
                for (int p = 0; p < voters; p++) {
                    int o = (p + e) % options.length;
                    counts[o]++;
                    vote.setString(1, id);
                    vote.setInt(2, p + 1);
                    vote.setString(3, "diputados:bench-" + p);
                    vote.setString(4, "Diputada Prueba " + p);
                    vote.setString(5, options[o]);
                    vote.addBatch();
                }
                event.setString(1, id);
                event.setString(2, "bench-" + e);
                event.setObject(3, java.sql.Date.valueOf(end.minusDays(e % 730)));
                event.setString(4, "Votación de prueba " + e);
                event.setString(5, "votacion de prueba " + e);
                event.setTimestamp(6, now);
                event.setString(7, String.format("%064x", e));
                event.setInt(8, counts[0] + counts[1] + counts[2]);
                event.setInt(9, counts[3]);
                event.setInt(10, counts[4]);
                event.setInt(11, counts[5]);
                event.setInt(12, counts[6]);
                event.setTimestamp(13, now);
                event.executeUpdate();
                vote.executeBatch();
            }
        }
    }

    private static void insertBudgets(Connection c, List<String> legislatures, int years) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        int last = PortalTime.today().getYear();
        try (PreparedStatement body = c.prepareStatement("INSERT INTO budget_body (id, name, legislature_id) VALUES (?, ?, ?)");
                PreparedStatement source = c.prepareStatement("INSERT INTO budget_source (id, file_name, sha256, format, description, imported_at, "
                        + "imported_by) VALUES (1, 'bench.csv', ?, 'csv', 'generado', ?, 'bench')")) {
            source.setString(1, "0".repeat(64));
            source.setTimestamp(2, now);
            source.executeUpdate();
            for (String id : legislatures) {
                body.setString(1, id);
                body.setString(2, id);
                body.setString(3, id);
                body.addBatch();
            }
            body.executeBatch();
        }
        List<String> programmes = new ArrayList<>(List.of("P01", "P02", "K01"));
        long id = 1;
        try (PreparedStatement line = c.prepareStatement("INSERT INTO budget_line (id, source_id, body_id, budget_year, stage, economic_class, "
                + "programme_code, programme_name, amount) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String legislature : legislatures) {
                for (int y = last - years + 1; y <= last; y++) {
                    for (String programme : programmes) {
                        for (EconomicClass economicClass : EconomicClass.values()) {
                            for (BudgetStage stage : BudgetStage.values()) {
                                line.setLong(1, id++);
                                line.setString(2, legislature);
                                line.setInt(3, y);
                                line.setString(4, stage.code());
                                line.setString(5, economicClass.code());
                                line.setString(6, programme);
                                line.setString(7, "Programa " + programme);
                                line.setBigDecimal(8, java.math.BigDecimal.valueOf(1_000_000L + id * 37 % 900_000L));
                                line.addBatch();
                            }
                        }
                    }
                }
                line.executeBatch();
            }
        }
        // the portal's sequences must start past the generated ids
        try (PreparedStatement restart = c.prepareStatement("ALTER SEQUENCE budget_line_seq RESTART WITH " + (id + 1000))) {
            restart.executeUpdate();
        }
    }
}
