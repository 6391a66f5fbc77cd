package mx.parlamentoabierto.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./parlamento bench answers}: on a portal started for the measurement, 20 evaluators (each with an API
 * token) save answers for 60 s, each its own legislatures, every write carrying the version it read (autosave as
 * the answer form does it); then the edition (34 legislatures × 95 variables) is handed in, accepted and published,
 * and the publication is timed. The floor in the same run: the cheapest authenticated request ({@code GET /api/me}
 * with a token: one token lookup) under the same 20 clients. JDK only, run with the source launcher.
 */
public final class AnswersBenchmark {

    private static final Pattern STRING = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern VARIABLE = Pattern.compile("\"id\"\\s*:\\s*\"(P\\d+\\.\\d+)\"");
    private static final Pattern LEGISLATURE = Pattern.compile("\"id\"\\s*:\\s*\"([a-z-]+)\"\\s*,\\s*\"kind\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private final String base;

    private AnswersBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String adminPassword = args[1];
        int evaluators = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        new AnswersBenchmark(base).run(adminPassword, evaluators, seconds);
    }

    private record Answer(int status, String body, long nanos) {
    }

    private Answer send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.header("Authorization", authorization);
        if (authorization.startsWith("Basic")) {
            b.header("X-Requested-By", "bench");
        }
        long start = System.nanoTime();
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), System.nanoTime() - start);
    }

    private Answer expect(int status, Answer a, String what) {
        if (a.status() != status) {
            throw new IllegalStateException(what + ": " + a.status() + " " + a.body());
        }
        return a;
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String json, String name) {
        Matcher m = STRING.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    /** Creates an account and a token for it; returns "Bearer …". */
    private String account(String admin, String name, String role) throws Exception {
        Answer created = expect(201, send("POST", "/api/users", admin, "{\"name\":\"" + name + "\",\"roles\":[\"" + role + "\"]}"), "cuenta " + name);
        String password = field(created.body(), "password");
        Answer token = expect(201, send("POST", "/api/me/tokens", basic(name, password), "{\"label\":\"bench\"}"), "token " + name);
        return "Bearer " + field(token.body(), "secret");
    }

    private void run(String adminPassword, int evaluators, int seconds) throws Exception {
        String admin = basic("admin", adminPassword);
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<String> variables = new ArrayList<>();
        Matcher v = VARIABLE.matcher(expect(200, send("GET", "/api/methodologies/parlamento-abierto-mx", admin, null), "metodología").body());
        while (v.find()) {
            variables.add(v.group(1));
        }
        List<String> legislatures = new ArrayList<>();
        Matcher l = LEGISLATURE.matcher(expect(200, send("GET", "/api/legislatures", admin, null), "legislaturas").body());
        while (l.find()) {
            legislatures.add(l.group(1));
        }
        System.out.printf("preparando: %d evaluadores, %d legislaturas × %d variables%n", evaluators, legislatures.size(), variables.size());
        String coordinator = account(admin, "bench-coordinacion-" + tag, "coordinator");
        String reviewerName = "bench-revision-" + tag;
        String reviewer = account(admin, reviewerName, "reviewer");
        List<String> tokens = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < evaluators; i++) {
            names.add("bench-evaluador-" + tag + "-" + i);
            tokens.add(account(admin, names.get(i), "evaluator"));
        }
        String edition = "bench-respuestas-" + tag;
        String scope = String.join(",", legislatures.stream().map(x -> "\"" + x + "\"").toList());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Mexico_City")); // the portal's day (PortalTime); this program runs from its source file alone
        expect(201, send("POST", "/api/editions", coordinator, "{\"id\":\"" + edition + "\",\"title\":\"Bench\",\"year\":2026,\"methodologyKey\":"
                + "\"parlamento-abierto-mx@2026.1\",\"legislatures\":[" + scope + "],\"evaluationWindow\":{\"opens\":\"" + today.minusDays(1)
                + "\",\"closes\":\"" + today.plusDays(5) + "\"},\"replyWindow\":{\"opens\":\"" + today.minusDays(1) + "\",\"closes\":\"" + today.plusDays(9)
                + "\"}}"), "edición");
        Map<Integer, List<String>> mine = new HashMap<>();
        for (int i = 0; i < legislatures.size(); i++) {
            int e = i % evaluators;
            mine.computeIfAbsent(e, k -> new ArrayList<>()).add(legislatures.get(i));
            expect(201, send("POST", "/api/editions/" + edition + "/assignments", coordinator, "{\"legislature\":\"" + legislatures.get(i)
                    + "\",\"evaluator\":\"" + names.get(e) + "\",\"reviewer\":\"" + reviewerName + "\"}"), "asignación");
        }
        expect(200, send("POST", "/api/editions/" + edition + "/transitions", coordinator, "{\"to\":\"evaluation\"}"), "evaluación");

        // the floor: the cheapest authenticated request, same clients, same run
        long[] floor = load(evaluators, 10, i -> send("GET", "/api/me", tokens.get(i), null));
        // warm-up, then the measured round
        List<Map<String, Long>> versions = new ArrayList<>();
        for (int i = 0; i < evaluators; i++) {
            versions.add(new HashMap<>());
        }
        AtomicLong conflicts = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        int[] cursor = new int[evaluators];
        Worker save = i -> {
            List<String> own = mine.getOrDefault(i, List.of());
            int n = cursor[i]++;
            String legislature = own.get(n / variables.size() % own.size());
            String variable = variables.get(n % variables.size());
            String key = legislature + "/" + variable;
            Long version = versions.get(i).get(key);
            Answer a = send("PUT", "/api/editions/" + edition + "/answers/" + key, tokens.get(i), "{\"value\":" + (n % 2)
                    + ",\"justification\":\"Revisado en el sitio oficial (bench, vuelta " + n + ").\",\"evidence\":[{\"url\":\"https://congreso.example.mx/"
                    + variable + "\",\"label\":\"Página\"}]" + (version == null ? "" : ",\"version\":" + version) + "}");
            if (a.status() == 200) {
                Matcher m = VERSION.matcher(a.body());
                if (m.find()) {
                    versions.get(i).put(key, Long.parseLong(m.group(1)));
                }
            } else if (a.status() == 409) {
                conflicts.incrementAndGet();
            } else {
                failures.incrementAndGet();
            }
            return a;
        };
        load(evaluators, 5, save);
        long[] saves = load(evaluators, seconds, save);
        report("PUT /api/editions/{id}/answers/{legislatura}/{variable} — " + evaluators + " evaluadores, " + seconds + " s", saves, seconds);
        System.out.printf("  conflictos 409: %d, otros errores: %d%n", conflicts.get(), failures.get());
        report("referencia en la misma corrida: GET /api/me con token (una búsqueda de token) — " + evaluators + " clientes, 10 s", floor, 10);
        System.out.printf("razón p95 guardar / p95 referencia: %.2f; objetivo p95 ≤ 50 ms: %s%n", pct(saves, 95) / Math.max(0.001, pct(floor, 95)),
                pct(saves, 95) <= 50 ? "cumplido" : "no cumplido");

        // complete, hand in, accept every answer, then time the publication of 34 × 95
        System.out.println("completando, entregando y aceptando " + legislatures.size() * variables.size() + " respuestas…");
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, evaluators));
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < evaluators; i++) {
            int e = i;
            work.add(pool.submit(() -> {
                for (String legislature : mine.getOrDefault(e, List.of())) {
                    for (String variable : variables) {
                        String key = legislature + "/" + variable;
                        Long version = versions.get(e).get(key);
                        if (version == null) {
                            expect(200, send("PUT", "/api/editions/" + edition + "/answers/" + key, tokens.get(e),
                                    "{\"value\":1,\"justification\":\"Completado (bench).\"}"), "respuesta");
                        }
                    }
                    expect(200, send("POST", "/api/editions/" + edition + "/answers/" + legislature + "/submit", tokens.get(e), ""), "entrega");
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        expect(200, send("POST", "/api/editions/" + edition + "/transitions", coordinator, "{\"to\":\"review\"}"), "revisión");
        work.clear();
        for (String legislature : legislatures) {
            work.add(pool.submit(() -> {
                for (String variable : variables) {
                    expect(200, send("POST", "/api/editions/" + edition + "/answers/" + legislature + "/" + variable + "/review", reviewer,
                            "{\"decision\":\"accept\"}"), "aceptación");
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        expect(200, send("POST", "/api/editions/" + edition + "/transitions", coordinator, "{\"to\":\"reply\"}"), "réplica");
        Answer published = expect(200, send("POST", "/api/editions/" + edition + "/transitions", coordinator, "{\"to\":\"published\",\"override\":\"Medición: publicar sin esperar el cierre de la réplica.\"}"), "publicación");
        Answer snapshot = expect(200, send("GET", "/api/editions/" + edition + "/snapshot", coordinator, null), "instantánea");
        System.out.printf("== publicar %d × %d (instantánea canónica + SHA-256 + auditoría) ==%n", legislatures.size(), variables.size());
        System.out.printf("  %.2f s (instantánea de %.1f MB); objetivo ≤ 2 s: %s%n", published.nanos() / 1e9, snapshot.body().length() / 1e6,
                published.nanos() / 1e9 <= 2 ? "cumplido" : "no cumplido");
        if (System.getenv("BENCH_RESULTS") != null) {
            Files.writeString(Path.of(System.getenv("BENCH_RESULTS")), String.format("p95_ms=%.1f%npublish_s=%.2f%n", pct(saves, 95), published.nanos() / 1e9));
        }
    }

    @FunctionalInterface
    private interface Worker {
        Answer call(int client) throws Exception;
    }

    /** Closed loop: each client sends its next request when the previous answer arrives, for {@code seconds}; latencies in ns. */
    private long[] load(int clients, int seconds, Worker worker) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            results.add(pool.submit(() -> {
                List<Long> own = new ArrayList<>();
                while (System.nanoTime() < end) {
                    own.add(worker.call(client).nanos());
                }
                return own;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void report(String title, long[] sorted, int seconds) {
        System.out.println("== " + title + " ==");
        System.out.printf("  solicitudes: %d (%.1f/s)%n", sorted.length, sorted.length / (double) seconds);
        System.out.printf("p50 %.1f ms%np95 %.1f ms%np99 %.1f ms%n", pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }
}
