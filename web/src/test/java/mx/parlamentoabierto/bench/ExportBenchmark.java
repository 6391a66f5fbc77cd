package mx.parlamentoabierto.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./parlamento bench export}, the HTTP half: on a portal whose database the shell filled (100,000 documents,
 * 500,000 votes, budgets), asks it to build the whole open data set ({@code POST /api/bulk/build}) and times it, then
 * downloads every dataset's CSV and JSON with {@code clients} clients at once for {@code seconds} seconds (each client
 * going through the whole set, round after round), checking each file's SHA-256 against the one the portal publishes.
 * For reference, in the same run, the same files read straight from the portal's disk by one reader (the upper bound an
 * HTTP download can approach). JDK only, run with the source launcher.
 *
 * <p>Arguments: {@code build base-url admin-password}, then {@code download base-url clients seconds opendata-dir} (the shell samples
 * the portal's heap around the first).
 */
public final class ExportBenchmark {

    private static final Pattern DATASET = Pattern.compile("\"name\":\"([^\"]+)\"");
    private static final Pattern URL = Pattern.compile("\"(csv_url|json_url)\":\"([^\"]+)\"");
    private static final Pattern SHA = Pattern.compile("\"(csv_sha256|json_sha256)\":\"([0-9a-f]{64})\"");
    private static final Pattern OUTCOME = Pattern.compile("\\{\"dataset\":\"([^\"]+)\",\"status\":\"([^\"]+)\",\"version\":(?:\"[^\"]*\"|null),\"rows\":(\\d+),\"millis\":(\\d+)\\}");

    record Download(String url, String sha256) {
    }

    public static void main(String[] args) throws Exception {
        // HTTP/1.1 as browsers and download tools speak it to a plain-text server (no h2c upgrade)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        if (args[0].equals("build")) {
            build(http, args[1], args[2]);
        } else {
            download(http, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        }
    }

    private static void build(HttpClient http, String base, String password) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        HttpResponse<String> built = http.send(HttpRequest.newBuilder(URI.create(base + "/api/bulk/build")).timeout(Duration.ofMinutes(30))
                .header("Authorization", auth).header("X-Requested-By", "bench").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        if (built.statusCode() != 200) {
            throw new IllegalStateException("build: HTTP " + built.statusCode() + " " + built.body());
        }
        long rows = 0;
        Matcher outcome = OUTCOME.matcher(built.body());
        System.out.println("conjunto          estado      filas      ms");
        while (outcome.find()) {
            rows += Long.parseLong(outcome.group(3));
            System.out.printf("%-16s  %-9s %,10d %,7d%n", outcome.group(1), outcome.group(2), Long.parseLong(outcome.group(3)),
                    Long.parseLong(outcome.group(4)));
        }
        System.out.printf("construcción completa (POST /api/bulk/build): %.1f s para %,d filas (%,.0f filas/s); objetivo ≤ 60 s: %s%n",
                buildSeconds, rows, rows / buildSeconds, buildSeconds <= 60 ? "cumplido" : "no cumplido");
    }

    private static void download(HttpClient http, String base, int clients, int seconds, Path openData) throws Exception {

        String listing = http.send(HttpRequest.newBuilder(URI.create(base + "/api/bulk")).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<Download> files = new ArrayList<>();
        Matcher urls = URL.matcher(listing);
        Matcher shas = SHA.matcher(listing);
        while (urls.find() && shas.find()) {
            files.add(new Download(urls.group(2), shas.group(2)));
        }
        System.out.printf("descarga: %d archivos (CSV y JSON de %d conjuntos), %d clientes, %d s%n", files.size(), files.size() / 2, clients, seconds);

        AtomicLong bytes = new AtomicLong();
        AtomicLong downloads = new AtomicLong();
        List<Double> votesCsvMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long d0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int offset = c;
            running.add(pool.submit(() -> {
                int round = 0;
                do {
                    for (int i = 0; i < files.size(); i++) {
                        Download f = files.get((i + offset) % files.size());
                        long s = System.nanoTime();
                        long n = download(http, base + f.url(), round == 0 ? f.sha256() : null);
                        if (f.url().endsWith("/votes.csv")) {
                            votesCsvMillis.add((System.nanoTime() - s) / 1e6);
                        }
                        bytes.addAndGet(n);
                        downloads.incrementAndGet();
                    }
                    round++;
                } while (System.nanoTime() < deadline);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - d0) / 1e9;
        double httpMBs = bytes.get() / 1e6 / elapsed;
        Collections.sort(votesCsvMillis);
        System.out.printf("descargados: %,d archivos, %,.0f MB en %.1f s = %.0f MB/s (%.1f descargas/s); SHA-256 de la primera vuelta de cada cliente: "
                + "todos coinciden%n", downloads.get(), bytes.get() / 1e6, elapsed, httpMBs, downloads.get() / elapsed);
        if (!votesCsvMillis.isEmpty()) {
            System.out.printf("votes.csv por descarga: p50 %.0f ms, p95 %.0f ms (%d descargas)%n", percentile(votesCsvMillis, 50),
                    percentile(votesCsvMillis, 95), votesCsvMillis.size());
        }

        // reference: the same files read from the portal's disk by one reader, in this run
        long r0 = System.nanoTime();
        long read = 0;
        try (Stream<Path> walk = Files.walk(openData)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json")).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    read += in.transferTo(OutputStreamNull.INSTANCE);
                }
            }
        }
        double diskMBs = read / 1e6 / ((System.nanoTime() - r0) / 1e9);
        System.out.printf("referencia: los mismos archivos leídos del disco del portal (un lector, caché del sistema): %.0f MB/s; "
                + "razón HTTP (%d clientes) / disco: %.2f%n", diskMBs, clients, httpMBs / diskMBs);
    }

    private static long download(HttpClient http, String url, String expectedSha) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + r.statusCode());
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long n = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = r.body()) {
            int k;
            while ((k = in.read(buffer)) > 0) {
                n += k;
                if (expectedSha != null) {
                    digest.update(buffer, 0, k);
                }
            }
        }
        if (expectedSha != null && !HexFormat.of().formatHex(digest.digest()).equals(expectedSha)) {
            throw new IllegalStateException(url + ": the bytes do not match the published SHA-256");
        }
        return n;
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Discards what it is given. */
    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
