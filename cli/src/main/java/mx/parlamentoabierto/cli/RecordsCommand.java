package mx.parlamentoabierto.cli;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The record commands, as the administrator:
 * <ul>
 * <li>{@code import popolo <file> --legislature <id>} — a Popolo JSON file of legislators;</li>
 * <li>{@code import roster <file> --legislature senado|diputados} — a chamber's roster (CSV; the layout is read from its header);</li>
 * <li>{@code import votes <file.csv> --legislature <id>} — a CSV of votes (docs/votes.md);</li>
 * <li>{@code import budget <file>… [--legislature <id>]} — Cuenta Pública spreadsheets or a legislature's budget CSV
 * (docs/budgets.md); a line per file, exit status 1 when one was refused;</li>
 * <li>{@code scrape <scraper> <dir-or-files>… [--term LXII] [--parallel N]} — saved pages, one request per page; each
 * page's outcome on its own line, then a summary. Exit status 1 when a page failed or its totals do not add up.</li>
 * </ul>
 */
final class RecordsCommand {

    private RecordsCommand() {
    }

    static int importFiles(Arguments args) throws IOException, InterruptedException {
        List<String> p = args.positional();
        if (p.size() < 2) {
            throw new UsageException("import: popolo, roster, votes o budget, y el archivo");
        }
        PortalHttp portal = PortalHttp.asAdministrator(args.url());
        String legislature = args.options().get("legislature");
        if (p.get(0).equals("budget")) {
            return importBudgets(portal, p.subList(1, p.size()), legislature);
        }
        if (!p.get(0).equals("popolo") && !p.get(0).equals("votes") && !p.get(0).equals("roster")) {
            throw new UsageException("se importa popolo, roster, votes o budget, no '" + p.get(0) + "'");
        }
        if (legislature == null || p.size() != 2) {
            throw new UsageException("import " + p.get(0) + ": un archivo y --legislature <id>");
        }
        Path file = Path.of(p.get(1));
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no existe o no es un archivo");
            return 2;
        }
        boolean popolo = p.get(0).equals("popolo");
        String path = switch (p.get(0)) {
            case "popolo" -> "popolo";
            case "roster" -> "rosters";
            default -> "votes";
        };
        HttpResponse<String> response = portal.post("/api/legislatures/" + PortalHttp.encode(legislature) + "/" + path
                + "?file=" + PortalHttp.encode(file.getFileName().toString()), Files.readAllBytes(file), popolo ? "application/json" : "text/csv",
                Duration.ofMinutes(10));
        if (response.statusCode() != 200) {
            System.err.println(file + ": " + PortalHttp.problem(response));
            return 1;
        }
        System.out.println(response.body());
        return 0;
    }

    /** Each budget file in turn; a refused file does not stop the others. */
    private static int importBudgets(PortalHttp portal, List<String> files, String legislature) throws IOException, InterruptedException {
        int failed = 0;
        for (String name : files) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                System.err.println("✘ " + file + ": no existe o no es un archivo");
                failed++;
                continue;
            }
            HttpResponse<String> response = portal.post("/api/budget/imports?file=" + PortalHttp.encode(file.getFileName().toString())
                    + (legislature == null ? "" : "&legislature=" + PortalHttp.encode(legislature)), Files.readAllBytes(file),
                    "application/octet-stream", Duration.ofMinutes(10));
            if (response.statusCode() != 200) {
                System.err.println("✘ " + file.getFileName() + ": " + PortalHttp.problem(response));
                failed++;
            } else {
                System.out.println("✔ " + file.getFileName() + ": " + response.body());
            }
        }
        System.out.println("Resumen: " + files.size() + " archivos, " + (files.size() - failed) + " importados, " + failed + " rechazados");
        return failed == 0 ? 0 : 1;
    }

    /** What one page came to. */
    /** What one page came to: its lines of output, and the roll calls it held (none for a page without any). */
    private record PageOutcome(String line, String status, int rollCalls, long votes, long unmatched, boolean countsAgree, List<String> unmatchedNames) {

        static PageOutcome failed(String line) {
            return new PageOutcome(line, "failed", 0, 0, 0, true, List.of());
        }
    }

    static int scrape(Arguments args) throws IOException, InterruptedException {
        List<String> p = args.positional();
        if (p.size() < 2) {
            throw new UsageException("scrape: el scraper y las páginas (./parlamento scrape --list los nombra)");
        }
        PortalHttp portal = PortalHttp.asAdministrator(args.url());
        String scraper = p.get(0);
        String term = args.options().get("term");
        int parallel;
        try {
            parallel = Math.max(1, Math.min(16, Integer.parseInt(args.option("parallel", "4"))));
        } catch (NumberFormatException e) {
            throw new UsageException("--parallel es un número de 1 a 16");
        }
        List<Path> pages = new ArrayList<>();
        for (String input : p.subList(1, p.size())) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(pages::add);
                }
            } else if (Files.isRegularFile(path)) {
                pages.add(path);
            } else {
                System.err.println(input + ": no existe");
                return 2;
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "pagina");
            t.setDaemon(true); // an unexpected failure must not leave the command hanging
            return t;
        });
        long started = System.nanoTime();
        List<Future<PageOutcome>> results = new ArrayList<>();
        for (Path page : pages) {
            results.add(pool.submit(() -> send(portal, scraper, page, term)));
        }
        int imported = 0;
        int unchanged = 0;
        int empty = 0;
        int rollCalls = 0;
        int failed = 0;
        int flagged = 0;
        long votes = 0;
        long unmatched = 0;
        Map<String, Integer> unmatchedNames = new TreeMap<>();
        for (Future<PageOutcome> future : results) {
            PageOutcome r;
            try {
                r = future.get();
            } catch (ExecutionException e) {
                r = PageOutcome.failed("✘ " + e.getCause());
            }
            System.out.println(r.line());
            switch (r.status()) {
                case "failed" -> failed++;
                case "empty" -> empty++;
                case "unchanged" -> unchanged++;
                default -> imported++;
            }
            rollCalls += r.rollCalls();
            votes += r.votes();
            unmatched += r.unmatched();
            if (!r.countsAgree()) {
                flagged++;
            }
            r.unmatchedNames().forEach(name -> unmatchedNames.merge(name, 1, Integer::sum));
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Resumen: %d páginas en %.1f s (%.1f páginas/s): %d votaciones guardadas de %d páginas (%d nuevas o cambiadas, "
                + "%d sin cambios), %d páginas sin votaciones, %d votos, %d votantes u oradores sin identificar, %d páginas con totales que no cuadran, "
                + "%d páginas con error%n", pages.size(), seconds, pages.size() / Math.max(seconds, 0.001), rollCalls, imported + unchanged, imported,
                unchanged, empty, votes, unmatched, flagged, failed);
        if (!unmatchedNames.isEmpty()) {
            System.out.println("Votantes u oradores sin identificar (" + unmatchedNames.size() + " nombres distintos; todos se guardaron con su nombre; "
                    + "lista completa en /api/legislatures/<id>/data-quality): " + String.join("; ", unmatchedNames.keySet().stream().limit(15).toList())
                    + (unmatchedNames.size() > 15 ? "; …" : ""));
        }
        return failed > 0 || flagged > 0 ? 1 : 0;
    }

    private static PageOutcome send(PortalHttp portal, String scraper, Path page, String term) {
        String name = page.getFileName().toString();
        try {
            String retrieved = Files.getLastModifiedTime(page).toInstant().toString();
            HttpResponse<String> response = portal.post("/api/scrapers/" + PortalHttp.encode(scraper) + "/pages?name=" + PortalHttp.encode(name)
                    + "&retrieved=" + PortalHttp.encode(retrieved) + (term == null ? "" : "&term=" + PortalHttp.encode(term)),
                    Files.readAllBytes(page), "application/octet-stream", Duration.ofMinutes(2));
            if (response.statusCode() != 200) {
                return PageOutcome.failed("✘ " + name + ": " + PortalHttp.problem(response));
            }
            JsonNode body = PortalHttp.json(response);
            if (body.path("status").asText().equals("empty")) {
                return new PageOutcome("· " + name + ": sin votaciones nominales", "empty", 0, 0, 0, true, List.of());
            }
            JsonNode debates = body.path("debates");
            if (debates.isArray() && !debates.isEmpty()) {
                return debateOutcome(name, debates);
            }
            JsonNode events = body.path("vote_events");
            List<JsonNode> each = new ArrayList<>();
            if (events.isArray()) {
                events.forEach(each::add);
            } else {
                each.add(body);
            }
            List<String> lines = new ArrayList<>();
            String status = "unchanged";
            long votes = 0;
            long unmatched = 0;
            boolean allAgree = true;
            List<String> names = new ArrayList<>();
            for (JsonNode e : each) {
                String s = e.path("status").asText();
                boolean agree = e.path("counts_agree").asBoolean(true);
                List<String> problems = texts(e.path("count_problems"));
                lines.add((agree ? "✔ " : "! ") + name + " → " + e.path("vote_event_id").asText() + " (" + e.path("date").asText() + ", "
                        + (s.equals("unchanged") ? "sin cambios" : s.equals("updated") ? "actualizada" : "nueva") + "): "
                        + e.path("votes").asLong() + " votos, " + e.path("matched").asLong() + " identificados, " + e.path("unmatched").asLong()
                        + " sin identificar" + (agree ? "" : "; los totales anunciados no cuadran: " + String.join("; ", problems)));
                if (!s.equals("unchanged")) {
                    status = s;
                }
                votes += e.path("votes").asLong();
                unmatched += e.path("unmatched").asLong();
                allAgree &= agree;
                names.addAll(texts(e.path("unmatched_names")));
            }
            return new PageOutcome(String.join("\n", lines), status, each.size(), votes, unmatched, allAgree, names);
        } catch (IOException e) {
            return PageOutcome.failed("✘ " + name + ": no se pudo enviar (" + e.getMessage() + "); ¿está el portal en marcha en " + portal.base() + "?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PageOutcome.failed("✘ " + name + ": interrumpido");
        }
    }

    /** A transcript's page: its sitting's debate, speeches, words and the share attributed to the chamber's members. */
    private static PageOutcome debateOutcome(String name, JsonNode debates) {
        List<String> lines = new ArrayList<>();
        String status = "unchanged";
        List<String> names = new ArrayList<>();
        for (JsonNode d : debates) {
            String s = d.path("status").asText();
            long words = d.path("words").asLong();
            long attributed = d.path("attributed_words").asLong();
            lines.add("✔ " + name + " → " + d.path("debate_id").asText() + " (" + d.path("date").asText() + ", " + switch (s) {
                case "unchanged" -> "sin cambios";
                case "updated" -> "actualizado";
                case "source-only" -> "guardado como otra fuente: el Diario de esa sesión ya está";
                default -> "nuevo";
            } + "): " + d.path("speeches").asLong() + " intervenciones, " + words + " palabras, "
                    + String.format(java.util.Locale.ROOT, "%.1f", words == 0 ? 0.0 : 100.0 * attributed / words) + " % atribuidas, "
                    + d.path("roll_calls_linked").asLong() + " votaciones enlazadas");
            if (!s.equals("unchanged")) {
                status = s;
            }
            names.addAll(texts(d.path("unmatched_speakers")));
        }
        return new PageOutcome(String.join("\n", lines), status, 0, 0, names.size(), true, names);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
