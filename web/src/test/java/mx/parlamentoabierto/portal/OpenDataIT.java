package mx.parlamentoabierto.portal;

import static mx.parlamentoabierto.portal.PortalClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

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
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import mx.parlamentoabierto.testing.Await;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * What leaves the portal for reuse, through the deployed portal: the open data set (every dataset's CSV equal to its
 * JSON and to the API, the codebook covering every column, ETag and 304, earlier versions kept at their permanent
 * address), Atom feeds read with an XML parser against RFC 4287, the choropleth map and the rank ranges on the rankings
 * page, the API's fair-use limit (429 with Retry-After; a registered key's higher limit), and the OpenAPI document
 * listing every endpoint with its error bodies. Data: the demonstration edition, the EveryPolitician Popolo file and
 * the Cámara de Diputados roll-call pages of the shared corpora.
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataIT {

    private static final Path ROOT = Path.of(System.getProperty("parlamento.test.config.dir"), "..");
    private static final Path POPOLO = ROOT.resolve("ejb/src/test/resources/corpora/popolo/everypolitician-mexico.json");
    private static final Path SITL = ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/lxii-sitl");
    private static final String EDITION = "demostracion-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The first version of the votes dataset, checked again after the data changed. */
    private static JsonObject firstVotesVersion;

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    private URI base() throws Exception {
        return url.toURI();
    }

    private PortalClient admin() throws Exception {
        return PortalClient.basic(base(), "admin", Team.ADMIN_PASSWORD);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return PortalClient.anonymous(base()).get(path);
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }


    /** Waits until every document received has been extracted and indexed (or failed): the archive is still. */
    private void awaitArchiveStill() throws Exception {
        Await.await(() -> object(get("api/ingest/status")).getJsonObject("documents"),
                counts -> (counts.getJsonNumber("RECEIVED") == null ? 0 : counts.getJsonNumber("RECEIVED").longValue())
                        + (counts.getJsonNumber("EXTRACTED") == null ? 0 : counts.getJsonNumber("EXTRACTED").longValue()) == 0,
                Duration.ofMinutes(2), "no document pending extraction or indexing");
    }

    private JsonArray build() throws Exception {
        awaitArchiveStill();
        HttpResponse<String> built = admin().send("POST", "api/bulk/build", "", "application/json");
        assertEquals(200, built.statusCode(), built.body());
        return Json.createReader(new StringReader(built.body())).readArray();
    }

    @Test
    @Order(1)
    void everyDatasetIsBuiltItsCsvEqualsItsJsonAndItsCodebookCoversEveryColumn() throws Exception {
        HttpResponse<String> popolo = admin().upload("api/legislatures/diputados/popolo?file=ep.json", Files.readAllBytes(POPOLO));
        assertEquals(200, popolo.statusCode(), popolo.body());
        for (String page : List.of("sil62vot1.txt", "sil62vot2.txt")) {
            HttpResponse<String> imported = admin().upload("api/scrapers/diputados-votaciones/pages?term=LXII&name=" + page, Files.readAllBytes(SITL.resolve(page)));
            assertEquals(200, imported.statusCode(), imported.body());
        }
        // a sitting's debate: long texts with quotes, commas and paragraphs, so the speeches' CSV and JSON are compared on them
        HttpResponse<String> debate = admin().upload("api/scrapers/diputados-estenograficas/pages?name=20080205.html",
                Files.readAllBytes(ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/estenograficas-lx"
                        + "/20080205.html")));
        assertEquals(200, debate.statusCode(), debate.body());
        JsonArray outcomes = build();
        assertEquals(12, outcomes.size(), outcomes.toString());

        JsonObject listing = object(get("api/bulk"));
        assertEquals("CC BY 4.0", listing.getJsonObject("license").getString("name"), "the licence unless config says otherwise");
        JsonArray datasets = listing.getJsonArray("datasets");
        Set<String> names = new TreeSet<>();
        for (JsonValue value : datasets) {
            JsonObject dataset = value.asJsonObject();
            String name = dataset.getString("name");
            names.add(name);
            assertNotEquals(JsonValue.NULL, dataset.get("latest"), name + " was built");
            JsonObject latest = dataset.getJsonObject("latest");

            HttpResponse<byte[]> csvAnswer = bytes(latest.getString("csv_url").substring(1));
            assertEquals(200, csvAnswer.statusCode(), name);
            assertTrue(csvAnswer.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), name);
            assertEquals(latest.getString("csv_sha256"), sha256(csvAnswer.body()), name + ": the published SHA-256 is the file's");
            List<List<String>> csv = Csv.parse(new String(csvAnswer.body(), StandardCharsets.UTF_8));
            List<String> header = csv.get(0);

            HttpResponse<byte[]> jsonAnswer = bytes(latest.getString("json_url").substring(1));
            assertEquals(200, jsonAnswer.statusCode(), name);
            assertEquals(latest.getString("json_sha256"), sha256(jsonAnswer.body()), name);
            JsonArray json = Json.createReader(new ByteArrayInputStream(jsonAnswer.body())).readArray();

            assertEquals(latest.getJsonNumber("rows").longValue(), csv.size() - 1, name + ": CSV rows");
            assertEquals(csv.size() - 1, json.size(), name + ": JSON rows");
            for (int i = 0; i < json.size(); i++) {
                JsonObject row = json.getJsonObject(i);
                assertEquals(new ArrayList<>(header), new ArrayList<>(row.keySet()), name + " row " + i + ": the JSON keys are the CSV columns");
                for (int c = 0; c < header.size(); c++) {
                    assertSameValue(name + " row " + (i + 1) + " column " + header.get(c), row.get(header.get(c)), csv.get(i + 1).get(c));
                }
            }

            JsonObject codebook = object(get(latest.getString("codebook_url").substring(1)));
            assertEquals(name, codebook.getString("dataset"));
            assertEquals(latest.getString("csv_sha256"), codebook.getJsonObject("files").getJsonObject("csv").getString("sha256"));
            assertTrue(codebook.getJsonObject("license").getString("url").startsWith("https://creativecommons.org/"), name);
            Set<String> documented = new LinkedHashSet<>();
            for (JsonValue column : codebook.getJsonArray("columns")) {
                JsonObject c = column.asJsonObject();
                assertFalse(c.getString("description", "").isBlank(), name + "." + c.getString("name") + " has a meaning");
                assertTrue(Set.of("string", "integer", "number", "boolean", "date", "datetime").contains(c.getString("type")),
                        name + "." + c.getString("name") + " has a type: " + c);
                documented.add(c.getString("name"));
                if (c.containsKey("allowed_values")) {
                    Set<String> allowed = new HashSet<>();
                    c.getJsonArray("allowed_values").forEach(v -> allowed.add(((JsonString) v).getString()));
                    int index = header.indexOf(c.getString("name"));
                    for (List<String> line : csv.subList(1, csv.size())) {
                        assertTrue(line.get(index).isEmpty() || allowed.contains(line.get(index)),
                                name + "." + c.getString("name") + ": '" + line.get(index) + "' is not among the allowed values " + allowed);
                    }
                }
            }
            assertEquals(new ArrayList<>(header), new ArrayList<>(documented), name + ": every column, and only those, in the codebook");
        }
        assertEquals(new TreeSet<>(Set.of("answers", "budgets", "compliance", "documents", "legislators", "memberships", "methodology", "rankings",
                "scores", "speeches", "vote-events", "votes")), names);
    }

    @Test
    @Order(2)
    void theDatasetsCarryWhatTheApiAnswers() throws Exception {
        // votes: the roll call's votes as the API lists them
        List<Map<String, String>> votes = rows("votes");
        JsonObject event = object(get("api/vote-events/diputados:LXII:2"));
        List<String> fromApi = new ArrayList<>();
        for (JsonValue v : event.getJsonArray("votes")) {
            JsonObject vote = v.asJsonObject();
            fromApi.add(vote.getString("voter_name") + "|" + vote.getString("option") + "|" + vote.getString("voter_id", ""));
        }
        List<String> fromCsv = votes.stream().filter(r -> r.get("vote_event_id").equals("diputados:LXII:2"))
                .map(r -> r.get("voter_name") + "|" + r.get("option") + "|" + r.get("voter_id")).toList();
        assertFalse(fromApi.isEmpty());
        assertEquals(new TreeSet<>(fromApi).size(), new TreeSet<>(fromCsv).size());
        assertEquals(sorted(fromApi), sorted(fromCsv), "the roll call's votes, voter by voter");

        // legislators: the same people as the legislature's Popolo document
        JsonObject exported = object(get("api/legislatures/diputados/popolo"));
        Set<String> popoloIds = new TreeSet<>();
        exported.getJsonArray("persons").forEach(p -> popoloIds.add(p.asJsonObject().getString("id")));
        Set<String> csvIds = new TreeSet<>();
        rows("legislators").stream().filter(r -> r.get("legislature_id").equals("diputados")).forEach(r -> csvIds.add(r.get("id")));
        assertEquals(560, csvIds.size());
        assertEquals(popoloIds, csvIds);

        // rankings: the published ranking under its own aggregation, rank and score
        JsonObject ranking = object(get("api/editions/" + EDITION + "/rankings"));
        Map<String, String> byLegislature = new HashMap<>();
        for (JsonValue r : ranking.getJsonArray("rows")) {
            JsonObject row = r.asJsonObject();
            byLegislature.put(row.getString("legislatureId"), row.getInt("rank") + "|" + BigDecimal.valueOf(row.getJsonNumber("overall").doubleValue())
                    .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        Map<String, String> fromRankings = new HashMap<>();
        List<Map<String, String>> rankingRows = rows("rankings");
        for (Map<String, String> r : rankingRows) {
            if (r.get("edition_id").equals(EDITION) && r.get("is_default").equals("true")) {
                fromRankings.put(r.get("legislature_id"), r.get("rank") + "|" + r.get("overall"));
                int min = Integer.parseInt(r.get("rank_min"));
                int max = Integer.parseInt(r.get("rank_max"));
                int rank = Integer.parseInt(r.get("rank"));
                assertTrue(min <= rank && rank <= max, "the published rank lies in its range: " + r);
                assertEquals("10000", r.get("draws"));
            }
        }
        assertEquals(34, fromRankings.size());
        assertEquals(byLegislature, fromRankings);
        assertEquals(3 * 34, rankingRows.stream().filter(r -> r.get("edition_id").equals(EDITION)).count(), "every aggregation");
    }

    @Test
    @Order(3)
    void downloadsAnswer304WhenUnchangedAndEarlierVersionsStayAtTheirAddress() throws Exception {
        JsonObject votes = object(get("api/bulk/votes"));
        firstVotesVersion = votes.getJsonObject("latest");
        HttpResponse<byte[]> first = bytes("api/bulk/votes.csv");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(etag.contains(firstVotesVersion.getString("csv_sha256")), etag);
        assertEquals(304, bytes("api/bulk/votes.csv", "If-None-Match", etag).statusCode());
        assertEquals(304, bytes("api/bulk/votes.csv", "If-Modified-Since", modified).statusCode());
        assertTrue(first.headers().firstValue("Content-Disposition").orElse("").contains("votes-"), "saved under its version's name");

        JsonArray unchanged = build();
        for (JsonValue o : unchanged) {
            assertNotEquals("built", o.asJsonObject().getString("status"), "nothing changed, no new version: " + o);
        }

        HttpResponse<String> imported = admin().upload("api/scrapers/diputados-votaciones/pages?term=LXII&name=sil62vot33.txt",
                Files.readAllBytes(SITL.resolve("sil62vot33.txt")));
        assertEquals(200, imported.statusCode(), imported.body());
        JsonArray rebuilt = build();
        assertTrue(rebuilt.stream().anyMatch(o -> o.asJsonObject().getString("dataset").equals("votes") && o.asJsonObject().getString("status").equals("built")),
                rebuilt.toString());

        JsonObject after = object(get("api/bulk/votes"));
        JsonArray versions = after.getJsonArray("versions");
        assertTrue(versions.size() >= 2, versions.toString());
        assertNotEquals(firstVotesVersion.getString("version"), after.getJsonObject("latest").getString("version"));
        assertTrue(after.getJsonObject("latest").getJsonNumber("rows").longValue() > firstVotesVersion.getJsonNumber("rows").longValue());
        HttpResponse<byte[]> earlier = bytes(firstVotesVersion.getString("permanent_csv_url").substring(1));
        assertEquals(200, earlier.statusCode());
        assertEquals(firstVotesVersion.getString("csv_sha256"), sha256(earlier.body()), "the earlier version is still the same file");
        assertNotEquals(304, bytes("api/bulk/votes.csv", "If-None-Match", etag).statusCode(), "the old ETag no longer matches the latest");
        assertEquals(404, get("api/bulk/votes/versions/19990101T000000Z-deadbeef.csv").statusCode());
        assertEquals(404, get("api/bulk/no-existe.csv").statusCode());

        HttpResponse<String> page = get("datos.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(firstVotesVersion.getString("version")), "the page lists the earlier version");
        assertTrue(page.body().contains("rel=\"license\""));
    }

    @Test
    @Order(4)
    void feedsAreValidAtomThatAReaderParses() throws Exception {
        String person = rows("votes").stream().filter(r -> !r.get("voter_id").isEmpty()).findFirst().orElseThrow().get("voter_id");
        for (String feed : List.of("api/feeds/editions", "api/feeds/documents/diputados", "api/feeds/search?q=votaci%C3%B3n&legislatura=diputados",
                "api/feeds/people/" + person + "/votes")) {
            HttpResponse<byte[]> answer = bytes(feed);
            assertEquals(200, answer.statusCode(), feed);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"), feed);
            List<Element> entries = assertAtom(feed, answer.body());
            if (!feed.contains("/documents/")) {
                assertFalse(entries.isEmpty(), feed + " has entries");
            }
        }
        List<Element> editions = assertAtom("editions", bytes("api/feeds/editions").body());
        assertTrue(editions.stream().anyMatch(e -> text(e, "title").startsWith("Edición de demostración")));
        List<Element> personVotes = assertAtom("votes", bytes("api/feeds/people/" + person + "/votes").body());
        assertTrue(personVotes.stream().allMatch(e -> text(e, "summary").startsWith("Sentido del voto")));
        assertEquals(404, get("api/feeds/documents/no-existe").statusCode());
        assertEquals(400, get("api/feeds/search?desde=ayer").statusCode());

        // the pages point to them
        assertTrue(get("clasificacion.xhtml").body().contains("api/feeds/editions"));
        assertTrue(get("legislador.xhtml?id=" + person).body().contains("api/feeds/people/" + person + "/votes"));
        String search = get("buscar.xhtml?q=votaci%C3%B3n&legislatura=diputados").body();
        assertTrue(search.contains("api/feeds/search?q=votaci%C3%B3n&amp;legislatura=diputados"), "the search page's own search as a feed");
        assertTrue(search.contains("api/feeds/documents/diputados"));
    }

    /** RFC 4287's requirements on a feed and its entries, checked on the parsed document; returns the entries. */
    private static List<Element> assertAtom(String name, byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element feed = document.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI(), name);
        assertEquals("feed", feed.getLocalName(), name);
        for (String single : List.of("id", "title", "updated")) {
            assertEquals(1, children(feed, single).size(), name + ": exactly one atom:" + single);
        }
        assertTrue(URI.create(text(feed, "id")).isAbsolute(), name + ": the id is an absolute IRI");
        Instant.parse(text(feed, "updated"));
        assertFalse(children(feed, "author").isEmpty(), name + ": a feed without entry authors has its own");
        // links are built from the configured public address, or are paths from the portal's root (never from the request's
        // Host): a reader resolves them against the feed's own address (RFC 4287 §2: IRI references)
        assertTrue(children(feed, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("self")
                && (URI.create(l.getAttribute("href")).isAbsolute() || l.getAttribute("href").startsWith("/api/feeds/"))), name + ": a self link");
        List<Element> entries = children(feed, "entry");
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            for (String single : List.of("id", "title", "updated")) {
                assertEquals(1, children(entry, single).size(), name + ": an entry with exactly one atom:" + single);
            }
            assertTrue(URI.create(text(entry, "id")).isAbsolute(), name + ": entry id " + text(entry, "id"));
            assertTrue(ids.add(text(entry, "id")), name + ": entry ids are unique");
            Instant.parse(text(entry, "updated"));
            assertTrue(children(entry, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("alternate")
                    && (URI.create(l.getAttribute("href")).isAbsolute() || l.getAttribute("href").startsWith("/"))),
                    name + ": an entry without content has an alternate link");
        }
        return entries;
    }

    private static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI()) && e.getLocalName().equals(local)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String local) {
        List<Element> found = children(parent, local);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }

    @Test
    @Order(5)
    void theRankingsPageDrawsTheMapOf32StatesFromTheRankingAndEachRankRange() throws Exception {
        JsonObject ranking = object(get("api/editions/" + EDITION + "/rankings"));
        Map<String, Double> overall = new HashMap<>();
        ranking.getJsonArray("rows").forEach(r -> overall.put(r.asJsonObject().getString("legislatureId"),
                r.asJsonObject().getJsonNumber("overall").doubleValue()));
        String page = get("clasificacion.xhtml?edicion=" + EDITION).body();
        Matcher shapes = Pattern.compile("<a href=\"([^\"]+)\"><path d=\"[^\"]+\" data-legislature=\"([a-z-]+)\" fill=\"(#[0-9a-f]{6})\"").matcher(page);
        Map<String, String> fills = new HashMap<>();
        while (shapes.find()) {
            fills.put(shapes.group(2), shapes.group(3));
            assertTrue(shapes.group(1).contains("legislatura.xhtml") && shapes.group(1).contains("id=" + shapes.group(2)), shapes.group(1));
        }
        assertEquals(32, fills.size(), "32 state shapes, each linked to its scorecard");
        List<String> viridis = List.of("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725");
        for (Map.Entry<String, String> fill : fills.entrySet()) {
            double percent = overall.get(fill.getKey());
            assertEquals(viridis.get(Math.min(4, (int) Math.floor(percent / 20))), fill.getValue(), fill.getKey() + " at " + percent + " %");
        }
        assertTrue(page.contains("Cámara de Diputados") && page.contains("Senado de la República"), "the federal chambers beside the map");
        assertTrue(page.contains("CC BY 4.0"), "the map's attribution");
        assertTrue(page.contains("id=\"robustez\""), "how to read the rank ranges");
        // in words: "del 3.º al 7.º", or "siempre el 1.º" when no weighting moves it
        Matcher ranges = Pattern.compile("<span class=\"range-text\">(?:del (\\d+)\\.(?:º|&ordm;) al (\\d+)\\.(?:º|&ordm;)|siempre el (\\d+)\\.(?:º|&ordm;))</span>")
                .matcher(page);
        int count = 0;
        while (ranges.find()) {
            if (ranges.group(3) == null) {
                assertTrue(Integer.parseInt(ranges.group(1)) < Integer.parseInt(ranges.group(2)), ranges.group());
            }
            count++;
        }
        assertEquals(34, count, "a range next to every rank");

        String byPrinciple = get("clasificacion.xhtml?edicion=" + EDITION + "&mapa=3").body();
        assertTrue(byPrinciple.contains("aria-current=\"true\">P3"), "the selector says which principle colours the map");
        assertTrue(get("cumplimiento.xhtml").body().contains("data-legislature=\"sonora\""), "the compliance overview has the map too");

        // a scorecard's history: the published 2017 figure (Sonora has none of 2014) and this edition, as a line and as a table
        String card = get("legislatura.xhtml?edicion=" + EDITION + "&id=sonora").body();
        int history = card.indexOf("id=\"historia\"");
        assertTrue(history > 0, "the scorecard shows its history");
        String section = card.substring(history, card.indexOf("</section>", history));
        assertTrue(section.contains("<polyline"), "a line chart");
        for (String year : List.of(">2017<", ">2026<")) {
            assertTrue(section.contains("<th scope=\"row\"" + year) || section.contains(year), "the table has " + year);
        }
    }

    @Test
    @Order(6)
    void anonymousUseIsLimitedPerAddressAndARegisteredKeyHasMore() throws Exception {
        // one anonymous client behind the loopback proxy the portal trusts, named in X-Forwarded-For
        URI viaProxy = URI.create("http://127.0.0.1:" + base().getPort() + base().getPath()).resolve("api/legislatures");
        HttpResponse<String> refused = null;
        String limit = null;
        for (int i = 0; i < 3000 && refused == null; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(viaProxy).header("X-Forwarded-For", "198.51.100.77").build(),
                    HttpResponse.BodyHandlers.ofString());
            limit = r.headers().firstValue("RateLimit-Limit").orElse(limit);
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode(), r.body());
            }
        }
        assertNotNull(refused, "the anonymous client was stopped");
        assertEquals("400", limit, "the anonymous burst of this test configuration");
        assertTrue(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
        assertEquals(429, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("clave registrada"), problem.toString());
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(viaProxy).header("X-Forwarded-For", "198.51.100.78").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "another address is not");

        // a registered key: an api_user account's personal token, from the same address
        HttpResponse<String> created = admin().json("POST", "api/users", "{\"name\":\"od-reutilizadora\",\"roles\":[\"api_user\"]}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> token = PortalClient.basic(base(), "od-reutilizadora", object(created).getString("password"))
                .json("POST", "api/me/tokens", "{\"label\":\"periodico\"}");
        assertEquals(201, token.statusCode(), token.body());
        HttpResponse<String> withKey = HTTP.send(HttpRequest.newBuilder(viaProxy).header("X-Forwarded-For", "198.51.100.77")
                .header("Authorization", "Bearer " + object(token).getString("secret")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withKey.statusCode(), "the key has its own, larger bucket");
        assertEquals("2000", withKey.headers().firstValue("RateLimit-Limit").orElse(""));
        HttpResponse<String> forbidden = HTTP.send(HttpRequest.newBuilder(base().resolve("api/ingest/jobs"))
                .header("Authorization", "Bearer " + object(token).getString("secret")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forbidden.statusCode(), "a key gives no other right");
    }

    @Test
    @Order(7)
    void theOpenApiDocumentListsEveryEndpointWithItsErrorBodies() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(base().resolve("openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        JsonObject openapi = Json.createReader(new StringReader(answer.body())).readObject();
        JsonObject paths = openapi.getJsonObject("paths");
        List<String> missing = new ArrayList<>();
        List<String> withoutErrors = new ArrayList<>();
        for (String endpoint : AuthorizationMatrixIT.enumerate()) {
            if (!endpoint.startsWith("GET ") && !endpoint.startsWith("POST ") && !endpoint.startsWith("PUT ") && !endpoint.startsWith("DELETE ")) {
                continue;
            }
            String[] parts = endpoint.split(" ", 2);
            JsonObject item = paths.getJsonObject(parts[1]);
            JsonObject operation = item == null ? null : item.getJsonObject(parts[0].toLowerCase(java.util.Locale.ROOT));
            if (operation == null) {
                missing.add(endpoint);
                continue;
            }
            JsonObject responses = operation.getJsonObject("responses");
            for (String status : List.of("429", "500")) {
                JsonObject error = responses.getJsonObject(status);
                if (error == null || !error.getJsonObject("content").getJsonObject("application/problem+json").getJsonObject("schema")
                        .getString("$ref").endsWith("/Problem")) {
                    withoutErrors.add(endpoint + " " + status);
                }
            }
            if (parts[1].contains("{") && !responses.containsKey("404")) {
                withoutErrors.add(endpoint + " 404");
            }
        }
        for (String servlet : List.of("/api/search", "/api/documents")) {
            assertTrue(paths.containsKey(servlet), servlet + ", served by a servlet, is documented too");
        }
        assertEquals(List.of(), missing, "endpoints missing from the OpenAPI document");
        assertEquals(List.of(), withoutErrors, "operations without their error bodies");
        JsonObject problem = openapi.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertTrue(problem.getJsonObject("properties").containsKey("detail") && problem.getJsonObject("properties").containsKey("field"));
        assertTrue(paths.getJsonObject("/api/bulk/{dataset}.csv").getJsonObject("get").getJsonArray("parameters").stream()
                .anyMatch(p -> p.asJsonObject().getString("name").equals("dataset")), "parameters are listed");
    }

    // --- helpers ---

    private List<Map<String, String>> rows(String dataset) throws Exception {
        HttpResponse<byte[]> answer = bytes("api/bulk/" + dataset + ".csv");
        assertEquals(200, answer.statusCode(), dataset);
        List<List<String>> csv = Csv.parse(new String(answer.body(), StandardCharsets.UTF_8));
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> line : csv.subList(1, csv.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < line.size(); i++) {
                row.put(csv.get(0).get(i), line.get(i));
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.sort(copy);
        return copy;
    }

    private static void assertSameValue(String where, JsonValue json, String cell) {
        switch (json.getValueType()) {
            case NULL -> assertEquals("", cell, where);
            case STRING -> assertEquals(((JsonString) json).getString(), cell, where);
            case TRUE -> assertEquals("true", cell, where);
            case FALSE -> assertEquals("false", cell, where);
            case NUMBER -> assertEquals(0, ((JsonNumber) json).bigDecimalValue().compareTo(new BigDecimal(cell)), where + ": " + json + " vs " + cell);
            default -> throw new AssertionError(where + ": a cell that is not a scalar: " + json);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break, lines ending CRLF. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    line.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    line.add(field.toString());
                    field.setLength(0);
                    lines.add(line);
                    line = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
                i++;
            }
            if (field.length() > 0 || !line.isEmpty()) {
                line.add(field.toString());
                lines.add(line);
            }
            for (List<String> l : lines) {
                if (l.size() != lines.get(0).size()) {
                    throw new AssertionError("a CSV line with " + l.size() + " fields for " + lines.get(0).size() + " columns: " + l);
                }
            }
            return lines;
        }
    }
}
