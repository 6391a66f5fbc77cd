package mx.parlamentoabierto.vote.interfaces.cli;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The record commands of {@code ./parlamento}, run from this source file with the JDK only, against the running portal
 * as the administrator (PARLAMENTO_ADMIN_PASSWORD):
 * <ul>
 * <li>{@code import popolo <file> --legislature <id>} — a Popolo JSON file of legislators;</li>
 * <li>{@code import votes <file.csv> --legislature <id>} — a CSV of votes (docs/votes.md);</li>
 * <li>{@code import budget <file>… [--legislature <id>]} — Cuenta Pública spreadsheets or a legislature's budget CSV
 * (docs/budgets.md); a line per file, exit status 1 when one was refused;</li>
 * <li>{@code scrape <scraper> <dir-or-files>… [--term LXII] [--parallel N]} — saved pages, one request per page; each
 * page's outcome on its own line, then a summary (events, votes, unmatched, failed). Exit status 1 when a page failed.</li>
 * </ul>
 */
public final class RecordsCommand {

    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String authorization;

    private RecordsCommand(String base, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    usage("falta el valor de " + args[i]);
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        String password = System.getenv("PARLAMENTO_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            System.err.println("falta PARLAMENTO_ADMIN_PASSWORD (la contraseña de la cuenta admin)");
            System.exit(2);
        }
        RecordsCommand command = new RecordsCommand(options.getOrDefault("url", "http://localhost:8080").replaceAll("/$", ""), password);
        if (positional.size() >= 3 && positional.get(0).equals("import") && positional.get(1).equals("budget")) {
            System.exit(command.importBudgets(positional.subList(2, positional.size()), options.get("legislature")));
        } else if (positional.size() >= 3 && positional.get(0).equals("import")) {
            String legislature = options.get("legislature");
            if (legislature == null) {
                usage("falta --legislature <id>");
            }
            String kind = positional.get(1);
            if (!kind.equals("popolo") && !kind.equals("votes")) {
                usage("se importa popolo, votes o budget, no '" + kind + "'");
            }
            System.exit(command.importFile(kind, Path.of(positional.get(2)), legislature));
        } else if (positional.size() >= 3 && positional.get(0).equals("scrape")) {
            int parallel = Integer.parseInt(options.getOrDefault("parallel", "4"));
            System.exit(command.scrape(positional.get(1), positional.subList(2, positional.size()), options.get("term"), parallel));
        } else {
            usage(null);
        }
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println(problem);
        }
        System.err.println("uso: ./parlamento import popolo <archivo.json> --legislature <id>\n"
                + "     ./parlamento import votes <archivo.csv> --legislature <id>\n"
                + "     ./parlamento import budget <archivo>… [--legislature <id>]\n"
                + "     ./parlamento scrape <scraper> <directorio-o-archivos>… [--term LXII] [--parallel 4]");
        System.exit(2);
    }

    private int importFile(String kind, Path file, String legislature) throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no existe o no es un archivo");
            return 2;
        }
        String path = "/api/legislatures/" + encode(legislature) + "/" + (kind.equals("popolo") ? "popolo" : "votes") + "?file="
                + encode(file.getFileName().toString());
        HttpResponse<String> response = post(path, Files.readAllBytes(file), kind.equals("popolo") ? "application/json" : "text/csv",
                Duration.ofMinutes(10));
        if (response.statusCode() != 200) {
            System.err.println(file + ": " + problem(response));
            return 1;
        }
        System.out.println(response.body());
        return 0;
    }

    /** Each budget file in turn; a refused file does not stop the others. */
    private int importBudgets(List<String> files, String legislature) throws IOException, InterruptedException {
        int failed = 0;
        for (String name : files) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                System.err.println("✘ " + file + ": no existe o no es un archivo");
                failed++;
                continue;
            }
            String path = "/api/budget/imports?file=" + encode(file.getFileName().toString())
                    + (legislature == null ? "" : "&legislature=" + encode(legislature));
            HttpResponse<String> response = post(path, Files.readAllBytes(file), "application/octet-stream", Duration.ofMinutes(10));
            if (response.statusCode() != 200) {
                System.err.println("✘ " + file.getFileName() + ": " + problem(response));
                failed++;
            } else {
                System.out.println("✔ " + file.getFileName() + ": " + response.body());
            }
        }
        System.out.println("Resumen: " + files.size() + " archivos, " + (files.size() - failed) + " importados, " + failed + " rechazados");
        return failed == 0 ? 0 : 1;
    }

    private int scrape(String scraper, List<String> inputs, String term, int parallel) throws Exception {
        List<Path> pages = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(pages::add);
                }
            } else if (Files.isRegularFile(p)) {
                pages.add(p);
            } else {
                System.err.println(input + ": no existe");
                return 2;
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, 16)), r -> {
            Thread t = new Thread(r, "pagina");
            t.setDaemon(true); // an unexpected failure in main must not leave the command hanging
            return t;
        });
        long started = System.nanoTime();
        List<Future<String[]>> results = new ArrayList<>();
        for (Path page : pages) {
            results.add(pool.submit(() -> send(scraper, page, term)));
        }
        int imported = 0;
        int unchanged = 0;
        int failed = 0;
        int flagged = 0;
        long votes = 0;
        long unmatched = 0;
        Map<String, Integer> unmatchedNames = new TreeMap<>();
        for (Future<String[]> future : results) {
            String[] r = future.get();
            System.out.println(r[0]);
            switch (r[1]) {
                case "failed" -> failed++;
                case "unchanged" -> unchanged++;
                default -> imported++;
            }
            if (!r[1].equals("failed")) {
                votes += Long.parseLong(r[2]);
                unmatched += Long.parseLong(r[3]);
                if (r[4].equals("false")) {
                    flagged++;
                }
                for (String name : r[5].split("\n")) {
                    if (!name.isBlank()) {
                        unmatchedNames.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Resumen: %d páginas en %.1f s (%.1f páginas/s): %d votaciones guardadas (%d nuevas o cambiadas, %d sin cambios), "
                + "%d votos, %d votantes sin identificar, %d con totales que no cuadran, %d páginas con error%n", pages.size(), seconds,
                pages.size() / Math.max(seconds, 0.001), imported + unchanged, imported, unchanged, votes, unmatched, flagged, failed);
        if (!unmatchedNames.isEmpty()) {
            System.out.println("Votantes sin identificar (" + unmatchedNames.size() + " nombres distintos; todos se guardaron con su nombre; "
                    + "lista completa en /api/legislatures/<id>/data-quality): " + String.join("; ", unmatchedNames.keySet().stream().limit(15).toList())
                    + (unmatchedNames.size() > 15 ? "; …" : ""));
        }
        return failed > 0 || flagged > 0 ? 1 : 0;
    }

    /** One page → {line to print, status, votes, unmatched, countsAgree, unmatched names}. */
    private String[] send(String scraper, Path page, String term) {
        String name = page.getFileName().toString();
        try {
            String retrieved = Files.getLastModifiedTime(page).toInstant().toString();
            String path = "/api/scrapers/" + encode(scraper) + "/pages?name=" + encode(name) + "&retrieved=" + encode(retrieved)
                    + (term == null ? "" : "&term=" + encode(term));
            HttpResponse<String> response = post(path, Files.readAllBytes(page), "application/octet-stream", Duration.ofMinutes(2));
            if (response.statusCode() != 200) {
                return new String[] {"✘ " + name + ": " + problem(response), "failed", "0", "0", "true", ""};
            }
            String body = response.body();
            String status = text(body, "status");
            boolean agree = body.contains("\"counts_agree\":true");
            String line = (agree ? "✔ " : "! ") + name + " → " + text(body, "vote_event_id") + " (" + text(body, "date") + ", "
                    + (status.equals("unchanged") ? "sin cambios" : status.equals("updated") ? "actualizada" : "nueva") + "): "
                    + number(body, "votes") + " votos, " + number(body, "matched") + " identificados, " + number(body, "unmatched")
                    + " sin identificar" + (agree ? "" : "; los totales de la página no cuadran: " + array(body, "count_problems"));
            return new String[] {line, status, number(body, "votes"), number(body, "unmatched"), String.valueOf(agree),
                    array(body, "unmatched_names").replace("; ", "\n")};
        } catch (IOException e) {
            return new String[] {"✘ " + name + ": no se pudo enviar (" + e.getMessage() + "); ¿está el portal en marcha en " + base + "?",
                    "failed", "0", "0", "true", ""};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new String[] {"✘ " + name + ": interrumpido", "failed", "0", "0", "true", ""};
        }
    }

    private HttpResponse<String> post(String path, byte[] body, String type, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Content-Type", type)
                .header("X-Requested-By", "parlamento-cli").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String problem(HttpResponse<String> response) {
        Matcher detail = DETAIL.matcher(response.body());
        return "HTTP " + response.statusCode() + (detail.find() ? ": " + unescape(detail.group(1)) : "");
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? unescape(m.group(1)) : "";
    }

    private static String number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "0";
    }

    /** The strings of a flat array field, scanned (a regex over a long array overflows the stack). */
    private static String array(String json, String field) {
        int start = json.indexOf("\"" + field + "\":[");
        if (start < 0) {
            return "";
        }
        List<String> items = new ArrayList<>();
        int i = start + field.length() + 4;
        while (i < json.length() && json.charAt(i) != ']') {
            if (json.charAt(i) == '"') {
                StringBuilder item = new StringBuilder();
                for (i++; i < json.length() && json.charAt(i) != '"'; i++) {
                    item.append(json.charAt(i));
                    if (json.charAt(i) == '\\' && i + 1 < json.length()) {
                        item.append(json.charAt(++i));
                    }
                }
                items.add(unescape(item.toString()));
            }
            i++;
        }
        return String.join("; ", items);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
