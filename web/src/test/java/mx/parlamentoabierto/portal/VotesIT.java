package mx.parlamentoabierto.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import mx.parlamentoabierto.testing.Await;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * Legislators and roll calls through the deployed portal: EveryPolitician's Popolo file imported over the API, the
 * SITL pages sent by {@code ./parlamento scrape}'s command (a directory with an empty page among them), the API in
 * Popolo's field names, the public pages in Spanish and English, and who may import what.
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VotesIT {

    private static final Path ROOT = Path.of(System.getProperty("parlamento.test.config.dir"), "..");
    private static final Path POPOLO = ROOT.resolve("ejb/src/test/resources/corpora/popolo/everypolitician-mexico.json");
    private static final Path SITL = ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/lxii-sitl");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Team team;

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    private URI base() throws Exception {
        return url.toURI();
    }

    private Team team() throws Exception {
        if (team == null) {
            team = new Team(base(), "vt");
        }
        return team;
    }

    private HttpResponse<String> post(String path, byte[] body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/octet-stream").header("X-Requested-By", "pruebas")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + Team.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    @Test
    @Order(1)
    void aPopoloFileIsImportedOverTheApiAndExportedInTheSameShape() throws Exception {
        HttpResponse<String> imported = post("api/legislatures/diputados/popolo?file=ep.json", Files.readAllBytes(POPOLO), admin());
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject persons = object(imported).getJsonObject("records").getJsonObject("persons");
        assertEquals(560, persons.getInt("created") + persons.getInt("unchanged"));
        JsonObject exported = object(get("api/legislatures/diputados/popolo"));
        assertEquals(560, exported.getJsonArray("persons").size());
        assertEquals(560, exported.getJsonArray("memberships").size());
        assertTrue(exported.getJsonArray("events").stream().anyMatch(e -> e.asJsonObject().getString("id").equals("diputados:term/LXII")));
        JsonArray found = object(get("api/people?legislature=diputados&q=a%C3%B1orve")).getJsonArray("results");
        assertEquals(1, found.size(), "accents ignored both ways");
        assertEquals("Manuel Añorve Baños", found.getJsonObject(0).getString("name"));
    }

    @Test
    @Order(2)
    void theScrapeCommandSendsEveryPageReportsEachAndSummarises() throws Exception {
        java.util.List<String> arguments = CliProcess.command("scrape", "diputados-votaciones");
        try (var files = Files.list(SITL)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> arguments.add(f.toString())); // the pages, not the README
        }
        arguments.addAll(java.util.List.of("--term", "LXII", "--url", base().toString()));
        ProcessBuilder command = new ProcessBuilder(arguments).redirectErrorStream(true);
        command.environment().put("PARLAMENTO_ADMIN_PASSWORD", Team.ADMIN_PASSWORD);
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), "a failed page makes the exit status 1: " + output);
        assertTrue(output.contains("✘ sil62vot3.txt: HTTP 400: sil62vot3.txt: el archivo está vacío"), output);
        assertTrue(output.contains("Resumen: 6 páginas"), output);
        assertTrue(output.contains("5 votaciones guardadas"), output);
        assertTrue(output.contains("1 páginas con error"), output);

        JsonObject event = object(get("api/vote-events/diputados:LXII:2"));
        JsonArray votes = event.getJsonArray("votes");
        int total = event.getJsonArray("counts").stream().mapToInt(c -> c.asJsonObject().getInt("value")).sum();
        assertEquals(votes.size(), total, "every listed vote is counted");
        assertEquals(7, event.getJsonArray("group_counts").size());
        assertTrue(votes.stream().anyMatch(v -> !v.asJsonObject().containsKey("voter_id") && !v.asJsonObject().getString("voter_name").isBlank()),
                "voters no person matched are kept with their printed name");
        assertTrue(votes.stream().anyMatch(v -> v.asJsonObject().getString("match", "").equals("id")));
        assertTrue(event.getJsonArray("sources").getJsonObject(0).getString("url").startsWith("http://sitl.diputados.gob.mx/LXII_leg/"));
        JsonObject document = object(get("api/documents/" + event.getInt("document_id")));
        assertEquals("votacion", document.getString("type"), document.toString());

        JsonObject again = object(post("api/scrapers/diputados-votaciones/pages?term=LXII&name=sil62vot2.txt",
                Files.readAllBytes(SITL.resolve("sil62vot2.txt")), admin()));
        assertEquals("unchanged", again.getString("status"), "the same page again changes nothing");
    }

    @Test
    @Order(3)
    void theApiListsFiltersAndPaginatesInPopolosTerms() throws Exception {
        JsonObject list = object(get("api/vote-events?legislature=diputados&term=LXII&per_page=2"));
        assertEquals(5, list.getJsonObject("pagination").getInt("total_items"));
        assertEquals(3, list.getJsonObject("pagination").getInt("max_page"));
        assertEquals(2, list.getJsonArray("results").size());
        assertEquals(1, object(get("api/vote-events?legislature=diputados&q=ingresos")).getJsonArray("results").size(), "Ley de Ingresos");
        assertEquals(400, get("api/vote-events?legislature=diputados&from=ayer").statusCode());
        assertEquals(400, get("api/vote-events").statusCode(), "the legislature is required");
        JsonObject beltrones = object(get("api/people?legislature=diputados&q=beltrones%20rivera")).getJsonArray("results").getJsonObject(0);
        String id = beltrones.getString("id");
        JsonObject person = object(get("api/people/" + id));
        assertEquals(5, person.getJsonObject("voting_record").getInt("roll_calls"));
        JsonObject votes = object(get("api/people/" + id + "/votes?per_page=2"));
        assertEquals(5, votes.getJsonObject("pagination").getInt("total_items"));
        assertEquals(400, get("api/people/" + id + "/votes?option=tal-vez").statusCode());
        assertEquals(404, get("api/people/diputados:nadie").statusCode());
        assertTrue(object(get("api/legislatures/diputados/data-quality")).getJsonArray("unmatched_voters").size() > 0);
    }

    @Test
    @Order(4)
    void thePublicPagesShowRepresentativesVotesAndSessions() throws Exception {
        String district = get("legisladores.xhtml?estado=nuevo-leon&distrito=7&periodo=LXIII").body();
        assertTrue(district.contains("Pablo Elizondo García"), "find your representative by state and district");
        HttpResponse<String> vote = get("votacion.xhtml?id=diputados:LXII:2");
        assertEquals(200, vote.statusCode());
        assertTrue(vote.body().contains("LEY FEDERAL DEL TRABAJO"));
        assertTrue(vote.body().contains("Partido Revolucionario Institucional"));
        assertTrue(vote.body().contains("sin identificar"));
        String onlyPri = get("votacion.xhtml?id=diputados:LXII:2&grupo=diputados:PRI&opcion=yes").body();
        assertTrue(onlyPri.length() < vote.body().length(), "the list is filtered");
        assertTrue(get("votacion.xhtml?id=diputados:LXII:2&lang=en").body().contains("Votes by parliamentary group"));
        String sessions = get("sesiones.xhtml?legislatura=diputados").body();
        assertTrue(sessions.contains("datetime=\"2012-09-28\">28 de septiembre de 2012</time>")
                && sessions.contains("Sesión del pleno del 28 de septiembre de 2012"), "sessions by date");
        JsonObject beltrones = object(get("api/people?legislature=diputados&q=beltrones%20rivera")).getJsonArray("results").getJsonObject(0);
        String profile = get("legislador.xhtml?id=" + beltrones.getString("id")).body();
        assertTrue(profile.contains("Manlio Fabio Beltrones Rivera") && profile.contains("Asistencia"), "the profile");
        assertEquals(404, get("votacion.xhtml?id=diputados:LXII:999").statusCode());
    }

    @Test
    @Order(4)
    void aRollCallSaysWhetherItPassedWhoBrokeWithTheirGroupAndOnlyTheOptionsThatOccurred() throws Exception {
        JsonObject event = object(get("api/vote-events/diputados:LXII:2"));
        Map<String, Integer> counts = new java.util.HashMap<>();
        event.getJsonArray("counts").getValuesAs(JsonObject.class).forEach(c -> counts.put(c.getString("option"), c.getInt("value")));
        assertEquals(counts.get("yes") > counts.get("no") ? "pass" : "fail", event.getString("result"),
                "the SITL page declares no result: computed with the simple majority of config/majorities/mexico.json");
        JsonObject detail = event.getJsonObject("result_detail");
        assertTrue(detail.getBoolean("computed"));
        assertEquals("mayoria-simple", detail.getString("rule"));
        // the dissenters, recounted here from the votes the API lists
        Map<String, Map<String, Integer>> byGroup = new java.util.HashMap<>();
        for (JsonObject v : event.getJsonArray("votes").getValuesAs(JsonObject.class)) {
            if (v.containsKey("group_id") && java.util.Set.of("yes", "no", "abstain").contains(v.getString("option"))) {
                byGroup.computeIfAbsent(v.getString("group_id"), g -> new java.util.HashMap<>()).merge(v.getString("option"), 1, Integer::sum);
            }
        }
        long expected = 0;
        for (JsonObject v : event.getJsonArray("votes").getValuesAs(JsonObject.class)) {
            Map<String, Integer> group = v.containsKey("group_id") ? byGroup.get(v.getString("group_id")) : null;
            if (group == null || !group.containsKey(v.getString("option"))) {
                continue;
            }
            int most = group.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> leaders = group.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
            if (leaders.size() == 1 && !leaders.get(0).equals(v.getString("option"))) {
                expected++;
            }
        }
        JsonArray against = event.getJsonArray("against_group");
        assertEquals(expected, against.size(), "who voted unlike most of their group");
        against.getValuesAs(JsonObject.class).forEach(d -> assertFalse(d.getString("option").equals(d.getString("group_option")), d.toString()));

        String page = get("votacion.xhtml?id=diputados:LXII:2").body();
        assertTrue(page.contains(event.getString("result").equals("pass") ? "Aprobada" : "Rechazada") && page.contains("calculado"), "the result, marked computed");
        assertEquals(expected > 0, page.contains("id=\"contra-su-grupo\""), "the dissent section when someone broke with their group");
        String conteos = page.substring(page.indexOf("id=\"conteos\""), page.indexOf("</table>", page.indexOf("id=\"conteos\"")));
        for (String[] option : List.of(new String[] {"yes", "A favor"}, new String[] {"no", "En contra"}, new String[] {"abstain", "Abstención"},
                new String[] {"paired", "Pareado"}, new String[] {"present", "Sólo asistencia"})) {
            assertEquals(counts.getOrDefault(option[0], 0) > 0, conteos.contains(">" + option[1] + "<"), option[1] + ": only options that occurred");
        }
        assertTrue(object(get("api/vote-events?legislature=diputados&term=LXII")).getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .allMatch(e -> e.containsKey("result")), "every listed roll call carries a result");
    }

    @Test
    @Order(4)
    void aSpanishPageShowsNoEnglishLabelFromTheSourceData() throws Exception {
        // the EveryPolitician file names the chamber "Chamber of Deputies" and its terms "LXIII Legislature"
        JsonObject someone = object(get("api/people?legislature=diputados&per_page=1")).getJsonArray("results").getJsonObject(0);
        String profile = get("legislador.xhtml?id=" + someone.getString("id")).body();
        String directory = get("legisladores.xhtml?legislatura=diputados").body();
        for (String page : List.of(profile, directory, get("votaciones.xhtml?legislatura=diputados").body())) {
            int at = page.indexOf("Chamber of Deputies");
            assertEquals(-1, at, "the data catalogue's Spanish label: " + (at < 0 ? "" : page.substring(Math.max(0, at - 300), at + 40)));
            assertFalse(java.util.regex.Pattern.compile("\\b[IVXLC]+ Legislature\\b").matcher(page).find(), "terms named in Spanish");
        }
        assertTrue(directory.contains("LXIII Legislatura"));
        String english = get("legisladores.xhtml?legislatura=diputados&lang=en").body();
        assertTrue(english.contains("LXIII Legislature"), "and in English on English pages");
        // the file has "Distrito Federal 1…27" and "Ciudad de México 4": one state in the menu
        assertFalse(directory.contains(">Distrito Federal<"), "the Federal District is Mexico City since 2016");
        assertEquals(1, directory.split(">Ciudad de México<", -1).length - 1, "listed once");
    }

    @Test
    @Order(4)
    void theSearchPageFindsRollCallsAndLegislatorsWithAKindFacet() throws Exception {
        // the records' indices follow the database every few seconds: wait for the roll calls imported above
        String votes = Await.await(() -> get("buscar.xhtml?q=trabajos&clase=votacion").body(),
                body -> body.contains("LEY FEDERAL DEL <mark>TRABAJO</mark>"), Duration.ofSeconds(60), "the imported roll calls found by the search page");
        assertTrue(votes.contains("LEY FEDERAL DEL <mark>TRABAJO</mark>"), "a plural finds the roll call's title, highlighted: " + votes);
        assertTrue(votes.contains("votacion.xhtml?id=diputados"), "the hit links to the vote event page");
        assertTrue(votes.contains("Legisladores</a> ("), "the kind facet counts the other kinds too");
        String people = get("buscar.xhtml?q=beltrones&clase=legislador").body();
        assertTrue(people.contains("<mark>Beltrones</mark>") && people.contains("legislador.xhtml?id=diputados"), people);
        String documents = get("buscar.xhtml?q=beltrones").body();
        assertTrue(documents.contains("aria-current=\"true\">Documentos del archivo"), "documents stay the default kind");
        // the archived SITL pages are found as documents: their text without the page's markup, opening the vote's page
        String archived = Await.await(() -> get("buscar.xhtml?q=listado%20de%20votaci%C3%B3n&tipo=votacion").body(),
                body -> body.contains("votacion.xhtml?id=diputados%3ALXII") || body.contains("votacion.xhtml?id=diputados:LXII"),
                Duration.ofSeconds(60), "the archived roll-call pages found as documents");
        assertTrue(archived.contains("votacion.xhtml?id=diputados%3ALXII") || archived.contains("votacion.xhtml?id=diputados:LXII"),
                "an archived roll-call page opens its vote's page: " + archived);
        assertFalse(archived.contains("emmPanVoteStart") || archived.contains("&lt;/tr&gt;") || archived.contains("&lt;td"),
                "no scraped markup in the results");
    }

    @Test
    @Order(5)
    void onlyTheAdministrationOrTheLegislaturesStaffImport() throws Exception {
        Team t = team();
        assertEquals(401, post("api/scrapers/diputados-votaciones/pages?term=LXII", "<html></html>".getBytes(StandardCharsets.UTF_8), null).statusCode());
        assertEquals(403, t.as("vt-personal-sonora").send("POST", "api/scrapers/diputados-votaciones/pages?term=LXII", "x", "text/html").statusCode(),
                "staff of another legislature");
        assertEquals(403, t.as("vt-personal-sonora").json("POST", "api/legislatures/diputados/popolo", "{}").statusCode());
        HttpResponse<String> own = t.as("vt-personal-sonora").json("POST", "api/legislatures/sonora/popolo", "{\"persons\": [{\"id\": 5}]}");
        assertEquals(400, own.statusCode(), "their own legislature: allowed, and the file's problem is named");
        assertEquals("$.persons[0].id", object(own).getString("field"));
        try (java.net.Socket socket = new java.net.Socket(base().getHost(), base().getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /api/scrapers/diputados-votaciones/pages?term=LXII HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin()
                    + "\r\nX-Requested-By: pruebas\r\nContent-Type: text/html\r\nContent-Length: 629145600\r\n\r\n<html>").getBytes(StandardCharsets.ISO_8859_1));
            byte[] head = socket.getInputStream().readNBytes(12);
            assertEquals("HTTP/1.1 413", new String(head, StandardCharsets.ISO_8859_1), "refused from its declared length, unread");
        }
    }

    @Test
    @Order(6)
    void aBadCsvOfVotesIsRefusedNamingLineAndColumn() throws Exception {
        String csv = "vote_event,date,title,term,voter_name,option,source_url\n"
                + "c-1,2013-03-01,Dictamen,LXII,Pérez Ana,a favor,https://example.org/1\n"
                + "c-1,2013-03-01,Dictamen,LXII,López Luis,quizá,https://example.org/1\n";
        HttpResponse<String> refused = post("api/legislatures/diputados/votes?file=v.csv", csv.getBytes(StandardCharsets.UTF_8), admin());
        assertEquals(400, refused.statusCode());
        assertEquals("línea 3, columna 'option'", object(refused).getString("field"));
        assertTrue(object(refused).getString("detail").startsWith("v.csv: línea 3"), refused.body());
        assertEquals(404, get("api/vote-events/diputados:LXII:c-1").statusCode(), "nothing written");
        HttpResponse<String> fixed = post("api/legislatures/diputados/votes?file=v.csv", csv.replace("quizá", "en contra").getBytes(StandardCharsets.UTF_8), admin());
        assertEquals(200, fixed.statusCode(), fixed.body());
        assertFalse(object(get("api/vote-events/diputados:LXII:c-1")).getJsonArray("votes").isEmpty());
    }

    private static final Path SENATE = ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/senado");
    private static final Path ROSTERS = ROOT.resolve("ejb/src/test/resources/corpora");

    private static String run(java.util.List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PARLAMENTO_ADMIN_PASSWORD", Team.ADMIN_PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output + "\n[exit " + process.exitValue() + "]";
    }

    /**
     * The Senate as an operator brings it in (issue 28): its rosters, then Diario pages (several roll calls on one, none on
     * another) and a vote PDF read through the extraction workers; the API lists the Senate's roll calls by term like the
     * Chamber's, and a senator's record leads to their votes.
     */
    @Test
    @Order(7)
    void theSenatesRostersDiarioPagesAndVotePdfsComeInThroughTheCommands(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String roster = run(CliProcess.command("import", "roster", ROSTERS.resolve("senado-votaciones/senadores/sen58-59.csv").toString(),
                "--legislature", "senado", "--url", base().toString()));
        assertTrue(roster.contains("\"layout\":\"roster-senado\"") && roster.contains("[exit 0]"), roster);
        String wrong = run(CliProcess.command("import", "roster", ROSTERS.resolve("senado-votaciones/senadores/sen58-59.csv").toString(),
                "--legislature", "diputados", "--url", base().toString()));
        assertTrue(wrong.contains("--legislature senado") && wrong.contains("[exit 1]"), wrong);
        run(CliProcess.command("import", "roster", ROSTERS.resolve("senado-votaciones/senadores/sen60-61.csv").toString(), "--legislature", "senado",
                "--url", base().toString()));

        Path empty = dir.resolve("sin-votos.html");
        Files.writeString(empty, "<html><body><p>Legislatura : LIX A&ntilde;o : II</p><p>Diario : 9</p><p>Fecha : Feb 24, 2005</p>"
                + "<p>- El C. Presidente: Se abre la sesi&oacute;n.</p></body></html>", StandardCharsets.ISO_8859_1);
        String diario = run(CliProcess.command("scrape", "senado-diario", SENATE.resolve("diario-lix-2/832.html").toString(),
                SENATE.resolve("diario-lix-2/847.html").toString(), empty.toString(), "--url", base().toString()));
        assertTrue(diario.contains("4 votaciones guardadas de 2 páginas") && diario.contains("1 páginas sin votaciones")
                && diario.contains("· sin-votos.html: sin votaciones nominales"), diario);
        String pdf = run(CliProcess.command("scrape", "senado-votaciones-pdf", SENATE.resolve("votaciones-pdf/2006-DICIEMBRE-12-12-2006.pdf").toString(),
                "--url", base().toString()));
        assertTrue(pdf.contains("senado:LX:2006-12-12-1452-1") && pdf.contains("0 páginas con error"), pdf);

        JsonObject lix = object(get("api/vote-events?legislature=senado&term=LIX&per_page=2"));
        assertEquals(4, lix.getJsonObject("pagination").getInt("total_items"));
        JsonObject reform = object(get("api/vote-events/senado:LIX:2005-02-10-d4-p832-1"));
        assertTrue(reform.getJsonObject("motion").getString("text").startsWith("PROYECTO DE DECRETO POR EL QUE SE REFORMAN LOS ARTICULOS 59"),
                reform.toString());
        JsonArray votes = reform.getJsonArray("votes");
        assertTrue(votes.stream().filter(v -> v.asJsonObject().containsKey("voter_id")).count() >= 0.98 * votes.size(), "senators matched");
        String senator = votes.stream().map(v -> v.asJsonObject().getString("voter_id", "")).filter(v -> !v.isEmpty()).findFirst().orElseThrow();
        JsonObject profile = object(get("api/people/" + java.net.URLEncoder.encode(senator, StandardCharsets.UTF_8) + "/votes"));
        assertFalse(profile.getJsonArray("results").isEmpty(), "the senator's record leads to their votes: " + profile);
        String page = get("votacion.xhtml?id=senado:LIX:2005-02-10-d4-p832-1").body();
        assertTrue(page.contains("fuera del sistema electrónico"), "votes recorded by hand are marked on the vote page");
        assertTrue(object(get("api/vote-events?legislature=senado&term=LX")).getJsonObject("pagination").getInt("total_items") >= 1);
        assertTrue(get("legisladores.xhtml?legislatura=senado&q=reyes%20velazquez").body().contains("Reyes Velazquez"), "the senators' directory");
        // the rosters give LVIII–LXI, the roll calls are of LIX and LX: "find your representative" opens on the LX
        String directory = get("legisladores.xhtml?legislatura=senado").body();
        String finder = directory.substring(directory.indexOf("id=\"periodo-r\""), directory.indexOf("</select>", directory.indexOf("id=\"periodo-r\"")));
        assertTrue(finder.matches("(?s).*<option value=\"LX\" selected=\"selected\">.*") && !finder.contains("value=\"LXI\" selected"), finder);
    }

    private static final Path VERSIONES = ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/estenograficas-lx");

    /**
     * Debates as an operator brings them in (issue 29): every deputy's roster, then three versiones estenográficas through
     * the scrape command; a sitting's debate over the API and on its page, a legislator's speeches on their page and API,
     * a speech found by its words with the speaker filter, and the unmatched speakers in the data-quality report.
     */
    @Test
    @Order(8)
    void debatesComeInThroughTheScrapeCommandAndAreFoundBySpeakerAndWords() throws Exception {
        String roster = run(CliProcess.command("import", "roster", ROSTERS.resolve("diputados-estenograficas/all-dips.csv").toString(),
                "--legislature", "diputados", "--url", base().toString()));
        assertTrue(roster.contains("[exit 0]"), roster);
        String scraped = run(CliProcess.command("scrape", "diputados-estenograficas", VERSIONES.resolve("20080205.html").toString(),
                VERSIONES.resolve("20080207.html").toString(), VERSIONES.resolve("20080212.html").toString(), "--url", base().toString()));
        assertTrue(scraped.contains("✔ 20080205.html → diputados:2008-02-05:plenary") && scraped.contains("intervenciones")
                && scraped.contains("[exit 0]"), scraped);

        JsonObject debate = object(get("api/debates/diputados:2008-02-05:plenary"));
        assertEquals("version-estenografica", debate.getString("source_kind"));
        JsonArray items = debate.getJsonArray("items");
        assertTrue(items.size() > 50, "every speech in order: " + items.size());
        JsonObject delio = items.stream().map(v -> v.asJsonObject())
                .filter(i -> i.getJsonObject("speaker").getString("name", "").equals("Delio Hernández Valadés")).findFirst().orElseThrow();
        String person = delio.getJsonObject("speaker").getString("person_id");
        assertEquals("legislador", delio.getJsonObject("speaker").getString("role"));
        assertTrue(delio.getInt("words") > 300, delio.toString());

        JsonObject found = Await.await(() -> object(get("api/speeches?q=agenda%20legislativa&person=" + java.net.URLEncoder.encode(person,
                StandardCharsets.UTF_8))), r -> r.getJsonObject("pagination").getInt("total_items") > 0, Duration.ofSeconds(60),
                "the speech indexed and found by its words and speaker");
        JsonObject first = found.getJsonArray("results").getJsonObject(0);
        assertEquals(person, first.getJsonObject("speaker").getString("person_id"));
        assertTrue(first.getJsonArray("passages").getString(0).contains("<mark>"), first.toString());
        JsonObject theirs = object(get("api/people/" + java.net.URLEncoder.encode(person, StandardCharsets.UTF_8) + "/speeches"));
        assertTrue(theirs.getJsonObject("summary").getInt("speeches") >= 1, theirs.toString());

        String sitting = get("sesion.xhtml?id=diputados:2008-02-05:plenary").body();
        assertTrue(sitting.contains("Delio Hernández Valadés") && sitting.contains("id=\"i1\""), "the sitting page, an anchor per speech");
        String profile = get("legislador.xhtml?id=" + java.net.URLEncoder.encode(person, StandardCharsets.UTF_8)).body();
        assertTrue(profile.contains("Intervenciones en tribuna") && profile.contains("sesion.xhtml?id=diputados%3A2008-02-05%3Aplenary#i"), "their speeches");
        String search = get("buscar.xhtml?clase=intervencion&q=agenda&persona=" + java.net.URLEncoder.encode(person, StandardCharsets.UTF_8)).body();
        assertTrue(search.contains("<mark>") && search.contains("Delio Hernández Valadés"), "only their words, highlighted");
        JsonObject quality = object(get("api/legislatures/diputados/data-quality?term=LX"));
        assertTrue(quality.containsKey("unmatched_speakers"), quality.toString());
        assertTrue(get("sesiones.xhtml?legislatura=diputados&desde=2008-02-05&hasta=2008-02-05").body().contains("sesion.xhtml?id="),
                "the sessions list leads to the debate");
    }
}
