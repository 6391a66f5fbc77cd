package mx.parlamentoabierto.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator for the benchmark commands ({@code ./parlamento bench ...}); JDK only,
 * run with the source launcher: {@code java HttpLoadGenerator.java run URL CLIENTS SECONDS}.
 *
 * <p>Each client sends the next request as soon as the previous answer arrives, for a fixed time, and
 * records every latency; the report prints throughput and the 50th, 95th and 99th percentiles. Only
 * loopback addresses are accepted: the benchmark never sends traffic off this machine.
 */
public final class HttpLoadGenerator {

    private HttpLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("uso: HttpLoadGenerator status URL | warmup|run URL CLIENTES SEGUNDOS");
            System.exit(2);
        }
        URI uri = URI.create(args[1]);
        String host = uri.getHost();
        if (!("127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host))) {
            throw new IllegalArgumentException("solo se permiten direcciones locales: " + host);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        if ("status".equals(args[0])) {
            System.out.print(client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            return;
        }
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        if (clients < 1 || clients > 500 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("clientes 1..500 y segundos 1..600");
        }
        Result result = drive(client, uri, clients, Duration.ofSeconds(seconds));
        if ("run".equals(args[0])) {
            result.print(uri, clients, seconds);
        }
    }

    record Result(long[] latenciesNanos, long errors, double elapsedSeconds, long bytes) {
        void print(URI uri, int clients, int seconds) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            System.out.printf("url %s%n", uri);
            System.out.printf("clientes %d durante %d s%n", clients, seconds);
            System.out.printf("peticiones %d (errores %d)%n", sorted.length, errors);
            System.out.printf("throughput %.1f req/s%n", sorted.length / elapsedSeconds);
            System.out.printf(java.util.Locale.ROOT, "p50 %.2f ms%n", percentile(sorted, 50));
            System.out.printf(java.util.Locale.ROOT, "p95 %.2f ms%n", percentile(sorted, 95));
            System.out.printf(java.util.Locale.ROOT, "p99 %.2f ms%n", percentile(sorted, 99));
            System.out.printf(java.util.Locale.ROOT, "max %.2f ms%n", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
            System.out.printf("bytes por respuesta %d%n", sorted.length == 0 ? 0 : bytes / sorted.length);
        }
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static Result drive(HttpClient client, URI uri, int clients, Duration duration) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "*/*").build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        bytes.addAndGet(response.body().length);
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = t1 - t0;
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(merged, errors.get(), elapsed, bytes.get());
    }
}
