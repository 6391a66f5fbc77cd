package mx.parlamentoabierto.cli;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ingest <dir-or-files> --legislature <id> [--type <type>] [--wait-minutes 30]}: every file through
 * {@code POST /api/documents} under one import job (the same validation and pipeline as the upload page), a progress
 * bar, a wait until each document is INDEXED or FAILED, and a summary: indexed, duplicates, failed and refused, each
 * with its reason.
 */
final class IngestCommand {

    private IngestCommand() {
    }

    static int run(Arguments args) throws IOException, InterruptedException {
        String legislature = args.options().get("legislature");
        if (args.positional().isEmpty() || legislature == null) {
            throw new UsageException("ingest: los archivos o directorios y --legislature <id>");
        }
        long waitMinutes;
        try {
            waitMinutes = Long.parseLong(args.option("wait-minutes", "30"));
        } catch (NumberFormatException e) {
            throw new UsageException("--wait-minutes es un número de minutos");
        }
        List<Path> files = new ArrayList<>();
        for (String input : args.positional()) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                System.err.println("no existe: " + input);
                return 2;
            }
        }
        PortalHttp portal = PortalHttp.asAdministrator(args.url());
        long job = openJob(portal, args.positional(), files.size());
        if (job < 0) {
            return 1;
        }
        System.out.println("importación #" + job + ": " + portal.base() + "/admin/importaciones.xhtml?id=" + job + " (API: " + portal.base()
                + "/api/ingest/jobs/" + job + ")");
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
            if (args.options().containsKey("type")) {
                fields.put("type", args.options().get("type"));
            }
            fields.put("title", file.getFileName().toString());
            try {
                HttpResponse<String> response = portal.upload("/api/documents?job=" + job + "&name=" + PortalHttp.encode(file.getFileName().toString()),
                        fields, file);
                bytes += Files.size(file);
                JsonNode id = PortalHttp.json(response).path("id");
                if ((response.statusCode() == 200 || response.statusCode() == 202) && id.canConvertToLong()) {
                    accepted.put(file, id.asLong());
                    if (response.statusCode() == 200) {
                        duplicates++;
                    }
                } else {
                    rejected.put(file, PortalHttp.problem(response));
                    if (response.statusCode() == 401 || response.statusCode() == 403) {
                        progressDone();
                        System.err.println("el portal rechazó las credenciales: " + rejected.get(file));
                        return 1;
                    }
                }
            } catch (IOException e) {
                rejected.put(file, "sin conexión con " + portal.base() + ": " + e.getMessage());
            }
        }
        progress("subiendo", files.size(), files.size());
        progressDone();
        // The job says how far extraction and indexing got: one request per poll, whatever the number of files.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(waitMinutes));
        JsonNode progress = jobProgress(portal, job);
        while (progress.path("pending").asLong() > 0 && Instant.now().isBefore(deadline)) {
            progress("procesando", (int) (progress.path("indexed").asLong() + progress.path("failed").asLong()), accepted.size() - duplicates);
            Thread.sleep(500);
            progress = jobProgress(portal, job);
        }
        progress("procesando", (int) (progress.path("indexed").asLong() + progress.path("failed").asLong()), accepted.size() - duplicates);
        progressDone();
        Map<Long, Path> byDocument = new LinkedHashMap<>();
        accepted.forEach((file, id) -> byDocument.put(id, file));
        Map<Path, String> failed = new LinkedHashMap<>();
        for (JsonNode f : PortalHttp.json(portal.get("/api/ingest/jobs/" + job + "/files?failures=true&limit=1000")).path("files")) {
            Path file = byDocument.get(f.path("documentId").asLong(-1));
            if (file != null) {
                failed.put(file, f.path("reason").asText(""));
            }
        }
        long pending = progress.path("pending").asLong();
        double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        System.out.printf("Resumen: %d archivos, %d indexados (%d ya existían), %d fallidos, %d rechazados al subir, %d pendientes; %.1f s, "
                + "%.1f documentos/s, %.2f MB/s%n", files.size(), progress.path("indexed").asLong(), duplicates, progress.path("failed").asLong(),
                rejected.size(), pending, seconds, files.size() / seconds, bytes / 1e6 / seconds);
        failed.forEach((f, r) -> System.out.println("  FALLÓ     " + f + ": " + r));
        rejected.forEach((f, r) -> System.out.println("  RECHAZADO " + f + ": " + r));
        if (pending > 0) {
            System.out.println("  PENDIENTES " + pending + " documentos: siga el avance en " + portal.base() + "/admin/importaciones.xhtml?id=" + job);
        }
        return rejected.isEmpty() && pending == 0 ? 0 : 1;
    }

    /** Opens the import job the files are sent under; -1 (and the reason printed) when the portal refuses. */
    private static long openJob(PortalHttp portal, List<String> inputs, int expected) throws IOException, InterruptedException {
        String label = "./parlamento ingest " + String.join(" ", inputs);
        if (label.length() > 200) {
            label = label.substring(0, 199) + "…";
        }
        HttpResponse<String> response = portal.postJson("/api/ingest/jobs",
                PortalHttp.JSON.createObjectNode().put("label", label).put("expectedFiles", expected));
        JsonNode id = PortalHttp.json(response).path("id");
        if (response.statusCode() != 201 || !id.canConvertToLong()) {
            System.err.println("el portal no abrió la importación: " + PortalHttp.problem(response));
            return -1;
        }
        return id.asLong();
    }

    private static JsonNode jobProgress(PortalHttp portal, long job) throws IOException, InterruptedException {
        HttpResponse<String> response = portal.get("/api/ingest/jobs/" + job);
        JsonNode progress = PortalHttp.json(response);
        for (String needed : List.of("pending", "indexed", "failed")) {
            if (!progress.path(needed).canConvertToLong()) {
                throw new IOException("respuesta inesperada de /api/ingest/jobs/" + job + ": " + PortalHttp.problem(response));
            }
        }
        return progress;
    }

    private static void progress(String what, int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : (int) Math.min(width, (long) done * width / total);
        System.err.print("\r" + what + " [" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + "   ");
    }

    private static void progressDone() {
        System.err.println();
    }
}
