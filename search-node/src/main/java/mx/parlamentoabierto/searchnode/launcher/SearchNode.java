package mx.parlamentoabierto.searchnode.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One real Elasticsearch node from Elastic's integration-test distribution, prepared and supervised.
 *
 * <p>The node runs as a daemon ({@code bin/elasticsearch -d -p pidfile}) so that the shell script, the test
 * suite and the portal can share it; {@link #stop()} ends it through its pid file.
 */
public final class SearchNode {

    /** The unprivileged system user the node runs as when the launcher runs as root. */
    public static final String SYSTEM_USER = "parlamento-es";
    public static final String CLUSTER_NAME = "parlamento-abierto";
    private static final String PLUGIN_NAME = "parlamento-analysis";
    /** Marker for {@link #run(List, Duration, Path)}: throw the command's output away. */
    private static final Path DISCARD = Path.of("/dev/null");

    private final SearchNodeOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path home;

    public SearchNode(SearchNodeOptions options) {
        this.options = options;
        this.home = options.home();
    }

    public String url() {
        return options.url();
    }

    /** The directory actually used; differs from the requested one when the node user cannot reach it. */
    public Path home() {
        return home;
    }

    /**
     * Prepares and starts the node and waits until the cluster is at least yellow. A healthy node of this
     * project already answering on the port is reused.
     *
     * @return true if this call started the node, false if a running one was reused
     */
    public boolean start(Duration timeout) {
        if (isOurNodeHealthy()) {
            return false;
        }
        requirePortFree(options.httpPort(), "HTTP");
        requirePortFree(options.transportPort(), "de transporte");
        boolean root = isRoot();
        if (root) {
            ensureSystemUser();
            home = reachableHome(options.home());
        }
        Path esHome = unpackDistribution();
        writeConfiguration(esHome);
        if (root) {
            run(List.of("chown", "-R", SYSTEM_USER + ":", home.toString()), Duration.ofMinutes(2));
        }
        installPlugin(esHome, root);
        Path pidFile = home.resolve("run").resolve("elasticsearch.pid");
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo borrar " + pidFile + ": " + e.getMessage(), e);
        }
        List<String> command = asNodeUser(root, esHome, List.of(
                esHome.resolve("bin").resolve("elasticsearch").toString(), "-d", "-p", pidFile.toString()));
        Path startupLog = home.resolve("logs").resolve("startup.log");
        int exit = run(command, timeout, startupLog);
        if (exit != 0) {
            throw new SearchNodeException("Elasticsearch no arrancó (código " + exit + "); ver " + startupLog + ".\n" + logTail());
        }
        waitForHealth(timeout);
        return true;
    }

    /** Stops the node started from this home, if any; waits for it to exit. */
    public void stop() {
        Optional<ProcessHandle> process = nodeProcess();
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(Duration.ofSeconds(45).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
        try {
            Files.deleteIfExists(home.resolve("run").resolve("elasticsearch.pid"));
        } catch (IOException ignored) {
            // the node removes its own pid file on a clean exit; a leftover one is harmless
        }
    }

    /** The running node's process, found through the pid file in this home (or the relocated one). */
    public Optional<ProcessHandle> nodeProcess() {
        for (Path candidate : List.of(home, relocatedHome(options.home()))) {
            Path pidFile = candidate.resolve("run").resolve("elasticsearch.pid");
            if (Files.isRegularFile(pidFile)) {
                try {
                    long pid = Long.parseLong(Files.readString(pidFile).trim());
                    Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
                    if (handle.isPresent()) {
                        home = candidate;
                        return handle;
                    }
                } catch (IOException | NumberFormatException e) {
                    // unreadable pid file: treat as not running
                }
            }
        }
        return Optional.empty();
    }

    /** True when the port answers with this project's cluster in green or yellow state. */
    public boolean isOurNodeHealthy() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(url() + "/_cluster/health")).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return response.statusCode() == 200 && body.contains("\"cluster_name\":\"" + CLUSTER_NAME + "\"")
                    && !body.contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void waitForHealth(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                        url() + "/_cluster/health?wait_for_status=yellow&timeout=2s")).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SearchNodeException("Interrumpido esperando a Elasticsearch", e);
            }
            if (Files.exists(home.resolve("run").resolve("elasticsearch.pid")) && nodeProcess().isEmpty()) {
                throw new SearchNodeException("El proceso de Elasticsearch terminó durante el arranque.\n" + logTail());
            }
            sleep(Duration.ofMillis(250));
        }
        throw new SearchNodeException("Elasticsearch no estuvo sano en " + timeout.toSeconds() + " s.\n" + logTail());
    }

    private static void requirePortFree(int port, String which) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new SearchNodeException("El puerto " + which + " " + port + " de Elasticsearch ya está en uso en 127.0.0.1. "
                    + "Libérelo o elija otro (PARLAMENTO_ES_HTTP_PORT / PARLAMENTO_ES_TRANSPORT_PORT).");
        }
    }

    private Path unpackDistribution() {
        String name = options.distribution().getFileName().toString().replaceFirst("\\.zip$", "");
        Path esHome = home.resolve(name);
        if (Files.isRegularFile(esHome.resolve("bin").resolve("elasticsearch"))) {
            return esHome;
        }
        if (!Files.isRegularFile(options.distribution())) {
            throw new SearchNodeException("No existe la distribución de Elasticsearch " + options.distribution()
                    + "; compile el proyecto (mvn -pl search-node package).");
        }
        Path staging = home.resolve(name + ".unpacking");
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(options.distribution()))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new SearchNodeException("Entrada fuera del directorio en la distribución: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                        if (isExecutablePath(staging.relativize(target))) {
                            target.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
            Path unpacked = staging.resolve(name);
            if (!Files.isDirectory(unpacked)) {
                throw new SearchNodeException("La distribución no contiene el directorio " + name);
            }
            Files.move(unpacked, esHome, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(staging);
            return esHome;
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo desempaquetar " + options.distribution() + " en " + home + ": " + e.getMessage(), e);
        }
    }

    private static boolean isExecutablePath(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("bin")) {
                return true;
            }
        }
        return false;
    }

    private void writeConfiguration(Path esHome) {
        String yml = String.join("\n",
                "# Written by the Parlamento Abierto launcher on every start; edits here are overwritten.",
                "cluster.name: " + CLUSTER_NAME,
                "node.name: parlamento-node",
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: " + options.httpPort(),
                "transport.port: " + options.transportPort(),
                "path.data: " + home.resolve("data"),
                "path.logs: " + home.resolve("logs"),
                "xpack.security.enabled: false",
                "action.destructive_requires_name: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
        try {
            Files.createDirectories(home.resolve("data"));
            Files.createDirectories(home.resolve("logs"));
            Files.createDirectories(home.resolve("run"));
            Files.writeString(esHome.resolve("config").resolve("elasticsearch.yml"), yml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo escribir la configuración de Elasticsearch: " + e.getMessage(), e);
        }
    }

    private void installPlugin(Path esHome, boolean root) {
        if (!Files.isRegularFile(options.plugin())) {
            throw new SearchNodeException("No existe el plugin de análisis " + options.plugin()
                    + "; compile el proyecto (mvn -pl search-node package).");
        }
        Path marker = home.resolve("analysis-plugin.sha256");
        String digest = sha256(options.plugin());
        Path installed = esHome.resolve("plugins").resolve(PLUGIN_NAME);
        try {
            if (Files.isDirectory(installed) && Files.isRegularFile(marker) && Files.readString(marker).trim().equals(digest)) {
                return;
            }
            deleteRecursively(installed);
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo revisar el plugin instalado: " + e.getMessage(), e);
        }
        Path pluginCopy = home.resolve("run").resolve(PLUGIN_NAME + ".zip");
        try {
            Files.copy(options.plugin(), pluginCopy, StandardCopyOption.REPLACE_EXISTING);
            if (root) {
                run(List.of("chown", SYSTEM_USER + ":", pluginCopy.toString()), Duration.ofSeconds(30));
            }
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo copiar el plugin: " + e.getMessage(), e);
        }
        List<String> command = asNodeUser(root, esHome, List.of(esHome.resolve("bin").resolve("elasticsearch-plugin").toString(),
                "install", "--batch", pluginCopy.toUri().toString()));
        int exit = run(command, Duration.ofMinutes(3));
        if (exit != 0) {
            throw new SearchNodeException("Falló la instalación del plugin de análisis (código " + exit + ")");
        }
        try {
            Files.writeString(marker, digest);
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo escribir " + marker + ": " + e.getMessage(), e);
        }
    }

    private List<String> asNodeUser(boolean root, Path esHome, List<String> command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        full.addAll(List.of("env",
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_JAVA_OPTS=-Xms" + options.heap() + " -Xmx" + options.heap(),
                "ES_PATH_CONF=" + esHome.resolve("config"),
                "HOME=" + home));
        full.addAll(command);
        return full;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureSystemUser() {
        if (run(List.of("id", "-u", SYSTEM_USER), Duration.ofSeconds(10), DISCARD) == 0) {
            return;
        }
        int exit = run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                "--shell", "/usr/sbin/nologin", SYSTEM_USER), Duration.ofSeconds(30));
        if (exit != 0 && run(List.of("id", "-u", SYSTEM_USER), Duration.ofSeconds(10), DISCARD) != 0) {
            throw new SearchNodeException("No se pudo crear el usuario de sistema " + SYSTEM_USER
                    + " que Elasticsearch necesita cuando se arranca como root (useradd código " + exit + ")");
        }
    }

    /**
     * Elasticsearch refuses to run as root, and the unprivileged user must be able to reach its home. When
     * the requested home sits under a directory that user cannot traverse (a clone under /root, say), the
     * node lives under /var/lib/parlamento-es instead, in a folder named after the requested path.
     */
    private static Path reachableHome(Path requested) {
        try {
            Files.createDirectories(requested);
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo crear " + requested + ": " + e.getMessage(), e);
        }
        if (run(List.of("runuser", "-u", SYSTEM_USER, "--", "test", "-x", requested.toString()), Duration.ofSeconds(10)) == 0) {
            return requested;
        }
        Path relocated = relocatedHome(requested);
        try {
            Files.createDirectories(relocated);
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo crear " + relocated + ": " + e.getMessage(), e);
        }
        return relocated;
    }

    private static Path relocatedHome(Path requested) {
        String digest = HexFormat.of().formatHex(sha256Bytes(requested.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        return Path.of("/var/lib/parlamento-es", digest);
    }

    private String logTail() {
        Path log = home.resolve("logs").resolve(CLUSTER_NAME + ".log");
        try {
            if (!Files.isReadable(log)) {
                return "(sin registro en " + log + ")";
            }
            List<String> lines = Files.readAllLines(log);
            return "Últimas líneas de " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no se pudo leer " + log + ")";
        }
    }

    private static int run(List<String> command, Duration timeout) {
        return run(command, timeout, null);
    }

    /** Runs a command to completion; its output goes to {@code log} when given, else to this process's output. */
    private static int run(List<String> command, Duration timeout, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.redirectOutput(log == null ? ProcessBuilder.Redirect.INHERIT
                    : log == DISCARD ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SearchNodeException("Tiempo agotado ejecutando: " + String.join(" ", command));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new SearchNodeException("No se pudo ejecutar " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchNodeException("Interrumpido ejecutando " + command.get(0), e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new SearchNodeException("No se pudo leer " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] sha256Bytes(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchNodeException("Interrumpido", e);
        }
    }
}
