package mx.parlamentoabierto.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.testing.UnitsOfWork;
import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.audit.infrastructure.JpaAuditRepository;
import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.infrastructure.JpaDocumentRepository;
import mx.parlamentoabierto.evaluation.domain.EditionSnapshot;
import mx.parlamentoabierto.evaluation.infrastructure.JpaEvaluationRecords;
import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.application.ApiTokens;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.infrastructure.JpaAccountRepository;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.PortalTime;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.infrastructure.JpaAnswerRepository;
import mx.parlamentoabierto.scoring.infrastructure.JpaEditionRepository;
import mx.parlamentoabierto.testing.TestDatabase;

/**
 * The evaluation cycle on a real database (H2 by default, PostgreSQL with ./parlamento test --db): the V5 schema,
 * accounts and tokens, a whole edition to its published snapshot, the audit log in the same unit of work, and
 * concurrent writers of one answer where exactly one wins.
 */
class EvaluationPersistenceIT {

    private static Database database;
    private static EditionLifecycle lifecycle;
    private static ApiTokens apiTokens;
    private static EvaluationAssignments assignments;
    private static AnswerSheets sheets;
    private static ReviewsAndObjections reviews;
    private static EditionSnapshots snapshots;
    private static Accounts accounts;
    private static AuditTrail audit;
    private static Methodology methodology;
    private static Caller coordinator;
    private static Caller evaluator;
    private static Caller reviewer;
    /** Moved by hand past the sign-in throttle's waits. */
    private static final MutableClock clock = new MutableClock();

    static final class MutableClock extends java.time.Clock {
        volatile java.time.Instant now = java.time.Instant.now();

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.cleanAndOpen();
        ConfigurationFiles files = ConfigurationFiles.read(Path.of(System.getProperty("parlamento.config.dir")));
        JpaLegislatureRepository legislatures = new JpaLegislatureRepository(database);
        UnitsOfWork.on(database).of(new LegislatureCatalog(legislatures)).synchronize(files.legislatures());
        MethodologyCatalog methodologies = UnitsOfWork.on(database).of(new MethodologyCatalog(new mx.parlamentoabierto.methodology.infrastructure.JpaFrozenVersions(database), java.time.Clock.systemUTC()));
        methodologies.load(files.methodologies());
        methodology = methodologies.all().get(0);
        JpaEditionRepository editions = new JpaEditionRepository(database);
        JpaAnswerRepository answers = new JpaAnswerRepository(database);
        RankingService rankings = UnitsOfWork.on(database).of(new RankingService(database, editions, answers, legislatures, methodologies));
        audit = UnitsOfWork.on(database).of(new AuditTrail(new JpaAuditRepository(database), clock));
        JpaAccountRepository accountRepository = new JpaAccountRepository(database);
        mx.parlamentoabierto.testing.TestEvents events = mx.parlamentoabierto.testing.TestEvents.deliveringTo(database, rankings);
        accounts = UnitsOfWork.on(database).of(new Accounts(database, accountRepository, accountRepository, legislatures, audit, events, clock));
        events.alsoTo(accounts);
        apiTokens = UnitsOfWork.on(database).of(new ApiTokens(database, accountRepository, audit, events, clock));
        JpaEvaluationRecords records = new JpaEvaluationRecords(database);
        EvaluationRules rules = new EvaluationRules(editions, records, legislatures,
                UnitsOfWork.on(database).of(new DocumentCatalog(new JpaDocumentRepository(database))), accounts, clock);
        snapshots = UnitsOfWork.on(database).of(new EditionSnapshots(database, answers, records, rankings, methodologies, audit, events, clock, rules));
        lifecycle = UnitsOfWork.on(database).of(new EditionLifecycle(editions, answers, records, legislatures, rankings, methodologies, audit, events, clock,
                rules, snapshots));
        assignments = UnitsOfWork.on(database).of(new EvaluationAssignments(database, editions, answers, records, legislatures, rankings, accounts, audit, rules));
        sheets = UnitsOfWork.on(database).of(new AnswerSheets(database, answers, records, rankings, audit, events, clock, rules));
        reviews = UnitsOfWork.on(database).of(new ReviewsAndObjections(database, answers, records, rankings, audit, events, clock, rules));
        coordinator = Caller.of(accounts.createWithPassword(Caller.system(), "pi-coordinadora", null, Set.of(Role.COORDINATOR), null,
                "frase de prueba muy larga 1"), "10.0.0.1");
        evaluator = Caller.of(accounts.createWithPassword(Caller.system(), "pi-evaluador", null, Set.of(Role.EVALUATOR), null,
                "frase de prueba muy larga 2"), "10.0.0.2");
        reviewer = Caller.of(accounts.createWithPassword(Caller.system(), "pi-revisora", null, Set.of(Role.REVIEWER, Role.EVALUATOR), null,
                "frase de prueba muy larga 3"), "10.0.0.3");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static String newEdition(String id) {
        lifecycle.createEdition(coordinator, new NewEdition(id, "Edición " + id, 2026, methodology.key(), List.of("colima"),
                PortalTime.today().minusDays(1), PortalTime.today().plusDays(10), PortalTime.today(), PortalTime.today().plusDays(20), "named"));
        assignments.assign(coordinator, id, "colima", "pi-evaluador", "pi-revisora");
        lifecycle.transition(coordinator, id, "evaluation");
        return id;
    }

