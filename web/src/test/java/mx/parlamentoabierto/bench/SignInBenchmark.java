package mx.parlamentoabierto.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./parlamento bench signin}: the sign-in path under attack. Real users sign in through the form — each one a
 * different account signing in for the first time, so each sign-in is a full PBKDF2 check (a password verified in the
 * last ten minutes is not hashed again) — four of them, each about once a second at random moments, first alone, then while 30 clients from 30
 * addresses send wrong passwords for one account over HTTP Basic as fast as they are answered, until the account locks
 * (the real users are measured over the attack's first minute). Prints the guesses' answers by status (how many were
 * hashed: the 401s), the time until the lock, and the real users' sign-in p50/p95 and refusals in both phases.
 * JDK only, run with the source launcher.
 */
public final class SignInBenchmark {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");
    private static final Pattern PASSWORD = Pattern.compile("\"password\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private SignInBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String adminPassword = args[1];
        int attackers = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int baselineSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        new SignInBenchmark(base).run(adminPassword, attackers, users, baselineSeconds);
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String createAccount(String adminPassword, String name) throws Exception {
        HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(base + "/api/users")).header("Authorization", basic("admin", adminPassword))
                .header("X-Requested-By", "bench").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"roles\":[\"evaluator\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = PASSWORD.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("no se pudo crear " + name + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** One sign-in through the form, as a browser does it: the form, then the post. The post's time is what counts. */
    private long signIn(String name, String password, String address) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/entrar.xhtml")).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher vs = VIEW_STATE.matcher(form);
        Matcher token = CSRF.matcher(form);
        if (!vs.find() || !token.find()) {
            throw new IllegalStateException("el formulario de entrada no trae su estado");
        }
        String body = "entrar=entrar&usuario=" + enc(name) + "&clave=" + enc(password) + "&volver=" + enc("/trabajo/index.xhtml")
                + "&boton-entrar=Entrar&jakarta.faces.ViewState=" + enc(vs.group(1)) + "&_csrf=" + enc(token.group(1));
        Matcher nonce = NONCE.matcher(form);
        if (nonce.find()) {
            body += "&primefaces.nonce=" + enc(nonce.group(1));
        }
        long start = System.nanoTime();
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/entrar.xhtml")).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        long nanos = System.nanoTime() - start;
        return answer.statusCode() == 302 || answer.statusCode() == 303 ? nanos : -answer.statusCode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * {@code users} people signing in, each once a second with the next account never signed in before, until {@code stop}
     * or the accounts run out; each sign-in's time (ms), or its refusal status.
     */
    private void users(int users, java.util.Iterator<String[]> accounts, AtomicBoolean stop, List<Double> millis, Map<Integer, Integer> refusals)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int i = 0; i < users; i++) {
            String address = "192.0.2." + (10 + i);
            pool.submit(() -> {
                while (!stop.get()) {
                    String[] a;
                    synchronized (accounts) {
                        if (!accounts.hasNext()) {
                            return null;
                        }
                        a = accounts.next();
                    }
                    long began = System.nanoTime();
                    try {
                        long r = signIn(a[0], a[1], address);
                        if (r >= 0) {
                            millis.add(r / 1e6);
                        } else {
                            refusals.merge((int) -r, 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        refusals.merge(-1, 1, Integer::sum);
                    }
                    // about one a second, at random moments (people do not sign in in step)
                    Thread.sleep(Math.max(0, java.util.concurrent.ThreadLocalRandom.current().nextLong(500, 1500) - (System.nanoTime() - began) / 1_000_000));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    }

    private void run(String adminPassword, int attackers, int users, int baselineSeconds) throws Exception {
        String stamp = Long.toString(System.currentTimeMillis() % 100_000_000, 36);
        String victim = "bench-victima-" + stamp;
        createAccount(adminPassword, victim);
        // one account per sign-in: the baseline's seconds and the attack's first minute, four people, one a second each
        int needed = users * (baselineSeconds + 60) + 8;
        List<String[]> accounts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService creating = Executors.newFixedThreadPool(2);
        for (int i = 0; i < needed; i++) {
            String name = "bench-persona-" + i + "-" + stamp;
            creating.submit(() -> accounts.add(new String[] {name, createAccount(adminPassword, name)}));
        }
        creating.shutdown();
        creating.awaitTermination(30, java.util.concurrent.TimeUnit.MINUTES);
        System.out.printf("%d cuentas creadas para los inicios de sesión reales%n", accounts.size());
        java.util.Iterator<String[]> fresh = new ArrayList<>(accounts).iterator();
        // phase 1: real users alone
        List<Double> alone = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> aloneRefused = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(baselineSeconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop.set(true);
        });
        timer.start();
        users(users, fresh, stop, alone, aloneRefused);
        report("sin ataque", alone, aloneRefused);

        // phase 2: the same users while the account is attacked until it locks
        List<Double> attacked = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> attackedRefused = new ConcurrentHashMap<>();
        Map<Integer, Integer> guesses = new ConcurrentHashMap<>();
        AtomicBoolean locked = new AtomicBoolean();
        AtomicBoolean usersStop = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        long attackStart = System.nanoTime();
        long[] lockedAt = {0};
        ExecutorService attack = Executors.newFixedThreadPool(attackers);
        for (int i = 0; i < attackers; i++) {
            String address = "203.0.113." + (i + 1);
            String authorization = basic(victim, "equivocada-" + i);
            attack.submit(() -> {
                while (!locked.get() && System.nanoTime() - attackStart < 300_000_000_000L) {
                    try {
                        HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).header("Authorization", authorization)
                                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
                        sent.incrementAndGet();
                        guesses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() == 429 && r.body().contains("bloqueado") && locked.compareAndSet(false, true)) {
                            lockedAt[0] = System.nanoTime();
                        }
                    } catch (Exception e) {
                        guesses.merge(-1, 1, Integer::sum);
                    }
                }
                return null;
            });
        }
        attack.shutdown();
        Thread watcher = new Thread(() -> {
            try {
                attack.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            usersStop.set(true);
        });
        watcher.start();
        Thread minute = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            usersStop.set(true);
        });
        minute.start();
        users(users, fresh, usersStop, attacked, attackedRefused);
        attack.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        System.out.printf("== %d intentos con contraseña equivocada desde %d direcciones para una cuenta ==%n", sent.get(), attackers);
        System.out.println("respuestas por código: " + new TreeMap<>(guesses) + " (401 = contraseña comprobada; 429 = esperar o bloqueada, sin calcular hash)");
        System.out.printf("tiempo hasta el bloqueo de la cuenta: %s%n", lockedAt[0] == 0 ? "no se bloqueó en 300 s"
                : String.format("%.1f s", (lockedAt[0] - attackStart) / 1e9));
        report("durante el primer minuto del ataque", attacked, attackedRefused);
    }

    private static void report(String phase, List<Double> millis, Map<Integer, Integer> refused) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.floor(0.50 * (sorted.size() - 1)));
        double p95 = sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.floor(0.95 * (sorted.size() - 1)));
        System.out.printf("inicios de sesión reales %s: %d aceptados, p50 %.0f ms, p95 %.0f ms; rechazados por código: %s%n", phase, sorted.size(), p50, p95,
                new TreeMap<>(refused));
    }
}
