package mx.parlamentoabierto.document.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.parlamentoabierto.document.application.Extraction;

/**
 * The real Tika worker processes on Tika's own test documents (copied in src/test/resources/corpora, origin
 * in its README): every file ends extracted or failed with a reason, damaged and encrypted files fail
 * cleanly, and a worker that times out or dies is replaced without losing the next document.
 */
class TikaWorkerExtractorIT {

    private static final Path CORPUS = Path.of("src/test/resources/corpora");
    private static TikaWorkerExtractor extractor;

    @TempDir
    static Path work;

    @BeforeAll
    static void start() {
        extractor = new TikaWorkerExtractor(TikaWorkerSettings.defaults(classpath()), work.resolve("pool"));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void everySampleEndsExtractedOrFailedWithAReason() throws IOException {
        Map<String, Extraction> results = new TreeMap<>();
        try (Stream<Path> files = Files.list(CORPUS.resolve("tika-sample"))) {
            for (Path file : files.toList()) {
                results.put(file.getFileName().toString(), extractor.extract(file));
            }
        }
        assertEquals(25, results.size());
        results.forEach((name, r) -> assertTrue(r.succeeded() || (r.failureReason() != null && !r.failureReason().isBlank()), name));

        Set<String> expectedFailures = Set.of("testEXCEL_protected_passtika.xlsx", "testODTEncrypted.odt",
                "testWORD_truncated.docx", "testZIP_corrupted_oom.zip");
        results.forEach((name, r) -> assertEquals(!expectedFailures.contains(name), r.succeeded(),
                name + " → " + (r.succeeded() ? "extraído" : r.failureReason())));
        assertTrue(results.get("testODTEncrypted.odt").failureReason().contains("cifrado"));
        expectedFailures.forEach(name -> {
            String reason = results.get(name).failureReason();
            assertFalse(reason.matches(".*([A-Z][a-z]+Exception|\\b[a-z]+\\.[a-z]+\\.[a-z]+\\b|Error\\b).*"),
                    name + ": the public reason names no class: " + reason);
        });

        Extraction pdf = results.get("testPDF.pdf");
        assertTrue(pdf.text().contains("Apache Tika is a toolkit for detecting and extracting metadata"), pdf.text());
        assertEquals("1", pdf.metadata("pageCount").orElseThrow());
        assertTrue(results.get("testTXT.txt").text().contains("Test d'indexation de Txt"));
        assertTrue(results.get("test-documents.zip").embeddedDocuments() > 5, "archives are opened, their documents extracted");
        try (Stream<Path> left = Files.list(work.resolve("pool"))) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().matches("r\\d+")).toList(),
                    "each request's output directory is removed once read, whether the extraction succeeded or failed");
        }
    }

    /**
     * A zip holding one ordinary text and a "bomb" (30 MB of one letter, compressed ~1,000:1, made here): the
     * text is kept, the bomb skipped, and the extraction says so instead of passing for whole.
     */
    @Test
    void aZipBombInsideAnArchiveIsSkippedAndTheTextIsMarkedIncomplete(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("acta-con-bomba.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("acta.txt"));
            out.write("Acta de la sesión ordinaria del pleno: se aprobó el orden del día.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry("bomba.txt"));
            byte[] letters = new byte[1 << 20];
            java.util.Arrays.fill(letters, (byte) 'a');
            for (int i = 0; i < 30; i++) {
                out.write(letters);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(zip) < 200_000, "a real bomb: " + Files.size(zip) + " bytes");
        Extraction result = extractor.extract(zip);
        assertTrue(result.succeeded(), result.failureReason());
        assertTrue(result.text().contains("orden del día"), "the ordinary text is kept");
        assertTrue(result.truncated(), "the text is marked incomplete");
        assertTrue(result.metadata("truncation").orElse("").contains("bomba"), result.metadata().toString());
        assertTrue(result.text().length() < 5_000_000);
    }

    /**
     * The worker processes hold no secret and, when the portal runs as root, not root's privileges: their
     * environment is rebuilt from scratch (nothing of this JVM's, such as PARLAMENTO_ADMIN_PASSWORD, reaches it)
     * and they run as the system user parlamento-tika.
     */
    @Test
    void workersRunWithoutTheParentsEnvironmentAndNotAsRoot() throws IOException {
        assertTrue(extractor.extract(CORPUS.resolve("tika-sample/testTXT.txt")).succeeded());
        List<Long> pids = extractor.workerPids();
        assertFalse(pids.isEmpty());
        for (long pid : pids) {
            String environment = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ")),
                    java.nio.charset.StandardCharsets.UTF_8);
            Set<String> names = new java.util.TreeSet<>();
            for (String entry : environment.split("\u0000")) {
                if (!entry.isEmpty()) {
                    names.add(entry.substring(0, Math.max(0, entry.indexOf('='))));
                }
            }
            assertEquals(Set.of("HOME", "LANG", "PATH", "TMPDIR"), names, "the worker's whole environment");
            String uid = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream().filter(l -> l.startsWith("Uid:"))
                    .findFirst().orElseThrow().split("\\s+")[1];
            if ("root".equals(System.getProperty("user.name"))) {
                assertNotEquals("0", uid, "a worker started by root runs as " + TikaWorkerSandbox.SYSTEM_USER);
            }
        }
    }

    @Test
    void akomaNtosoXmlIsExtractedAsText() {
        Extraction debate = extractor.extract(CORPUS.resolve("akoma-ntoso/Debate_mexico_debate_2010-01-26.xml"));
        assertTrue(debate.succeeded(), debate.failureReason());
        assertFalse(debate.text().isBlank());
    }

    @Test
    void aDocumentOverTheTimeLimitFailsAndTheWorkerIsReplaced(@TempDir Path dir) {
        try (TikaWorkerExtractor strict = new TikaWorkerExtractor(
                // without OCR's budget, which lengthens a request's limit (a document that may need OCR gets more time)
                TikaWorkerSettings.defaults(classpath()).withTimeout(Duration.ofMillis(1))
                        .withOcr(new TikaWorkerSettings.Ocr(false, "spa", 60, 100, 300)), dir)) {
            Extraction slow = strict.extract(CORPUS.resolve("tika-sample/testPDF_bad_page_303226.pdf"));
            assertFalse(slow.succeeded());
            assertTrue(slow.failureReason().startsWith("tiempo agotado"), slow.failureReason());
            assertTrue(strict.workerPids().isEmpty(), "the stuck worker was killed");
        }
    }

    @Test
    void aWorkerThatDiedIsReplacedOnTheNextDocument() {
        assertTrue(extractor.extract(CORPUS.resolve("tika-sample/testTXT.txt")).succeeded());
        List<Long> before = extractor.workerPids();
        assertFalse(before.isEmpty());
        before.forEach(pid -> ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        }));
        for (int i = 0; i < 2; i++) {
            Extraction after = extractor.extract(CORPUS.resolve("tika-sample/testRTF.rtf"));
            assertTrue(after.succeeded() || after.failureReason().contains("terminó inesperadamente"), after.failureReason());
        }
        Extraction recovered = extractor.extract(CORPUS.resolve("tika-sample/testHTML.html"));
        assertTrue(recovered.succeeded(), recovered.failureReason());
        assertNotEquals(before, extractor.workerPids());
    }

    /**
     * A worker starts without network (ADR 0022): the sandbox's command cannot open a connection to a port that
     * answers on this machine's loopback, while the same connection without the sandbox succeeds.
     */
    @Test
    void aWorkerCannotReachAnythingOverTheNetwork() throws Exception {
        try (java.net.ServerSocket listening = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String probe = "exec 3<>/dev/tcp/127.0.0.1/" + listening.getLocalPort();
            assertEquals(0, new ProcessBuilder("bash", "-c", probe).start().waitFor(), "the probe itself connects outside the sandbox");
            TikaWorkerSandbox sandbox = TikaWorkerSandbox.prepare(classpath(), work.resolve("sin-red"));
            assertTrue(sandbox.isolatedFromNetwork(), "this machine allows network namespaces; the workers must use one");
            ProcessBuilder inside = new ProcessBuilder(sandbox.command(java.util.List.of("bash", "-c", probe)));
            sandbox.configure(inside);
            Process process = inside.redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(process.waitFor() != 0, "a connection from inside the sandbox: " + said);
        }
    }

    private static String classpath() {
        String classpath = System.getProperty("parlamento.test.tika.classpath");
        if (classpath == null || classpath.isBlank()) {
            throw new IllegalStateException("parlamento.test.tika.classpath is not set: run through Maven (failsafe sets it)");
        }
        return classpath;
    }
}
