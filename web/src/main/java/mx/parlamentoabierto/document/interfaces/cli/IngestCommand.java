package mx.parlamentoabierto.document.interfaces.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bulk import: {@code ./parlamento ingest <dir-or-files> --legislature <id> [--type <type>] [--url <portal>]}.
 * Uploads every file through {@code POST /api/documents} (the same validation and pipeline as the upload
 * page), shows a progress bar, waits until each document is INDEXED or FAILED and prints a summary: ingested,
 * duplicates, failed with reasons. JDK only; runs from its source file.
 */
public final class IngestCommand {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern NUMBER_FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\\d+)");
    private static final Pattern FAILED_FILE = Pattern.compile("\"documentId\"\\s*:\\s*(\\d+)[^{}]*?\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern REASON = Pattern.compile("\"(?:failureReason|detail)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private IngestCommand() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        String legislature = options.get("legislature");
        if (inputs.isEmpty() || legislature == null) {
            System.err.println("uso: ./parlamento ingest <directorio-o-archivos…> --legislature <id> [--type <tipo>] [--url http://localhost:8080]");
            System.exit(2);
        }
        String base = options.getOrDefault("url", "http://localhost:8080").replaceAll("/$", "");
        String password = System.getenv("PARLAMENTO_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            System.err.println("falta PARLAMENTO_ADMIN_PASSWORD (la contraseña del administrador)");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                System.err.println("no existe: " + input);
                System.exit(2);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        long job = openJob(http, base, auth, inputs, files.size());
        System.out.println("importación #" + job + ": " + base + "/admin/importaciones.xhtml?id=" + job + " (API: " + base + "/api/ingest/jobs/" + job + ")");
        Map<Path, Long> accepted = new LinkedHashMap<>();
        Map<Path, String> rejected = new LinkedHashMap<>();
        int duplicates = 0;
        Instant start = Instant.now();
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress("subiendo", i, files.size());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("legislature", legislature);
            if (options.containsKey("type")) {
                fields.put("type", options.get("type"));
            }
            fields.put("title", file.getFileName().toString());
            try {
                HttpResponse<String> response = upload(http, base + "/api/documents?job=" + job + "&name="
                        + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8), auth, fields, file);
                bytes += Files.size(file);
                Matcher id = ID.matcher(response.body());
                if ((response.statusCode() == 200 || response.statusCode() == 202) && id.find()) {
                    accepted.put(file, Long.parseLong(id.group(1)));
                    if (response.statusCode() == 200) {
                        duplicates++;
                    }
                } else {
                    Matcher reason = REASON.matcher(response.body());
                    rejected.put(file, "HTTP " + response.statusCode() + (reason.find() ? ": " + unescape(reason.group(1)) : ""));
                    if (response.statusCode() == 401 || response.statusCode() == 403) {
                        progressDone();
                        System.err.println("el portal rechazó las credenciales: " + rejected.get(file));
                        System.exit(1);
                    }
                }
            } catch (IOException e) {
                rejected.put(file, "sin conexión con " + base + ": " + e.getMessage());
            }
        }
        progress("subiendo", files.size(), files.size());
        progressDone();
        // The job says how far extraction and indexing got: one request per poll, whatever the number of files.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(Long.parseLong(options.getOrDefault("wait-minutes", "30"))));
        Map<String, Long> progress = jobProgress(http, base, auth, job);
        while (progress.getOrDefault("pending", 0L) > 0 && Instant.now().isBefore(deadline)) {
            progress("procesando", (int) (progress.get("indexed") + progress.get("failed")), accepted.size() - duplicates);
            Thread.sleep(500);
            progress = jobProgress(http, base, auth, job);
        }
        progress("procesando", (int) (progress.get("indexed") + progress.get("failed")), accepted.size() - duplicates);
        progressDone();
        int indexed = progress.get("indexed").intValue();
        Map<Long, Path> byDocument = new LinkedHashMap<>();
        accepted.forEach((file, id) -> byDocument.put(id, file));
        Map<Path, String> failed = new LinkedHashMap<>();
        HttpResponse<String> failures = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/jobs/" + job + "/files?failures=true&limit=1000"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        Matcher failure = FAILED_FILE.matcher(failures.body());
        while (failure.find()) {
            Path file = byDocument.get(Long.parseLong(failure.group(1)));
            if (file != null) {
                failed.put(file, unescape(failure.group(2)));
            }
        }
        boolean waiting = progress.get("pending") > 0;
        progressDone();
        double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        System.out.printf("Resumen: %d archivos, %d indexados (%d ya existían), %d fallidos, %d rechazados al subir, %d pendientes; %.1f s, %.1f documentos/s, %.2f MB/s%n",
                files.size(), indexed, duplicates, progress.get("failed"), rejected.size(), progress.get("pending"), seconds, files.size() / seconds,
                bytes / 1e6 / seconds);
        failed.forEach((f, r) -> System.out.println("  FALLÓ     " + f + ": " + r));
        rejected.forEach((f, r) -> System.out.println("  RECHAZADO " + f + ": " + r));
        if (waiting) {
            System.out.println("  PENDIENTES " + progress.get("pending") + " documentos: siga el avance en " + base + "/admin/importaciones.xhtml?id=" + job);
        }
        System.exit(rejected.isEmpty() && !waiting ? 0 : 1);
    }

    /** Opens the ingest job the files are sent under. */
    private static long openJob(HttpClient http, String base, String auth, List<Path> inputs, int expected) throws Exception {
        String label = "./parlamento ingest " + inputs.stream().map(Path::toString).reduce((a, b) -> a + " " + b).orElse("");
        if (label.length() > 200) {
            label = label.substring(0, 199) + "…";
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/jobs")).header("Authorization", auth)
                    .header("X-Requested-By", "parlamento-cli").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"" + label.replace("\\", "\\\\").replace("\"", "\\\"")
                            + "\",\"expectedFiles\":" + expected + "}")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.err.println("sin conexión con " + base + " (¿está el portal en marcha?): " + e.getMessage());
            System.exit(1);
            return -1;
        }
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            Matcher reason = REASON.matcher(response.body());
            System.err.println("el portal no abrió la importación: HTTP " + response.statusCode() + (reason.find() ? ": " + unescape(reason.group(1)) : ""));
            System.exit(1);
        }
        return Long.parseLong(id.group(1));
    }

    /** The job's counters (a flat JSON object of numbers and strings). */
    private static Map<String, Long> jobProgress(HttpClient http, String base, String auth, long job) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/jobs/" + job)).header("Authorization", auth)
                .build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher number = NUMBER_FIELD.matcher(response.body());
        while (number.find()) {
            counts.put(number.group(1), Long.parseLong(number.group(2)));
        }
        for (String needed : List.of("pending", "indexed", "failed")) {
            if (!counts.containsKey(needed)) {
                throw new IOException("respuesta inesperada de /api/ingest/jobs/" + job + ": HTTP " + response.statusCode());
            }
        }
        return counts;
    }

    private static HttpResponse<String> upload(HttpClient http, String url, String auth, Map<String, String> fields, Path file)
            throws IOException, InterruptedException {
        String boundary = "----parlamento" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        String name = file.getFileName().toString().replace("\"", "_");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", auth).header("X-Requested-By", "parlamento-ingest")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void progress(String what, int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        System.err.print("\r" + what + " [" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + "   ");
    }

    private static void progressDone() {
        System.err.println();
    }

    private static String unescape(String json) {
        return json.replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\");
    }

}
