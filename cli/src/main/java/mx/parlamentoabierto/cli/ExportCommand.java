package mx.parlamentoabierto.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code export <dir>}: the latest version of every open dataset of the running portal — CSV, JSON and codebook —
 * written to {@code <dir>/<dataset>/}, each file checked against the SHA-256 the portal publishes (the files
 * {@code /api/bulk} serves).
 */
final class ExportCommand {

    private ExportCommand() {
    }

    static int run(Arguments args) throws IOException, InterruptedException {
        if (args.positional().size() != 1) {
            throw new UsageException("export: hace falta un directorio");
        }
        Path dir = Path.of(args.positional().get(0));
        PortalHttp portal = PortalHttp.anonymous(args.url());
        HttpResponse<String> list = portal.get("/api/bulk");
        if (list.statusCode() != 200) {
            System.err.println("el portal respondió " + PortalHttp.problem(list) + " a /api/bulk");
            return 1;
        }
        int datasets = 0;
        int failed = 0;
        for (JsonNode d : PortalHttp.json(list).path("datasets")) {
            String name = d.path("name").asText();
            JsonNode latest = d.path("latest");
            if (name.isEmpty() || latest.isMissingNode() || latest.isNull()) {
                continue;
            }
            datasets++;
            Path target = Files.createDirectories(dir.resolve(name));
            String[][] files = {{".csv", name + ".csv", latest.path("csv_sha256").asText(null)},
                {".json", name + ".json", latest.path("json_sha256").asText(null)}, {"/codebook", "codebook.json", null}};
            for (String[] file : files) {
                if (!fetch(portal, "/api/bulk/" + name + file[0], target.resolve(file[1]), file[2])) {
                    failed++;
                }
            }
            System.out.println("✔ " + name + " → " + target);
        }
        System.out.println("Resumen: " + datasets + " conjuntos en " + dir + (failed == 0 ? "" : ", " + failed + " archivos con error"));
        return failed == 0 && datasets > 0 ? 0 : 1;
    }

    /** Downloads beside the target and moves it in place once its SHA-256 is the published one. */
    private static boolean fetch(PortalHttp portal, String path, Path target, String sha256) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = portal.download(path);
        if (r.statusCode() != 200) {
            r.body().close();
            System.err.println("✘ " + path + ": HTTP " + r.statusCode());
            return false;
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(r.body(), digest)) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        if (sha256 != null && !sha256.equals(HexFormat.of().formatHex(digest.digest()))) {
            System.err.println("✘ " + path + ": el SHA-256 no coincide con el publicado");
            Files.delete(part);
            return false;
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
