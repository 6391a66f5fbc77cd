package mx.parlamentoabierto.document.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Where and as whom the Tika worker processes run. Whoever starts the portal, a worker gets an environment with
 * nothing but {@code PATH}, {@code LANG}, {@code HOME} and {@code TMPDIR} (no password, no database URL: a parser
 * exploited by a hostile file finds no secret to read) and its own temporary directory. When the portal runs as
 * root, the workers run as the unprivileged system user {@value #SYSTEM_USER} (created when missing, the way
 * the search node's user is): each document is handed to it as a copy in its own directory, so it needs no
 * access to the archive's files, the database or the data directory; its classpath is copied where that user
 * can read it if the checkout is not readable to it (a clone under /root).
 *
 * <p>A worker has no network: it starts in a network namespace of its own ({@code unshare --net}; without root, inside
 * a user namespace that maps only the portal's own user), where not even loopback is up, so a parser exploited by a
 * hostile file cannot reach the embedded Elasticsearch node (which has no authentication), the database or anything
 * else. Where the kernel refuses namespaces the portal says so at start and the worker runs with the machine's network
 * (ADR 0022).
 */
final class TikaWorkerSandbox {

    static final String SYSTEM_USER = "parlamento-tika";
    private static final Logger LOG = Logger.getLogger(TikaWorkerSandbox.class.getName());

    private final Path home;
    private final String classpath;
    private final boolean separateUser;
    private final UserPrincipal user;
    private final String groupId;
    private final List<String> noNetwork;

    private TikaWorkerSandbox(Path home, String classpath, boolean separateUser, UserPrincipal user, String groupId) {
        this.home = home;
        this.classpath = classpath;
        this.separateUser = separateUser;
        this.user = user;
        this.groupId = groupId;
        this.noNetwork = noNetworkPrefix(separateUser);
    }

    /**
     * The command that starts a program in a network namespace of its own, if this kernel allows one: as root,
     * {@code unshare --net}; otherwise a user namespace mapping only the current user, with its own network.
     */
    private static List<String> noNetworkPrefix(boolean root) {
        List<String> prefix = root ? List.of("unshare", "--net", "--") : List.of("unshare", "--user", "--map-current-user", "--net", "--");
        List<String> probe = new ArrayList<>(prefix);
        probe.add("true");
        if (run(probe) == 0) {
            return prefix;
        }
        LOG.warning("Los procesos de extracción corren con la red de la máquina: este sistema no permite un espacio de red propio ("
                + String.join(" ", prefix) + "); ver docs/operations.md");
        return List.of();
    }

    /** True when the workers start without network. */
    boolean isolatedFromNetwork() {
        return !noNetwork.isEmpty();
    }

    /** Prepares the sandbox under {@code workDir} (or, as root when that user cannot reach it, under /var/lib). */
    static TikaWorkerSandbox prepare(String classpath, Path workDir) {
        try {
            Files.createDirectories(workDir);
            if (!isRoot()) {
                Files.createDirectories(workDir.resolve("tmp"));
                return new TikaWorkerSandbox(workDir.toAbsolutePath(), classpath, false, null, null);
            }
            ensureUser();
            UserPrincipal user = workDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
            Path home = workDir.toAbsolutePath();
            if (!reachable(home.getParent())) {
                home = Path.of("/var/lib", SYSTEM_USER, "work-" + digest(home.toString()));
                LOG.info("El usuario " + SYSTEM_USER + " no llega a " + workDir + "; los procesos de extracción trabajan en " + home);
            }
            Files.createDirectories(home);
            Files.createDirectories(home.resolve("tmp"));
            if (home.startsWith(Path.of("/var/lib", SYSTEM_USER))) {
                Files.setPosixFilePermissions(Path.of("/var/lib", SYSTEM_USER), PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            for (Path dir : List.of(home, home.resolve("tmp"))) {
                Files.setOwner(dir, user);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            removeLeftoverInputs(home);
            return new TikaWorkerSandbox(home, readableClasspath(classpath), true, user, groupOf());
        } catch (IOException e) {
            throw new IllegalStateException("no se pudo preparar el entorno aislado de extracción en " + workDir + ": " + e.getMessage(), e);
        }
    }

    /** The directory the workers own: request outputs, their temporary files. */
    Path home() {
        return home;
    }

    String classpath() {
        return classpath;
    }

    boolean separateUser() {
        return separateUser;
    }

    /**
     * The worker's command, run as the sandbox's user without network. {@code unshare} and {@code setpriv} each replace
     * themselves with the next program (no process in between: the pid the pool kills on a timeout is the worker's
     * own); {@code setpriv} changes user with no supplementary groups and no way to gain privileges again
     * ({@code no_new_privs}).
     */
    List<String> command(List<String> java) {
        List<String> command = new ArrayList<>(noNetwork);
        if (separateUser) {
            command.addAll(List.of("setpriv", "--reuid=" + SYSTEM_USER, "--regid=" + groupId, "--clear-groups", "--no-new-privs", "--"));
        }
        command.addAll(java);
        return command;
    }

    /** The worker's whole environment: no variable of the portal's reaches it. */
    void configure(ProcessBuilder builder) {
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.put("LANG", "C.UTF-8");
        environment.put("HOME", home.toString());
        environment.put("TMPDIR", home.resolve("tmp").toString());
        builder.directory(home.toFile());
    }

    /**
     * The path the worker reads the document from: the stored file itself when the worker runs as the portal's
     * user, otherwise a copy in the sandbox that only the worker's user may read (removed with {@link #release}).
     */
    Path input(Path file, String requestId) throws IOException {
        if (!separateUser) {
            return file;
        }
        Path copy = home.resolve("in-" + requestId);
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.setOwner(copy, user);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r--------"));
        return copy;
    }

    void release(Path input, Path original) {
        if (!input.equals(original)) {
            try {
                Files.deleteIfExists(input);
            } catch (IOException e) {
                // a leftover copy is removed when the next pool prepares the sandbox (removeLeftoverInputs)
            }
        }
    }

    /** Copies a portal that stopped mid-extraction left behind. */
    private static void removeLeftoverInputs(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            for (Path leftover : files.filter(p -> p.getFileName().toString().startsWith("in-")).toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureUser() {
        if (run(List.of("id", "-u", SYSTEM_USER)) == 0) {
            return;
        }
        int exit = run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SYSTEM_USER));
        if (exit != 0 && run(List.of("id", "-u", SYSTEM_USER)) != 0) {
            throw new IllegalStateException("no se pudo crear el usuario de sistema " + SYSTEM_USER
                    + " con el que corren los procesos de extracción (useradd código " + exit + ")");
        }
    }

    /** The numeric primary group of the sandbox's user. */
    private static String groupOf() {
        StringBuilder gid = new StringBuilder();
        if (run(List.of("id", "-g", SYSTEM_USER), gid) != 0 || !gid.toString().strip().matches("\\d+")) {
            throw new IllegalStateException("no se pudo leer el grupo del usuario " + SYSTEM_USER + ": " + gid.toString().strip());
        }
        return gid.toString().strip();
    }

    /** True when the sandbox's user can traverse the directory. */
    private static boolean reachable(Path dir) {
        return run(List.of("runuser", "-u", SYSTEM_USER, "--", "test", "-x", dir.toString())) == 0;
    }

    private static boolean readable(Path file) {
        return run(List.of("runuser", "-u", SYSTEM_USER, "--", "test", "-r", file.toString())) == 0;
    }

    /** The classpath as the sandbox's user can read it: as given, or copied under /var/lib once per content. */
    private static String readableClasspath(String classpath) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (entry.endsWith("/*")) {
                Path dir = Path.of(entry.substring(0, entry.length() - 2));
                try (Stream<Path> jars = Files.list(dir)) {
                    jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(entries::add);
                }
            } else if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        // one file per directory stands for the rest (they come from the same build, with the same modes)
        java.util.Map<Path, Path> onePerDirectory = new java.util.LinkedHashMap<>();
        entries.forEach(e -> onePerDirectory.putIfAbsent(e.getParent(), e));
        if (!entries.isEmpty() && onePerDirectory.values().stream().allMatch(TikaWorkerSandbox::readable)) {
            return classpath;
        }
        Path lib = Path.of("/var/lib", SYSTEM_USER, "lib-" + digest(String.join(":", entries.stream().map(p -> p + "@" + size(p)).toList())));
        if (!Files.isDirectory(lib)) {
            Path partial = Files.createDirectories(Path.of(lib + ".partial"));
            for (Path jar : entries) {
                Files.copy(jar, partial.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, lib, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Clases de extracción copiadas a " + lib + " (el usuario " + SYSTEM_USER + " no puede leer " + classpath + ")");
        }
        for (Path dir : List.of(lib.getParent(), lib)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.toList()) {
                Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        return lib + "/*";
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String digest(String text) {
        return mx.parlamentoabierto.platform.Sha256.hex(text).substring(0, 16);
    }

    private static int run(List<String> command) {
        return run(command, null);
    }

    /** Runs a short command (30 s at most); its output goes to {@code output} when given, else nowhere. */
    private static int run(List<String> command, StringBuilder output) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE).start();
            if (output != null) {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
