package mx.parlamentoabierto.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * axe-core, the accessibility engine the browser tests run in Chromium, in its current release. Maven Central's
 * WebJar stops at 4.6.3, so the package comes from the npm registry (the one this project's machines and CI reach),
 * checked against the registry's published SHA-512 integrity before a byte of it runs, and kept under
 * {@code ~/.cache/parlamento} so later runs need no network. {@code PARLAMENTO_NPM_REGISTRY} points at a mirror.
 */
final class AxeCore {

    static final String VERSION = "4.14.1";
    /** The {@code dist.integrity} the npm registry publishes for axe-core 4.14.1. */
    static final String INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    private static final String FILE_IN_PACKAGE = "package/axe.min.js";

    private AxeCore() {
    }

    /** The text of {@code axe.min.js}, from the cache or downloaded and verified. */
    static String script() throws IOException {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "parlamento", "axe-core-" + VERSION + ".tgz");
        if (!Files.isRegularFile(cache) || !verified(Files.readAllBytes(cache))) {
            download(cache);
        }
        return new String(fileInTarGz(Files.readAllBytes(cache), FILE_IN_PACKAGE), StandardCharsets.UTF_8);
    }

    private static void download(Path cache) throws IOException {
        String registry = System.getenv().getOrDefault("PARLAMENTO_NPM_REGISTRY", "https://registry.npmjs.org").replaceAll("/+$", "");
        URI uri = URI.create(registry + "/axe-core/-/axe-core-" + VERSION + ".tgz");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
        byte[] body;
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered HTTP " + response.statusCode());
            }
            body = response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + uri, e);
        }
        if (!verified(body)) {
            throw new IOException(uri + " does not match the published integrity " + INTEGRITY + "; refusing to run it");
        }
        Files.createDirectories(cache.getParent());
        Path partial = cache.resolveSibling(cache.getFileName() + ".part");
        Files.write(partial, body);
        Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static boolean verified(byte[] tarball) {
        try {
            String digest = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
            return MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII), INTEGRITY.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One file of a gzipped tar (ustar headers of 512 bytes, the file's bytes padded to 512). */
    static byte[] fileInTarGz(byte[] tgz, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String entry = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                String path = prefix.isEmpty() ? entry : prefix + "/" + entry;
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                long padded = (size + 511) / 512 * 512;
                if (path.equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
                    out.write(in.readNBytes((int) size));
                    return out.toByteArray();
                }
                in.skipNBytes(padded);
            }
        }
        throw new IOException(name + " is not in the axe-core package");
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
