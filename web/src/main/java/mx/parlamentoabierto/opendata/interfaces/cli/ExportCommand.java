package mx.parlamentoabierto.opendata.interfaces.cli;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./parlamento export <dir> [--url http://localhost:8080]}: the latest version of every open dataset of the
 * running portal — CSV, JSON and codebook — written to {@code <dir>/<dataset>/}, each file checked against the SHA-256
 * the portal publishes. The same files {@code /api/bulk} serves. JDK only; runs from its source file.
 */
public final class ExportCommand {

    private static final Pattern DATASET = Pattern.compile("\"name\"\\s*:\\s*\"([a-z0-9-]+)\"[^{}]*?\"latest\"\\s*:\\s*\\{[^{}]*?\"csv_sha256\"\\s*:\\s*"
            + "\"([0-9a-f]{64})\"[^{}]*?\"json_sha256\"\\s*:\\s*\"([0-9a-f]{64})\"");

    private ExportCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        String base = "http://localhost:8080";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--url") && i + 1 < args.length) {
                base = args[++i].replaceAll("/$", "");
            } else {
                dir = Path.of(args[i]);
            }
        }
        if (dir == null) {
            System.err.println("uso: ./parlamento export <directorio> [--url http://localhost:8080]");
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/bulk")).build(), HttpResponse.BodyHandlers.ofString());
        if (list.statusCode() != 200) {
            System.err.println("el portal respondió " + list.statusCode() + " a /api/bulk");
            System.exit(1);
        }
        Matcher m = DATASET.matcher(list.body());
        List<String[]> datasets = new ArrayList<>();
        while (m.find()) {
            datasets.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        int failed = 0;
        for (String[] d : datasets) {
            Path target = Files.createDirectories(dir.resolve(d[0]));
            for (String[] file : new String[][] {{".csv", d[0] + ".csv", d[1]}, {".json", d[0] + ".json", d[2]}, {"/codebook", "codebook.json", null}}) {
                Path part = target.resolve(file[1] + ".part");
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/bulk/" + d[0] + file[0]))
                        .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() != 200) {
                    System.err.println("✘ " + d[0] + file[0] + ": HTTP " + r.statusCode());
                    failed++;
                    continue;
                }
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new java.security.DigestInputStream(r.body(), sha)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                String got = HexFormat.of().formatHex(sha.digest());
                if (file[2] != null && !file[2].equals(got)) {
                    System.err.println("✘ " + d[0] + file[0] + ": el SHA-256 no coincide con el publicado");
                    Files.delete(part);
                    failed++;
                    continue;
                }
                Files.move(part, target.resolve(file[1]), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.out.println("✔ " + d[0] + " → " + target);
        }
        System.out.println("Resumen: " + datasets.size() + " conjuntos en " + dir + (failed == 0 ? "" : ", " + failed + " archivos con error"));
        System.exit(failed == 0 && !datasets.isEmpty() ? 0 : 1);
    }
}
