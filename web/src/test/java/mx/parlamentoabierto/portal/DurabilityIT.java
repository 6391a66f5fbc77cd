package mx.parlamentoabierto.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import mx.parlamentoabierto.testing.Await;
import mx.parlamentoabierto.searchnode.launcher.SearchNode;
import mx.parlamentoabierto.searchnode.launcher.SearchNodeOptions;

/**
 * Nothing is lost or doubled when a process dies hard, with real processes as {@code ./parlamento run} starts them: a
 * search node of its own and the portal (Payara Micro with the WAR) on a file database. A 500-file import through
 * {@code ./parlamento ingest}'s command is cut by {@code kill -9} of the portal, the portal started again on the same
 * data and the import run again; then the search node is killed in the middle of another import and started again.
 * Each time every file ends INDEXED (or FAILED with a reason), once, and the database's count equals the index's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

    private static final Path ROOT = Path.of(System.getProperty("parlamento.test.config.dir"), "..");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "secreto-de-durabilidad";
    private static final String PREFIX = "it-durable";

    @TempDir
    static Path work;

    private static SearchNode node;
    private static Process portal;
    private static int port;

    @BeforeAll
    static void startNode() throws Exception {
        int http = freePort();
        node = new SearchNode(new SearchNodeOptions(Path.of(System.getProperty("parlamento.test.es.distribution")),
                Path.of(System.getProperty("parlamento.test.es.plugin")), work.resolve("node"), http, freePort(), "384m"));
        assertTrue(node.start(Duration.ofMinutes(3)), "a search node of this test's own");
        port = freePort();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.destroy();
        }
        if (node != null) {
            node.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The portal as ./parlamento run starts it, on this test's node and data. */
    private static void startPortal() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms256m", "-Xmx512m", "-jar",
                System.getProperty("payara.microJar"), "--deploy", System.getProperty("parlamento.test.war"), "--port", String.valueOf(port),
                "--nocluster", "--contextroot", "/", "--nohazelcast");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("portal.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("PARLAMENTO_ES_URL", node.url());
        env.put("PARLAMENTO_ES_INDEX_PREFIX", PREFIX);
        env.put("PARLAMENTO_DB_URL", "jdbc:h2:file:" + work.resolve("db/parlamento"));
        env.put("PARLAMENTO_DATA_DIR", work.resolve("data").toString());
        env.put("PARLAMENTO_ADMIN_PASSWORD", PASSWORD);
        env.put("PARLAMENTO_DEMO_ENABLED", "false");
        env.put("PARLAMENTO_TIKA_HEAP", "256m");
        portal = builder.start();
        Await.await(() -> status("/health") == 200, Duration.ofMinutes(4), "the portal answers /health");
    }

    private static int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static JsonObject ingestStatus() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest/status"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static long documents(String status) throws Exception {
        JsonObject counts = ingestStatus().getJsonObject("documents");
        return counts.containsKey(status) ? counts.getJsonNumber(status).longValue() : 0;
    }

    private static long indexed() throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/" + PREFIX + "-documents/_refresh")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/" + PREFIX + "-documents/_count")).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(r.body())).readObject().getJsonNumber("count").longValue();
    }

    /** 500 small session records, each its own text. */
    private static Path files(String batch, int count) throws IOException {
        Path dir = Files.createDirectories(work.resolve(batch));
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve(String.format("%s-%03d.txt", batch, i)), "Versión estenográfica " + batch + " número " + i
                    + ". Sesión ordinaria del jueves 21 de diciembre de 2006; la Presidencia abre la sesión.\n", StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** {@code ./parlamento ingest <dir> --legislature jalisco}, as a process. */
    private static Process ingest(Path dir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(CliProcess.command("ingest", dir.toString(), "--legislature", "jalisco", "--url",
                "http://127.0.0.1:" + port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("ingest.log").toFile()));
        builder.environment().put("PARLAMENTO_ADMIN_PASSWORD", PASSWORD);
        return builder.start();
    }

    private static boolean all(long expected) {
        try {
            return documents("INDEXED") + documents("FAILED") == expected && documents("RECEIVED") + documents("EXTRACTED") == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    @Order(1)
    void killingThePortalInTheMiddleOfAnImportLosesAndDoublesNothing() throws Exception {
        startPortal();
        Path batch = files("lote-a", 500);
        Process first = ingest(batch);
        Await.await(() -> {
            try {
                return documents("RECEIVED") + documents("EXTRACTED") + documents("INDEXED") >= 150;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofMinutes(3), "150 files received");
        portal.destroyForcibly().waitFor(); // kill -9: no shutdown hook, no flush
        first.waitFor();
        assertTrue(first.exitValue() != 0, "the cut import reports that it did not finish");

        startPortal();
        Process again = ingest(batch);
        assertTrue(again.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the import run again finishes");
        Await.await(() -> all(500), Duration.ofMinutes(3), "every file INDEXED or FAILED");
        assertEquals(500, documents("INDEXED"), "500 files, 500 documents: none lost, none doubled " + ingestStatus());
        assertEquals(500, indexed(), "the database's count is the index's");
    }

    @Test
    @Order(2)
    void killingTheSearchNodeInTheMiddleOfAnImportLosesNothing() throws Exception {
        Path batch = files("lote-b", 500);
        Process importing = ingest(batch);
        Await.await(() -> {
            try {
                return documents("INDEXED") >= 600;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofMinutes(3), "the second import under way");
        ProcessHandle es = node.nodeProcess().orElseThrow();
        es.destroyForcibly();
        es.onExit().get();
        Await.await(() -> {
            try {
                return documents("RECEIVED") + documents("EXTRACTED") + documents("INDEXED") + documents("FAILED") >= 1000;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofMinutes(3), "every file received while the node is down: the database is the source of truth");
        assertTrue(node.start(Duration.ofMinutes(3)), "the node starts again on its data");
        assertTrue(importing.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the import finishes once the index catches up");
        Await.await(() -> all(1000), Duration.ofMinutes(4), "the search outbox catches up");
        assertEquals(1000, documents("INDEXED"));
        Await.await(() -> {
            try {
                return indexed() == 1000;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofMinutes(1), "the index holds every document once");
    }
}
