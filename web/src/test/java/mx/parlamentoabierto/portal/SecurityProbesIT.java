package mx.parlamentoabierto.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * The holes the second security round found by probing a running portal (issue 25), each probed again here against
 * the deployed WAR: concurrent guesses, searches outside admission, error answers without security headers, results
 * and reviews across object boundaries, open redirects, login CSRF, script addresses through imports, formula cells,
 * listeners beyond loopback, what health, metrics and WADL tell strangers, and a forged Host in feeds.
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
class SecurityProbesIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    private static Team team;

    private synchronized Team team() throws Exception {
        if (team == null) {
            team = new Team(url.toURI(), "sp");
        }
        return team;
    }

    private PortalClient admin() throws Exception {
        return PortalClient.basic(url.toURI(), "admin", Team.ADMIN_PASSWORD);
    }

    // ---- 1. the sign-in throttle under concurrent guesses ---------------------------------------------------------

    @Test
    void thirtyConcurrentGuessesAreCheckedThreeAtATimeAndTheRestRefusedUnhashed() throws Exception {
        URI base = url.toURI();
        String victim = "sp-victima";
        HttpResponse<String> created = admin().json("POST", "api/users", "{\"name\":\"" + victim + "\",\"roles\":[\"evaluator\"]}");
        assertEquals(201, created.statusCode(), created.body());
        String password = PortalClient.object(created).getString("password");
        int guesses = 30;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                // every guess from its own address (through the trusted loopback proxy): only the account's count can stop them;
                // the right password is among them
                String guess = i == guesses / 2 ? password : "equivocada-" + i;
                PortalClient client = PortalClient.basic(base, victim, guess).from("203.0.113." + (i + 1));
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.get("api/me");
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get();
                byStatus.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 429 || r.statusCode() == 503) {
                    assertTrue(r.headers().firstValue("Retry-After").isPresent(), "a refusal says when to come back");
                }
            }
            int checked = byStatus.getOrDefault(401, 0) + byStatus.getOrDefault(200, 0);
            assertTrue(checked <= 3, "at most the three free attempts are hashed: " + byStatus);
            assertEquals(guesses, byStatus.values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(byStatus.getOrDefault(429, 0) + byStatus.getOrDefault(503, 0) >= guesses - 3, byStatus.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- 2. every path that searches passes admission -----------------------------------------------------------

    @Test
    void feedsOfSavedSearchesAndVariableSearchPassTheSearchAdmission() throws Exception {
        URI base = url.toURI();
        for (String path : List.of("api/feeds/search?q=con*+pre*+ses*", "api/methodologies/parlamento-abierto-mx/variables?q=sesion",
                "api/search?q=ley")) {
            PortalClient one = PortalClient.anonymous(base).from("198.51.100." + (10 + path.length() % 200));
            int refused = 0;
            String refusal = "";
            for (int i = 0; i < 400 && refused == 0; i++) {
                HttpResponse<String> r = one.get(path);
                if (r.statusCode() == 429) {
                    refused++;
                    refusal = r.body();
                    assertTrue(r.headers().firstValue("Retry-After").isPresent(), path);
                } else {
                    assertEquals(200, r.statusCode(), path + ": " + r.body());
                }
            }
            assertEquals(1, refused, path + " is admitted like every search: one address past its bucket is refused");
            assertTrue(refusal.contains("búsquedas"), refusal);
        }
    }

    // ---- 4. security headers on every answer ----------------------------------------------------------------------

    @Test
    void everyAnswerCarriesTheSecurityHeadersErrorsAndContainerAnswersIncluded() throws Exception {
        URI base = url.toURI();
        List<String> wrong = new ArrayList<>();
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("a tampered view state", tamperedViewState(base));
        probes.put("/admin (the container's slash)", raw(base, "GET /admin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        probes.put("/WEB-INF/web.xml", raw(base, "GET /WEB-INF/web.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        probes.put("/api/people/%ff", raw(base, "GET /api/people/%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        probes.put("a raw 0xFF in the query", rawBytes(base, concat("GET /buscar.xhtml?q=", new byte[] {(byte) 0xff},
                " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")));
        probes.put("TRACE /", raw(base, "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        probes.put("a request line of 20,000 characters", raw(base, "GET /?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        probes.put("a page", raw(base, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        probes.put("a 404", raw(base, "GET /no-existe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        for (Map.Entry<String, String> probe : probes.entrySet()) {
            String head = probe.getValue().split("\r\n\r\n", 2)[0];
            String lower = head.toLowerCase(java.util.Locale.ROOT);
            for (String header : List.of("content-security-policy: default-src 'self'", "x-content-type-options: nosniff", "x-frame-options: deny",
                    "referrer-policy: strict-origin-when-cross-origin")) {
                if (!lower.contains("\r\n" + header)) {
                    wrong.add(probe.getKey() + " lacks «" + header + "»: " + head.lines().findFirst().orElse(""));
                }
            }
            if (lower.contains("x-frame-options: sameorigin")) {
                wrong.add(probe.getKey() + " says SAMEORIGIN");
            }
            if (lower.matches("(?s).*content-security-policy:[^\r\n]*script-src[^;\r\n]*'unsafe-inline'.*")) {
                wrong.add(probe.getKey() + " allows inline scripts");
            }
        }
        assertEquals(List.of(), wrong);
    }

    private String tamperedViewState(URI base) throws Exception {
        PortalClient browser = PortalClient.anonymous(base);
        String form = browser.get("entrar.xhtml").body();
        Matcher csrf = CSRF.matcher(form);
        assertTrue(csrf.find(), "the sign-in form carries a token");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("entrar", "entrar");
        fields.put("usuario", "alguien");
        fields.put("clave", "algo");
        fields.put("boton-entrar", "Entrar");
        fields.put("_csrf", csrf.group(1));
        Matcher nonce = PortalClient.NONCE.matcher(form);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.put("jakarta.faces.ViewState", "AAAA" + "x".repeat(40) + "==");
        HttpResponse<String> answer = browser.postForm("entrar.xhtml", fields);
        assertEquals(400, answer.statusCode(), answer.body());
        StringBuilder head = new StringBuilder("HTTP/1.1 " + answer.statusCode());
        answer.headers().map().forEach((k, vs) -> vs.forEach(v -> head.append("\r\n").append(k).append(": ").append(v)));
        return head + "\r\n\r\n" + answer.body();
    }

    // ---- 5. unpublished results follow the answers' object-level rule ----------------------------------------------

    @Test
    void anEvaluatorSeesTheScorecardOfTheirLegislatureOnlyAndNoRankingBeforePublication() throws Exception {
        Team t = team();
        Cycle cycle = new Cycle(t);
        String edition = "sp-resultados";
        cycle.draft(edition, List.of("sonora", "jalisco"));
        // Jalisco goes to the second evaluator: the first is assigned Sonora only
        Cycle.expect(201, t.as("sp-coordinadora").json("POST", "api/editions/" + edition + "/assignments",
                "{\"legislature\":\"jalisco\",\"evaluator\":\"sp-evaluadora-2\",\"reviewer\":\"sp-revisor\"}"));
        Cycle.expect(200, cycle.transition(edition, "evaluation"));
        PortalClient sonoraEvaluator = t.as("sp-evaluador");
        assertEquals(200, sonoraEvaluator.get("api/editions/" + edition + "/scorecards/sonora").statusCode());
        assertEquals(404, sonoraEvaluator.get("api/editions/" + edition + "/scorecards/jalisco").statusCode(), "another legislature's drafts");
        assertEquals(404, sonoraEvaluator.get("api/editions/" + edition + "/rankings").statusCode(), "every legislature's drafts");
        assertEquals(404, sonoraEvaluator.get("api/editions/" + edition + "/rankings.csv").statusCode());
        assertEquals(200, t.as("sp-coordinadora").get("api/editions/" + edition + "/rankings").statusCode());
        PortalClient page = PortalClient.session(url.toURI(), "sp-evaluador", t.passwords.get("sp-evaluador"));
        assertEquals(404, page.get("legislatura.xhtml?id=jalisco&edicion=" + edition).statusCode());
        assertEquals(200, page.get("legislatura.xhtml?id=sonora&edicion=" + edition).statusCode());
    }

    // ---- 6. nobody reviews an answer they wrote ----------------------------------------------------------------------

    @Test
    void anAuthorMadeReviewerByAReassignmentCannotAcceptTheirOwnAnswers() throws Exception {
        Team t = team();
        Cycle cycle = new Cycle(t);
        String edition = "sp-autorrevision";
        HttpResponse<String> both = admin().json("POST", "api/users", "{\"name\":\"sp-doble\",\"roles\":[\"evaluator\",\"reviewer\"]}");
        assertEquals(201, both.statusCode(), both.body());
        String password = PortalClient.object(both).getString("password");
        PortalClient doble = PortalClient.basic(url.toURI(), "sp-doble", password);
        cycle.draft(edition, List.of("sonora"));
        Cycle.expect(201, t.as("sp-coordinadora").json("POST", "api/editions/" + edition + "/assignments",
                "{\"legislature\":\"sonora\",\"evaluator\":\"sp-doble\",\"reviewer\":\"sp-revisor\"}"));
        Cycle.expect(200, cycle.transition(edition, "evaluation"));
        for (Variable v : t.methodology.variables()) {
            Cycle.expect(200, doble.json("PUT", "api/editions/" + edition + "/answers/sonora/" + v.id(),
                    "{\"value\":" + Cycle.valueFor(v, "sonora") + ",\"justification\":\"Visto en el sitio oficial.\"}"));
        }
        Cycle.expect(200, doble.json("POST", "api/editions/" + edition + "/answers/sonora/submit", ""));
        // the author becomes the reviewer of the answers they wrote
        Cycle.expect(201, t.as("sp-coordinadora").json("POST", "api/editions/" + edition + "/assignments",
                "{\"legislature\":\"sonora\",\"evaluator\":\"sp-evaluador\",\"reviewer\":\"sp-doble\"}"));
        Cycle.expect(200, cycle.transition(edition, "review"));
        String first = t.methodology.variables().get(0).id();
        HttpResponse<String> accepted = doble.json("POST", "api/editions/" + edition + "/answers/sonora/" + first + "/review", "{\"decision\":\"accept\"}");
        assertEquals(403, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("escribió"), accepted.body());
    }

    // ---- 7 and 8. sign-in: only local returns, only from this portal's own form --------------------------------------

    @Test
    void afterSignInTheBrowserIsSentOnlyToAPathOfThisPortal() throws Exception {
        Team t = team();
        for (String back : List.of("/\t/evil.example/x", "/\n/evil.example/x", "/\r/evil.example/x", "/" + (char) 1 + "/evil.example",
                "/" + (char) 0x7f + "/evil.example", "/\\evil.example", "//evil.example", "/ /evil.example")) {
            PortalClient browser = PortalClient.anonymous(url.toURI());
            HttpResponse<String> signedIn = browser.signIn("sp-evaluador", t.passwords.get("sp-evaluador"), back);
            assertEquals(302, signedIn.statusCode(), signedIn.body());
            String location = signedIn.headers().firstValue("Location").orElse("");
            String path = location.replaceFirst("^https?://[^/]+", "");
            assertTrue(path.startsWith("/") && !path.startsWith("//") && !path.contains("evil.example")
                    && path.chars().noneMatch(c -> c < 0x21 || c == '\\'), "U+" + Integer.toHexString(back.charAt(1)) + " → " + location);
        }
    }

    @Test
    void aSignInFormPostedFromAnotherSiteSignsNobodyIn() throws Exception {
        Team t = team();
        URI base = url.toURI();
        // the attacker's page: it can fetch the form (and its view state) itself, but not the victim's cookie
        String form = PortalClient.anonymous(base).get("entrar.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(form);
        Matcher token = CSRF.matcher(form);
        assertTrue(viewState.find() && token.find());
        PortalClient victim = PortalClient.anonymous(base);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("entrar", "entrar");
        fields.put("usuario", "sp-evaluador");
        fields.put("clave", t.passwords.get("sp-evaluador"));
        fields.put("volver", "/trabajo/index.xhtml");
        fields.put("boton-entrar", "Entrar");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        fields.put("_csrf", token.group(1));
        Matcher nonce = PortalClient.NONCE.matcher(form);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        HttpResponse<String> forged = victim.postForm("entrar.xhtml", fields);
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(null, victim.sessionId(), "no session was started in the victim's browser");
        // the portal's own form, in the same browser, works
        PortalClient.session(base, "sp-evaluador", t.passwords.get("sp-evaluador"));
    }

    // ---- 9. script addresses never enter ------------------------------------------------------------------------------

    @Test
    void scriptAddressesAreRefusedByEveryImportThatTakesAnAddress() throws Exception {
        PortalClient admin = admin();
        for (String hostile : List.of("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
                "JaVaScRiPt:alert(1)", "java\tscript:alert(1)")) {
            String json = hostile.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
            String popolo = "{\"persons\":[{\"id\":\"p1\",\"name\":\"Ana Pérez\"}],\"organizations\":[{\"id\":\"o1\",\"name\":\"Grupo\","
                    + "\"classification\":\"party\"}],\"memberships\":[{\"person_id\":\"p1\",\"organization_id\":\"o1\",\"sources\":[{\"url\":\"" + json + "\"}]}]}";
            HttpResponse<String> refused = admin.upload("api/legislatures/sonora/popolo?file=p.json", popolo.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, refused.statusCode(), hostile + ": " + refused.body());
            assertTrue(refused.body().contains("memberships[0].sources[0].url"), refused.body());
            HttpResponse<String> image = admin.upload("api/legislatures/sonora/popolo?file=p.json",
                    ("{\"persons\":[{\"id\":\"p1\",\"name\":\"Ana\",\"image\":\"" + json + "\",\"links\":[{\"url\":\"https://ok.example\"}]}]}")
                            .getBytes(StandardCharsets.UTF_8));
            assertEquals(400, image.statusCode(), image.body());
            String csv = "vote_event,date,title,term,voter_name,option,source_url\nx-1,2013-03-01,Dictamen,LXII,Pérez Ana,a favor,\"" + hostile + "\"\n";
            HttpResponse<String> votes = admin.upload("api/legislatures/sonora/votes?file=v.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, votes.statusCode(), votes.body());
            HttpResponse<String> document = admin.multipart("api/documents", Map.of("legislature", "sonora", "type", "acta", "title", "Acta",
                    "sourceUrl", hostile), "acta.txt", "Acta de la sesión".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, document.statusCode(), document.body());
        }
        HttpResponse<String> page = PortalClient.anonymous(url.toURI()).get("legisladores.xhtml?legislatura=sonora");
        assertFalse(page.body().toLowerCase(java.util.Locale.ROOT).contains("javascript:"), "nothing of it reached a page");
    }

    // ---- 10. formula cells in every CSV -------------------------------------------------------------------------------

    @Test
    void cellsASpreadsheetWouldRunAreNeutralisedInEveryCsv() throws Exception {
        PortalClient admin = admin();
        String formula = "=HYPERLINK(\"http://evil.example/\",\"clic\")";
        String budget = "year,stage,economic_class,programme,programme_name,amount\n"
                + "2024,approved,personal_services,P01,\"" + formula.replace("\"", "\"\"") + "\",1000\n"
                + "2024,approved,operating_expenses,P02,@SUM(1+1),500\n"
                + "2024,approved,operating_expenses,P03,-2+3,250\n";
        HttpResponse<String> imported = admin.upload("api/budget/imports?legislature=sonora&file=sonora.csv", budget.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());
        HttpResponse<String> document = admin.multipart("api/documents", Map.of("legislature", "sonora", "type", "acta", "title", "+cmd|' /C calc'!A0"),
                "acta-formula.txt", "Acta con título de fórmula".getBytes(StandardCharsets.UTF_8));
        assertTrue(document.statusCode() == 202 || document.statusCode() == 200, document.body());
        String endpoint = admin.get("api/legislatures/sonora/budget.csv").body();
        assertNeutralised(endpoint, "budget.csv");
        assertTrue(endpoint.contains(",1000") && endpoint.contains(",250"), "numbers stay numbers: " + endpoint);
        HttpResponse<String> built = admin.json("POST", "api/bulk/build", "");
        assertTrue(built.statusCode() == 200 || built.statusCode() == 202, built.body());
        assertNeutralised(admin.get("api/bulk/budgets.csv").body(), "budgets.csv");
        String documents = admin.get("api/bulk/documents.csv").body();
        assertTrue(documents.contains("'+cmd|"), "documents.csv");
        assertFalse(documents.contains(",+cmd|"), "documents.csv");
        assertTrue(admin.get("api/bulk/budgets/codebook").body().contains("apóstrofo"), "the codebook says what was done");
        String json = admin.get("api/bulk/budgets.json").body();
        assertTrue(json.contains("\"@SUM(1+1)\""), "the JSON keeps the text as it is");
    }

    private static void assertNeutralised(String csv, String name) {
        for (String cell : List.of("=HYPERLINK", "@SUM", "-2+3")) {
            assertTrue(csv.contains("'" + cell) , name + " neutralises " + cell + ": " + csv);
            assertFalse(csv.matches("(?s).*(^|[,\\n\"])" + Pattern.quote(cell) + ".*"), name + " has " + cell + " as it came: " + csv);
        }
    }

    // ---- 11. nothing listens beyond loopback -------------------------------------------------------------------------

    @Test
    void thePortalUnderTestListensOnLoopbackOnlyAndRunsNoDataGrid() throws Exception {
        Map<String, String> listening = new LinkedHashMap<>(); // socket inode → local address:port (hex, as the kernel writes it)
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.strip().split("\\s+");
                if (f[3].equals("0A")) { // LISTEN
                    listening.put(f[9], f[1]);
                }
            }
        }
        String port = String.format("%04X", url.getPort());
        List<String> ours = null;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path proc : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                List<String> sockets = new ArrayList<>();
                try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
                    for (Path fd : fds.toList()) {
                        try {
                            Matcher socket = Pattern.compile("socket:\\[(\\d+)]").matcher(Files.readSymbolicLink(fd).toString());
                            if (socket.matches() && listening.containsKey(socket.group(1))) {
                                sockets.add(listening.get(socket.group(1)));
                            }
                        } catch (java.io.IOException e) {
                            // closed meanwhile
                        }
                    }
                } catch (java.io.IOException e) {
                    continue; // gone, or another user's
                }
                if (sockets.stream().anyMatch(s -> s.endsWith(":" + port))) {
                    ours = sockets;
                }
            }
        }
        assertTrue(ours != null, "the process listening on the portal's port " + url.getPort() + " was found");
        for (String local : ours) {
            String address = local.substring(0, local.indexOf(':'));
            boolean loopback = address.equals("0100007F") // 127.0.0.1
                    || address.equals("00000000000000000000000001000000") // ::1
                    || address.equals("0000000000000000FFFF00000100007F"); // ::ffff:127.0.0.1
            assertTrue(loopback, "listening beyond loopback: " + local + " (all: " + ours + ")");
        }
        assertEquals(1, ours.size(), "one listener (HTTP), no data grid: " + ours);
    }

    // ---- 12, 13, 14. what the runtime tells strangers -------------------------------------------------------------------

    @Test
    void strangersLearnUpOrDownFromHealthAndNothingFromMetricsOrWadl() throws Exception {
        URI base = url.toURI();
        PortalClient anonymous = PortalClient.anonymous(base);
        HttpResponse<String> health = anonymous.get("health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"base-de-datos\"") && health.body().contains("\"UP\""), health.body());
        assertFalse(health.body().contains("jdbc") || health.body().contains("\"data\""), "no details for strangers: " + health.body());
        HttpResponse<String> detailed = admin().get("health");
        assertTrue(detailed.body().contains("jdbc:"), "operators get the details: " + detailed.body());
        HttpResponse<String> metrics = anonymous.get("metrics");
        assertEquals(401, metrics.statusCode());
        assertFalse(metrics.body().contains("jvm") || metrics.body().contains("memory"), metrics.body());
        assertEquals(403, team().as("sp-evaluador").get("metrics").statusCode(), "a signed-in account that is not an operator");
        HttpResponse<String> operator = admin().get("metrics");
        assertEquals(200, operator.statusCode());
        assertTrue(operator.body().contains("# TYPE"), "Prometheus text for operators");
        assertEquals(404, anonymous.get("api/application.wadl").statusCode());
        HttpResponse<String> options = anonymous.send("OPTIONS", "api/legislatures", null, null);
        assertFalse(options.body().contains("wadl") || options.body().contains("<application"), options.body());
        assertFalse(String.join(",", options.headers().allValues("Link")).contains("wadl"));
    }

    // ---- 15. a forged Host never reaches a feed ------------------------------------------------------------------------

    @Test
    void aForgedHostNeverBecomesAFeedsLinks() throws Exception {
        for (String feed : List.of("/api/feeds/editions", "/api/feeds/documents/sonora", "/api/feeds/search?q=ley")) {
            String answer = raw(url.toURI(), "GET " + feed + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 200"), feed + ": " + answer.lines().findFirst().orElse(""));
            assertFalse(answer.contains("evil.example"), feed + " links to the forged host");
        }
    }

    // ---- raw HTTP, for what a client library would refuse to send ------------------------------------------------------

    static String raw(URI base, String request) throws Exception {
        return rawBytes(base, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String rawBytes(URI base, byte[] request) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0 && answer.size() < 1_000_000; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException e) {
                // the container may close on a bad request once it has answered
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
