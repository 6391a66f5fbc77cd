package mx.parlamentoabierto.bench;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./parlamento bench speeches}, the import half: every deputy's roster, the 84 real versiones estenográficas of
 * 2008–2009, then generated sittings of the LXI Legislatura in the same markup until {@code total} speeches (500 a
 * sitting, by the term's real deputies from the roster; one of them speaks 25 times in each, so that their page holds
 * thousands), all sent to a running portal the way {@code ./parlamento scrape} sends them (one page per request, 4 at
 * once). Prints sittings and speeches per second for each part, and the addresses and the Elasticsearch body the
 * shell's load generator then drives. JDK only, run with the source launcher; deterministic (seed 29).
 */
public final class SpeechesBenchmark {

    /** The words of every speech: the language's common words and the chamber's. */
    private static final String[] WORDS = ("el la los las de del que en y a por para con una un se su sus al lo como más pero sus ya o este "
            + "porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso "
            + "ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar "
            + "iniciativa dictamen comisión diputados legislatura gobierno federal estados municipios ciudadanos compañeros presidente "
            + "grupo parlamentario asamblea votación propuesta ley artículo reforma decreto país nación pueblo").split(" ");
    /** What a speech is about: one of forty, so that a topic's word is in one speech of forty, as in real debates. */
    private static final String[] TOPICS = ("petróleo presupuesto educación salud seguridad justicia derechos mujeres campo energía agua elecciones "
            + "transparencia economía empleo pobreza impuestos inversión infraestructura migrantes indígenas ambiente cultura deporte ciencia "
            + "tecnología corrupción vivienda pensiones transporte turismo pesca minería bosques telecomunicaciones salarios niñez juventud "
            + "discapacidad narcotráfico").split(" ");
    private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"};
    private static final int PER_SITTING = 500;
    private static final int FREQUENT = 25;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        Path roster = Path.of(args[2]);
        Path versiones = Path.of(args[3]);
        int total = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> imported = post(http, base + "/api/legislatures/diputados/rosters?file=all-dips.csv", Files.readAllBytes(roster), auth);
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("padrón: " + imported.statusCode() + " " + imported.body());
        }
        List<Path> real;
        try (Stream<Path> files = Files.list(versiones)) {
            real = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        List<byte[]> realPages = new ArrayList<>();
        for (Path file : real) {
            realPages.add(Files.readAllBytes(file));
        }
        send(http, base, auth, "versiones estenográficas reales (2008–2009)", realPages, i -> real.get(i).getFileName().toString());

        List<String> deputies = deputies(roster, "61");
        Random random = new Random(29);
        int sittings = (total + PER_SITTING - 1) / PER_SITTING;
        List<byte[]> generated = new ArrayList<>();
        LocalDate day = LocalDate.of(2009, 9, 3);
        for (int s = 0; s < sittings; s++) {
            generated.add(sitting(day.plusDays(s), deputies, random));
        }
        send(http, base, auth, "sesiones generadas (LXI, " + PER_SITTING + " intervenciones cada una)", generated,
                i -> "generada-" + day.plusDays(i) + ".html");

        String frequent = deputies.get(0);
        HttpResponse<String> person = http.send(HttpRequest.newBuilder(URI.create(base + "/api/people?legislature=diputados&per_page=1&q="
                + URLEncoder.encode(frequent, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(person.body());
        if (!id.find()) {
            throw new IllegalStateException("no se encontró a " + frequent + ": " + person.body());
        }
        String personId = id.group(1);
        System.out.println("legislador con más intervenciones: " + frequent + " (" + personId + ")");
        System.out.println("PERSON_URL=" + base + "/legislador.xhtml?id=" + URLEncoder.encode(personId, StandardCharsets.UTF_8));
        System.out.println("PERSON_API=" + base + "/api/people/" + URLEncoder.encode(personId, StandardCharsets.UTF_8) + "/speeches");
        // forty searches in rotation, one topic each (as many people search different things), and the same queries as the
        // portal sends them (SpeechIndex: words, fields, filter, facets, highlighting) for Elasticsearch alone
        List<String> paths = new ArrayList<>();
        Files.createDirectories(out.resolve("speeches-es"));
        for (int i = 0; i < TOPICS.length; i++) {
            paths.add("/api/speeches?legislature=diputados&q=" + URLEncoder.encode(TOPICS[i], StandardCharsets.UTF_8));
            Files.writeString(out.resolve("speeches-es").resolve(i + ".json"), """
                    {"query":{"bool":{"must":[{"simple_query_string":{"query":"%s","fields":["text","text.exact^2","heading","speakerName^3"],\
                    "default_operator":"and","flags":"PHRASE|AND|OR|NOT|PREFIX|PRECEDENCE|WHITESPACE"}}],\
                    "filter":[{"terms":{"legislatureId":["diputados"]}}]}},"from":0,"size":20,"track_total_hits":true,"_source":{"excludes":["text"]},\
                    "aggs":{"group":{"terms":{"field":"groupName","size":30}},"role":{"terms":{"field":"role","size":10}}},\
                    "highlight":{"encoder":"html","pre_tags":["<mark>"],"post_tags":["</mark>"],"fields":{"text":{"fragment_size":200,\
                    "number_of_fragments":3,"no_match_size":200,"matched_fields":["text","text.exact"]}}}}
                    """.formatted(TOPICS[i]));
        }
        Files.write(out.resolve("speeches-api-paths.txt"), paths);
        System.out.println("SEARCHES=" + TOPICS.length);
    }

    interface Name {
        String of(int index);
    }

    private static void send(HttpClient http, String base, String auth, String label, List<byte[]> pages, Name names) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger failed = new AtomicInteger();
        AtomicLong speeches = new AtomicLong();
        Pattern count = Pattern.compile("\"speeches\":(\\d+)");
        List<Future<?>> sent = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            int n = i;
            sent.add(pool.submit(() -> {
                try {
                    HttpResponse<String> r = post(http, base + "/api/scrapers/diputados-estenograficas/pages?name="
                            + URLEncoder.encode(names.of(n), StandardCharsets.UTF_8), pages.get(n), auth);
                    Matcher m = count.matcher(r.body());
                    if (r.statusCode() != 200 || !m.find()) {
                        failed.incrementAndGet();
                        System.err.println(names.of(n) + ": " + r.statusCode() + " " + r.body());
                    } else {
                        speeches.addAndGet(Long.parseLong(m.group(1)));
                    }
                } catch (IOException | InterruptedException e) {
                    failed.incrementAndGet();
                    System.err.println(names.of(n) + ": " + e);
                }
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d sesiones, %d intervenciones en %.1f s: %.2f sesiones/s, %.0f intervenciones/s, %d con error%n", label,
                pages.size(), speeches.get(), seconds, pages.size() / seconds, speeches.get() / seconds, failed.get());
    }

    /** The names of the term's deputies in the roster ("pila patmat" in capitals), as transcripts print them: title case. */
    static List<String> deputies(Path roster, String term) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[0].equals(term) && !f[3].isBlank() && !f[4].isBlank()) {
                names.add(titleCase(f[3] + " " + f[4]));
            }
        }
        return names;
    }

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(w.length() <= 3 && (w.equals("de") || w.equals("del") || w.equals("la") || w.equals("y"))
                        ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
        }
        return out.toString();
    }

    private static byte[] sitting(LocalDate date, List<String> deputies, Random random) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><hr><font>Versión estenográfica de la sesión "
                + "ordinaria del " + date.getDayOfMonth() + " de " + MONTHS[date.getMonthValue() - 1] + " de " + date.getYear() + "</font><hr>\n");
        String president = deputies.get(1 + random.nextInt(deputies.size() - 1));
        for (int s = 0; s < PER_SITTING; s++) {
            String speaker;
            if (s % 2 == 0) {
                speaker = "La Presidenta diputada " + president;
            } else if (s % (PER_SITTING / FREQUENT) == 1) {
                speaker = "El diputado " + deputies.get(0);
            } else {
                speaker = "El diputado " + deputies.get(1 + random.nextInt(deputies.size() - 1));
            }
            html.append("<p><b>").append(speaker).append(":</b> ").append(words(random, s % 2 == 0 ? 20 : 120)).append("</p>\n");
            if (s % 50 == 3) {
                html.append("<p>(Aplausos)</p>\n");
            }
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(i % 20 == 7 ? topic : WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    static HttpResponse<String> post(HttpClient http, String url, byte[] body, String auth) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).header("Authorization", auth)
                .header("X-Requested-By", "bench").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
