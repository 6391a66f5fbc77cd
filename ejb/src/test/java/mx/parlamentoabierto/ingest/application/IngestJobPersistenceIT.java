package mx.parlamentoabierto.ingest.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.testing.InUnit;
import mx.parlamentoabierto.testing.UnitsOfWork;
import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.document.domain.StoredFile;
import mx.parlamentoabierto.document.infrastructure.JpaDocumentRepository;
import mx.parlamentoabierto.ingest.domain.FileOutcome;
import mx.parlamentoabierto.ingest.domain.IngestJobProgress;
import mx.parlamentoabierto.ingest.domain.JobFileState;
import mx.parlamentoabierto.ingest.infrastructure.JpaIngestJobRepository;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.testing.TestDatabase;

/**
 * Ingest jobs on the real database (H2 by default, PostgreSQL with {@code ./parlamento test --db}): progress
 * is counted from the files' outcomes and their documents' current status, failures carry their reasons,
 * and file pages continue in arrival order. Documents are written directly in the states the pipeline
 * leaves them in; the pipeline itself is exercised by DocumentPipelineIT and PortalIT.
 */
class IngestJobPersistenceIT {

    private static Database database;
    private static JpaDocumentRepository documents;
    private static IngestJobs jobs;

    @BeforeAll
    static void open() {
        database = TestDatabase.cleanAndOpen();
        JpaLegislatureRepository legislatures = new JpaLegislatureRepository(database);
        UnitsOfWork.on(database).of(new LegislatureCatalog(legislatures))
                .synchronize(ConfigurationFiles.read(Path.of(System.getProperty("parlamento.config.dir"))).legislatures());
        documents = new JpaDocumentRepository(database);
        jobs = UnitsOfWork.on(database).of(new IngestJobs(new JpaIngestJobRepository(database), Clock.systemUTC()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void progressCountsEachFileByItsOutcomeAndItsDocumentsCurrentStatus() {
        IngestJobProgress opened = jobs.open("  Gacetas de marzo  ", 6, "admin");
        assertEquals("Gacetas de marzo", opened.label());
        assertEquals(0, opened.arrived());
        assertEquals(0, opened.percent());
        long job = opened.id();

        long indexed = document("indexada", "INDEXED");
        long failed = document("dañada", "FAILED");
        long waiting = document("en-cola", "RECEIVED");
        jobs.received(job, "indexada.pdf", indexed, false);
        jobs.received(job, "dañada.docx", failed, false);
        jobs.received(job, "en-cola.odt", waiting, false);
        jobs.received(job, "copia-de-indexada.pdf", indexed, true);
        jobs.rejected(job, "programa.pdf", "file: el nombre dice .pdf pero el contenido es application/x-msdownload");

        IngestJobProgress progress = jobs.progress(job);
        assertEquals(5, progress.arrived());
        assertEquals(6, progress.total(), "expected files count until more arrive");
        assertEquals(1, progress.indexed());
        assertEquals(1, progress.failed());
        assertEquals(1, progress.pending());
        assertEquals(1, progress.duplicates());
        assertEquals(1, progress.rejected());
        assertEquals(4, progress.done());
        assertEquals(66, progress.percent());
        assertEquals(2, progress.failures());
        assertFalse(progress.complete());

        List<JobFileState> failures = jobs.files(job, 0, 100, true);
        assertEquals(List.of("dañada.docx", "programa.pdf"), failures.stream().map(JobFileState::fileName).toList());
        assertEquals("la extracción falló: documento cifrado", failures.get(0).reason(), "a failed document's reason");
        assertEquals(FileOutcome.REJECTED, failures.get(1).outcome());
        assertTrue(failures.get(1).reason().startsWith("file: el nombre dice .pdf"), "a refused file's reason");

        List<JobFileState> first = jobs.files(job, 0, 2, false);
        List<JobFileState> rest = jobs.files(job, first.get(1).sequence(), 100, false);
        assertEquals(List.of("indexada.pdf", "dañada.docx"), first.stream().map(JobFileState::fileName).toList());
        assertEquals(List.of("en-cola.odt", "copia-de-indexada.pdf", "programa.pdf"), rest.stream().map(JobFileState::fileName).toList());
        assertFalse(rest.get(0).settled());
        assertTrue(rest.get(1).settled(), "a duplicate needs nothing more");

        // the last expected file arrives and the waiting document is indexed: the job is complete
        jobs.received(job, "ultima.txt", document("ultima", "INDEXED"), false);
        InUnit.run(database, em -> documents.find(waiting).orElseThrow().indexed(Instant.now()));
        IngestJobProgress complete = jobs.progress(job);
        assertTrue(complete.complete());
        assertEquals(100, complete.percent());
        assertEquals(job, jobs.recent(5).get(0).id(), "the newest job comes first");
    }

    @Test
    void invalidJobsAndUnknownIdsAreRefusedByName() {
        assertEquals("label: es obligatorio", assertThrows(IllegalArgumentException.class, () -> jobs.open(" ", 3, "admin")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> jobs.open("x", 0, "admin")).getMessage().startsWith("expectedFiles:"));
        assertEquals("job: no existe la importación 987654321",
                assertThrows(IllegalArgumentException.class, () -> jobs.requireExisting(987_654_321L)).getMessage());
        assertThrows(ResourceNotFoundException.class, () -> jobs.progress(987_654_321L));
        assertThrows(ResourceNotFoundException.class, () -> jobs.files(987_654_321L, 0, 10, false));
        assertThrows(IllegalArgumentException.class, () -> jobs.files(1, 0, 5000, false));
    }

    /** A document left in the given status, as the pipeline would leave it. */
    private static long document(String name, String status) {
        return InUnit.of(database, em -> {
            Document d = new Document(new DocumentDescription("jalisco", DocumentType.GACETA, LocalDate.of(2025, 3, 1), name, null, null,
                    name + ".txt"), new StoredFile(sha(name), 10, "text/plain", Path.of(name)), null, Instant.now());
            documents.add(d);
            em.flush();
            if (!"RECEIVED".equals(status)) {
                if ("FAILED".equals(status)) {
                    d.failed("la extracción falló: documento cifrado", Instant.now());
                } else {
                    d.extracted("texto de " + name, Map.of(), false, 0, Instant.now());
                    d.indexed(Instant.now());
                }
            }
            return d.id();
        });
    }

    private static String sha(String name) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((name + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