    private static AnswerInput input(Variable v, Long version) {
        return new AnswerInput(v.scale().max(), "Verificado en el portal del congreso.", List.of(
                new EvidenceInput("https://congresocol.gob.mx/" + v.id(), "Página", null)), version);
    }

    @Test
    void accountsSignInWithTheirPasswordAndTokensResolveToTheirAccount() {
        assertTrue(accounts.signIn("pi-evaluador", "frase de prueba muy larga 2", "10.1.1.1").accepted());
        assertEquals(Accounts.Outcome.REFUSED, accounts.signIn("pi-evaluador", "otra", "10.1.1.2").outcome());
        ApiTokens.IssuedToken token = apiTokens.issue(evaluator, "persistencia");
        assertEquals("pi-evaluador", accounts.byToken(token.secret()).orElseThrow().name());
        apiTokens.revoke(evaluator, token.token().id());
        assertTrue(accounts.byToken(token.secret()).isEmpty());
    }

    @Test
    void repeatedFailedSignInsLockTheAccountAndTheLockIsInTheAuditLog() {
        accounts.createWithPassword(Caller.system(), "pi-bloqueada", null, Set.of(Role.STAFF), "colima", "frase de prueba muy larga 4");
        for (int i = 0; i < mx.parlamentoabierto.platform.security.SignInThrottle.ACCOUNT_LOCK_FAILURES; i++) {
            clock.now = clock.now.plus(mx.parlamentoabierto.platform.security.SignInThrottle.MAX_DELAY);
            assertEquals(Accounts.Outcome.REFUSED, accounts.signIn("pi-bloqueada", "adivinanza " + i, "10.9.0." + i).outcome());
        }
        clock.now = clock.now.plus(mx.parlamentoabierto.platform.security.SignInThrottle.MAX_DELAY);
        assertEquals(Accounts.Outcome.LOCKED, accounts.signIn("pi-bloqueada", "frase de prueba muy larga 4", "10.9.1.1").outcome(),
                "locked even for the right password");
        var locked = audit.latest(50).stream().filter(e -> e.action().equals("account.locked") && e.subjectId().equals("pi-bloqueada")).toList();
        assertEquals(1, locked.size(), "one audit entry for the lock");
        assertEquals("10.9.0.9", locked.get(0).actorAddress());
        clock.now = clock.now.plus(mx.parlamentoabierto.platform.security.SignInThrottle.LOCK);
        assertTrue(accounts.signIn("pi-bloqueada", "frase de prueba muy larga 4", "10.9.1.1").accepted(), "the lock ends");
    }

    @Test
    void anEditionIsPublishedAsASnapshotWhoseHashIsItsContentsAndEveryStepIsAudited() {
        String id = newEdition("persistencia-ciclo");
        for (Variable v : methodology.variables()) {
            sheets.saveAnswer(evaluator, id, "colima", v.id(), input(v, null));
        }
        assertEquals(methodology.variables().size(), sheets.submit(evaluator, id, "colima"));
        lifecycle.transition(coordinator, id, "review");
        for (Variable v : methodology.variables()) {
            reviews.review(reviewer, id, "colima", v.id(), "accept", null);
        }
        lifecycle.transition(coordinator, id, "reply");
        lifecycle.transition(coordinator, id, "published", "Prueba: la legislatura renunció al resto de la réplica.");
        EditionSnapshot snapshot = snapshots.snapshot(Caller.anonymous("x"), id, null);
        assertEquals(SnapshotDocument.sha256(snapshot.content()), snapshot.contentSha256());
        assertEquals(methodology.variables().size(), SnapshotDocument.values(snapshot.content()).get("colima").size());
        assertThrows(ConflictException.class, () -> sheets.saveAnswer(evaluator, id, "colima", "P1.01", input(methodology.variables().get(0), 99L)));
        long saved = audit.ofEdition(id, 0, 1000).stream().filter(e -> e.action().equals("answer.saved")).count();
        assertEquals(methodology.variables().size(), saved, "one audit entry per saved answer");
        assertEquals("pi-evaluador", audit.ofEdition(id, 0, 1000).stream().filter(e -> e.action().equals("answer.saved")).findFirst()
                .orElseThrow().actor());
    }

    @Test
    void ofConcurrentWritersBasedOnTheSameVersionExactlyOneWins() throws Exception {
        String id = newEdition("persistencia-concurrencia");
        Variable v = methodology.variables().get(0);
        long version = sheets.saveAnswer(evaluator, id, "colima", v.id(), input(v, null)).version();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int n = i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    sheets.saveAnswer(evaluator, id, "colima", v.id(), new AnswerInput(v.scale().min(),
                            "Escritor " + n, List.of(), version));
                    return true;
                } catch (ConflictException | jakarta.persistence.OptimisticLockException | jakarta.persistence.RollbackException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> f : outcomes) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won, "exactly one writer based on version " + version + " succeeds");
        Answer stored = sheets.sheet(coordinator, id, "colima").answers().get(v.id());
        assertEquals(version + 1, stored.version());
        assertTrue(stored.justification().startsWith("Escritor "));
    }
}
