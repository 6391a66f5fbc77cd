package mx.parlamentoabierto.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import mx.parlamentoabierto.testing.Await;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * The built WAR deployed to Payara Micro, talking to the real Elasticsearch node and a file-backed H2:
 * the REST API, problem responses, OpenAPI, health and the Spanish-first JSF pages with the demo banner.
 * One deployment for the whole class (deployments cost ~20 s on 2 cores).
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String EDITION = "demostracion-2026";
    /** The administrator's password the test deployment is started with (PARLAMENTO_ADMIN_PASSWORD). */
    private static final String ADMIN_PASSWORD = "secreto-de-prueba";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    @Test
    void theRegistryListsThe34InstitutionsWithStableIds() throws Exception {
        JsonArray all = getJson("api/legislatures").asJsonArray();
        assertEquals(34, all.size());
        assertEquals("senado", all.getJsonObject(0).getString("id"));
        JsonObject sonora = getJson("api/legislatures/sonora").asJsonObject();
        assertEquals("Congreso del Estado de Sonora", sonora.getString("name"));
        assertEquals("state_congress", sonora.getString("kind"));
    }

    @Test
    void anUnknownIdIsA404ProblemDocument() throws Exception {
        for (String path : List.of("api/legislatures/atlantida", "api/editions/no-existe/rankings",
                "api/editions/" + EDITION + "/scorecards/atlantida", "api/methodologies/otra")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
            assertEquals(404, problem.getInt("status"));
            assertTrue(problem.getString("instance").endsWith(path.substring(path.lastIndexOf('/'))), problem.toString());
            assertFalse(problem.getString("detail").isBlank());
        }
    }

    @Test
    void anUnknownAggregationIsA400ThatListsTheValidOnes() throws Exception {
        HttpResponse<String> response = get("api/editions/" + EDITION + "/rankings?aggregation=mediana");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("pooled, mean, weighted"), response.body());
    }

    @Test
    void theMethodologyHasTenPrinciplesAnd95VariablesWithTheirBasis() throws Exception {
        JsonObject m = getJson("api/methodologies/parlamento-abierto-mx").asJsonObject();
        assertEquals("2026.1", m.getString("version"));
        assertEquals(95, m.getInt("variableCount"));
        JsonArray principles = m.getJsonArray("principles");
        assertEquals(10, principles.size());
        JsonObject firstVariable = principles.getJsonObject(0).getJsonArray("variables").getJsonObject(0);
        assertEquals("P1.01", firstVariable.getString("id"));
        assertFalse(firstVariable.getJsonArray("basis").isEmpty());
    }

    @Test
    void theDemoRankingIsFlaggedRanksAll34AndTiesShareARank() throws Exception {
        JsonObject ranking = getJson("api/editions/" + EDITION + "/rankings").asJsonObject();
        assertTrue(ranking.getBoolean("demo"));
        assertEquals("pooled", ranking.getString("aggregation"));
        JsonArray rows = ranking.getJsonArray("rows");
        assertEquals(34, rows.size());
        assertEquals(1, rows.getJsonObject(0).getInt("rank"));
        for (int i = 1; i < rows.size(); i++) {
            JsonObject previous = rows.getJsonObject(i - 1);
            JsonObject current = rows.getJsonObject(i);
            assertTrue(previous.getJsonNumber("overall").doubleValue() >= current.getJsonNumber("overall").doubleValue());
            if (previous.getJsonNumber("overall").doubleValue() == current.getJsonNumber("overall").doubleValue()) {
                assertEquals(previous.getInt("rank"), current.getInt("rank"), "equal scores share a rank");
            } else {
                assertEquals(i + 1, current.getInt("rank"), "after a tie the rank skips");
            }
        }
        assertEquals(10, rows.getJsonObject(0).getJsonArray("principles").size());

        assertEquals(ranking, getJson("api/editions/" + EDITION + "/rankings").asJsonObject(),
                "a repeated request (served from the rendered ranking) answers the same document");

        JsonObject mean = getJson("api/editions/" + EDITION + "/rankings?aggregation=mean").asJsonObject();
        assertEquals("mean", mean.getString("aggregation"));
        assertNotEquals(ranking.getJsonArray("rows").toString(), mean.getJsonArray("rows").toString());
    }

    @Test
    void theRankingDownloadsAsCsv() throws Exception {
        HttpResponse<String> csv = get("api/editions/" + EDITION + "/rankings.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("rank,tied,legislature_id,legislature,overall,P1,P2,P3,P4,P5,P6,P7,P8,P9,P10,aggregation,edition,demo", lines[0]);
        assertEquals(35, lines.length);
        assertTrue(lines[1].startsWith("1,"));
    }

    @Test
    void aScorecardShowsEveryVariableWithAnswerJustificationAndEvidence() throws Exception {
        JsonObject card = getJson("api/editions/" + EDITION + "/scorecards/jalisco").asJsonObject();
        assertTrue(card.getBoolean("demo"));
        assertEquals("Congreso del Estado de Jalisco", card.getString("legislatureName"));
        assertEquals(95, card.getInt("total"));
        JsonObject variable = card.getJsonArray("principles").getJsonObject(2).getJsonArray("variables").getJsonObject(0);
        assertEquals("P3.01", variable.getString("id"));
        assertTrue(variable.getBoolean("answered"));
        assertTrue(variable.getString("justification").contains("demostración"));
        assertEquals("https://www.congresojal.gob.mx", variable.getJsonArray("evidence").getJsonObject(0).getString("url"));
    }

    @Test
    void variablesAreSearchedInSpanishThroughElasticsearch() throws Exception {
        JsonArray hits = waitForSearch("api/methodologies/parlamento-abierto-mx/variables?q=auditorias");
        assertEquals("P4.11", hits.getJsonObject(0).getString("variableId"));
        assertTrue(hits.getJsonObject(0).getJsonArray("highlights").getString(0).contains("<mark>auditorías</mark>"));
        JsonArray sesion = getJson("api/methodologies/parlamento-abierto-mx/variables?q=sesion").asJsonArray();
        assertFalse(sesion.isEmpty(), "sesion finds texts written with sesión/sesiones");
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        waitForSearch("api/methodologies/parlamento-abierto-mx/variables?q=agenda");
        HttpResponse<String> health = get("health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("base-de-datos") && health.body().contains("elasticsearch"), health.body());
        HttpResponse<String> openapi = get("openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/editions/{id}/rankings"), openapi.body().substring(0, 500));
    }

    @Test
    void theRankingPageIsSpanishByDefaultShowsTheDemoBannerAndLinksToScorecards() throws Exception {
        HttpResponse<String> page = get("clasificacion.xhtml?edicion=" + EDITION);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("lang=\"es\""));
        assertTrue(html.contains("Datos de demostración"), "demo banner");
        assertTrue(html.contains("Clasificación"));
        assertTrue(html.contains("Congreso del Estado de Jalisco"));
        assertTrue(html.contains("legislatura.xhtml?id=jalisco"), "rows link to the scorecard");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a public GET page needs no session");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));

        String english = get("clasificacion.xhtml?edicion=" + EDITION + "&lang=en").body();
        assertTrue(english.contains("lang=\"en\"") && english.contains("Rankings") && english.contains("Demonstration data"));
    }

    @Test
    void theOtherPublicPagesRender() throws Exception {
        assertTrue(get("legislatura.xhtml?id=sonora&edicion=" + EDITION).body().contains("Qué cuenta como evidencia"));
        String methodology = get("metodologia.xhtml?q=auditorias").body();
        assertTrue(methodology.contains("P4.11") && methodology.contains("LGTAIP") || methodology.contains("Ley General de Transparencia"));
        String published = get("resultados-publicados.xhtml").body();
        assertTrue(published.contains("42,3") || published.contains("42.3"), "Jalisco 2017");
        assertTrue(published.contains("elimparcial.com"), "Sonora 2017 with its source");
        assertEquals(404, get("legislatura.xhtml?id=atlantida").statusCode());
    }

    @Test
    void anAdministratorUploadsADocumentThatBecomesSearchable() throws Exception {
        String text = "Versión estenográfica de la sesión: la diputada propuso auditorías al presupuesto de movilidad.";
        HttpResponse<String> created = upload(ADMIN_PASSWORD, "parlamento-it", "versión-" + System.nanoTime() + ".txt",
                (text + " " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8), "version-estenografica");
        assertEquals(202, created.statusCode(), created.body());
        JsonObject receipt = Json.createReader(new StringReader(created.body())).readObject();
        String statusUrl = receipt.getString("statusUrl");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(statusUrl));

        JsonObject document = Await.await(() -> getJson(statusUrl.substring(1)).asJsonObject(),
                d -> List.of("INDEXED", "FAILED").contains(d.getString("status")), Duration.ofSeconds(120), "the upload extracted and indexed");
        assertEquals("INDEXED", document.getString("status"), document.toString());
        assertEquals("jalisco", document.getString("legislatureId"));
        assertTrue(document.getJsonArray("history").size() >= 3, "RECEIVED → EXTRACTED → INDEXED");

        // INDEXED means Elasticsearch accepted it; it becomes visible at the next refresh (≤ 1 s)
        JsonObject search = Await.await(() -> getJson("api/search?q=auditorias+movilidad&legislature=jalisco&type=version-estenografica")
                .asJsonObject(), found -> !found.getJsonArray("hits").isEmpty(), Duration.ofSeconds(10), "the indexed upload found by search");
        assertTrue(search.getJsonArray("hits").stream().anyMatch(h -> h.asJsonObject().getJsonNumber("documentId").longValue()
                == receipt.getJsonNumber("id").longValue()), search.toString());
        assertTrue(search.getJsonObject("typeFacet").containsKey("version-estenografica"));

        String page = get("buscar.xhtml?q=auditorias&legislatura=jalisco").body();
        assertTrue(page.contains("<mark>auditorías</mark>"), "the search page marks the match");
        // accented queries arrive as UTF-8, through the API and through the page
        JsonObject accented = getJson("api/search?q=auditor%C3%ADas+movilidad&legislature=jalisco").asJsonObject();
        assertTrue(accented.getJsonArray("hits").stream().anyMatch(h -> h.asJsonObject().getJsonNumber("documentId").longValue()
                == receipt.getJsonNumber("id").longValue()), accented.toString());
        String accentedPage = get("buscar.xhtml?q=auditor%C3%ADas&legislatura=jalisco").body();
        assertTrue(accentedPage.contains("value=\"auditorías\"") && accentedPage.contains("<mark>auditorías</mark>"), "the page keeps the accent");
        assertTrue(page.contains("documento.xhtml?id=" + receipt.getJsonNumber("id").longValue()));
        String documentPage = get("documento.xhtml?id=" + receipt.getJsonNumber("id").longValue()).body();
        assertTrue(documentPage.contains("Versión estenográfica de la sesión") && documentPage.contains("Disponible en el buscador"));

        HttpResponse<String> original = get(receipt.getString("fileUrl").substring(1));
        assertEquals(200, original.statusCode());
        assertTrue(original.body().startsWith(text));
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''versi%C3%B3n-"), "RFC 6266 name");
    }

    @Test
    void uploadsAreRefusedWithoutCredentialsOrCsrfHeaderOrForABadFormat() throws Exception {
        byte[] pdf = "%PDF-1.4 falso".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(401, upload("otra", "parlamento-it", "a.txt", "hola".getBytes(java.nio.charset.StandardCharsets.UTF_8), "otro").statusCode());
        assertEquals(403, upload(ADMIN_PASSWORD, null, "a.txt", "hola".getBytes(java.nio.charset.StandardCharsets.UTF_8), "otro").statusCode());
        HttpResponse<String> exe = upload(ADMIN_PASSWORD, "parlamento-it", "acta.pdf", "MZ\u0090 ejecutable".getBytes(java.nio.charset.StandardCharsets.UTF_8), "acta");
        assertEquals(415, exe.statusCode(), exe.body());
        assertTrue(exe.body().contains("file:"), exe.body());
        HttpResponse<String> badType = upload(ADMIN_PASSWORD, "parlamento-it", "a.pdf", pdf, "memorandum");
        assertEquals(400, badType.statusCode());
        assertTrue(badType.body().contains("type: tipo desconocido"), badType.body());
        assertEquals(400, get("api/search?sort=alfabetico").statusCode());
        HttpResponse<String> typo = get("api/search?q=ley&legislatura=jalisco");
        assertEquals(400, typo.statusCode(), "a misspelt parameter is refused, not ignored");
        assertTrue(typo.body().contains("legislatura: parámetro desconocido"), typo.body());
        assertEquals(404, get("api/documents/999999999").statusCode());
    }

    @Test
    void anImportJobCountsEveryFileAndNamesTheFailures() throws Exception {
        assertEquals(401, post("api/ingest/jobs", "otra", "parlamento-it", "{\"label\":\"x\",\"expectedFiles\":1}").statusCode());
        assertEquals(403, post("api/ingest/jobs", ADMIN_PASSWORD, null, "{\"label\":\"x\",\"expectedFiles\":1}").statusCode());
        HttpResponse<String> invalid = post("api/ingest/jobs", ADMIN_PASSWORD, "parlamento-it", "{\"label\":\"x\",\"expectedFiles\":0}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("expectedFiles"), invalid.body());

        HttpResponse<String> opened = post("api/ingest/jobs", ADMIN_PASSWORD, "parlamento-it",
                "{\"label\":\"Gacetas de prueba\",\"expectedFiles\":4}");
        assertEquals(201, opened.statusCode(), opened.body());
        JsonObject job = Json.createReader(new StringReader(opened.body())).readObject();
        long id = job.getJsonNumber("id").longValue();
        assertEquals(0, job.getInt("arrived"));
        assertFalse(job.getBoolean("complete"));
        String under = "api/documents?job=" + id + "&name=";

        byte[] gaceta = ("Gaceta parlamentaria con el dictamen de la ley de archivos " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(202, upload(under + "gaceta.txt", ADMIN_PASSWORD, "parlamento-it", "gaceta.txt", gaceta, "gaceta").statusCode());
        assertEquals(200, upload(under + "copia.txt", ADMIN_PASSWORD, "parlamento-it", "copia.txt", gaceta, "gaceta").statusCode(),
                "the same bytes again are a duplicate");
        assertEquals(415, upload(under + "falso.pdf", ADMIN_PASSWORD, "parlamento-it", "falso.pdf",
                "MZ\u0090 no es un PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8), "acta").statusCode());
        HttpResponse<String> unknownJob = upload("api/documents?job=999999999", ADMIN_PASSWORD, "parlamento-it", "b.txt", gaceta, "gaceta");
        assertEquals(400, unknownJob.statusCode());
        assertTrue(unknownJob.body().contains("job: no existe la importación 999999999"), unknownJob.body());

        JsonObject progress = Await.await(() -> Json.createReader(new StringReader(getAsAdmin("api/ingest/jobs/" + id).body())).readObject(),
                p -> p.getInt("pending") == 0, Duration.ofSeconds(120), "every file of the import job settled");
        assertEquals(3, progress.getInt("arrived"));
        assertEquals(4, progress.getInt("total"), "the expected count stays the total until more files arrive");
        assertEquals(1, progress.getInt("indexed"));
        assertEquals(1, progress.getInt("duplicates"));
        assertEquals(1, progress.getInt("rejected"));
        assertEquals(3, progress.getInt("done"));
        assertEquals(75, progress.getInt("percent"));
        assertFalse(progress.getBoolean("complete"), "one expected file never arrived");

        JsonArray failures = Json.createReader(new StringReader(getAsAdmin("api/ingest/jobs/" + id + "/files?failures=true").body()))
                .readObject().getJsonArray("files");
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("falso.pdf", failures.getJsonObject(0).getString("fileName"));
        assertTrue(failures.getJsonObject(0).getString("reason").contains("el nombre dice .pdf"), failures.toString());
        JsonObject all = Json.createReader(new StringReader(getAsAdmin("api/ingest/jobs/" + id + "/files?limit=2").body())).readObject();
        assertEquals(2, all.getJsonArray("files").size());
        JsonArray rest = Json.createReader(new StringReader(getAsAdmin("api/ingest/jobs/" + id + "/files?after="
                + all.getJsonNumber("next").longValue()).body())).readObject().getJsonArray("files");
        assertEquals("falso.pdf", rest.getJsonObject(0).getString("fileName"), "pages continue in arrival order");

        assertEquals(401, get("api/ingest/jobs/" + id).statusCode(), "jobs are for the administrator");
        assertTrue(Json.createReader(new StringReader(getAsAdmin("api/ingest/jobs").body())).readArray().stream()
                .anyMatch(j -> j.asJsonObject().getJsonNumber("id").longValue() == id));
        HttpResponse<String> jobsPage = get("admin/importaciones.xhtml?id=" + id);
        assertEquals(302, jobsPage.statusCode());
        assertTrue(jobsPage.headers().firstValue("Location").orElse("").contains("/entrar.xhtml?volver="), "the browser is sent to sign in");
        String detail = getAsAdmin("admin/importaciones.xhtml?id=" + id).body();
        assertTrue(detail.contains("Gacetas de prueba") && detail.contains("falso.pdf") && detail.contains("3/4"), detail);
        String uploadPage = getAsAdmin("admin/subir.xhtml").body();
        assertTrue(uploadPage.contains("id=\"upload-form\"") && uploadPage.contains("Congreso del Estado de Jalisco") && uploadPage.contains("subir.js"),
                uploadPage);
        assertEquals(200, get("resources/js/subir.js").statusCode());
    }

    /**
     * The upload page's own script, run by a headless browser (HtmlUnit: pure Java, so nothing to install):
     * choose two files, send them, and read each file's outcome from the page as a person would.
     */
    @Test
    void theUploadPageSendsEachFileAndShowsWhatBecameOfIt(@TempDir Path dir) throws Exception {
        Path acta = dir.resolve("acta-navegador-" + System.nanoTime() + ".txt");
        Files.writeString(acta, "Acta levantada desde la página de carga, sesión " + System.nanoTime() + ", sobre presas y acuíferos.");
        Path fake = dir.resolve("no-es-un.pdf");
        Files.writeString(fake, "MZ\u0090 esto es un ejecutable con nombre de PDF");
        // a Mexican visitor's browser: the first visit follows Accept-Language
        BrowserVersion mexican = new BrowserVersion.BrowserVersionBuilder(BrowserVersion.FIREFOX).setBrowserLanguage("es-MX")
                .setAcceptLanguageHeader("es-MX,es;q=0.9").build();
        try (WebClient browser = new WebClient(mexican)) {
            browser.getOptions().setFetchPolyfillEnabled(true);
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setThrowExceptionOnScriptError(true);
            HtmlPage signIn = browser.getPage(new URL(base, "admin/subir.xhtml"));
            assertTrue(signIn.getUrl().toString().contains("/entrar.xhtml"), "the administration's pages start at the sign-in form");
            signIn.<org.htmlunit.html.HtmlTextInput>getHtmlElementById("usuario").type("admin");
            signIn.<org.htmlunit.html.HtmlPasswordInput>getHtmlElementById("clave").type(ADMIN_PASSWORD);
            HtmlPage page = signIn.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("boton-entrar").click();
            assertTrue(page.getUrl().toString().endsWith("/admin/subir.xhtml"), "and come back to the page asked for: " + page.getUrl());
            HtmlForm form = page.getHtmlElementById("upload-form");
            form.getSelectByName("legislature").setSelectedAttribute("jalisco", true);
            HtmlFileInput input = page.getHtmlElementById("upload-input");
            input.setFiles(acta.toFile(), fake.toFile());
            input.fireEvent("change");
            assertEquals(2, page.getHtmlElementById("upload-files").getChildElementCount(), "one row per chosen file");
            page.<HtmlButton>getHtmlElementById("upload-start").click();

            Supplier<String> rows = () -> page.getHtmlElementById("upload-files").asNormalizedText();
            Supplier<String> summary = () -> page.getHtmlElementById("upload-summary").asNormalizedText();
            // Each poll of the page updates the rows from the job's files, then the summary from the job's
            // progress in a second request: wait for both, or the summary of the previous poll is read.
            Await.await(() -> {
                browser.waitForBackgroundJavaScript(500);
                return rows.get().contains("Indexado") && rows.get().contains("Rechazado") && summary.get().startsWith("2 de 2");
            }, Duration.ofSeconds(120), "the upload page shows both files settled and the summary");
            String shown = rows.get();
            assertTrue(shown.contains(acta.getFileName().toString()) && shown.contains("Indexado #"), "the text file ends indexed: " + shown);
            assertTrue(shown.contains("no-es-un.pdf") && shown.contains("Rechazado"), "the fake PDF is refused with its reason: " + shown);
            assertTrue(summary.get().startsWith("2 de 2 terminados: 1 indexados, 0 duplicados, 1 con fallas"), summary.get());
        }
    }

    @Test
    void failuresAnswerWithTheRight4xxAndNeverNameAnException() throws Exception {
        HttpResponse<String> badId = get("documento.xhtml?id=abc");
        assertEquals(404, badId.statusCode());
        assertEquals(404, get("documento.xhtml?id=99999999999999999999").statusCode());

        String utf8 = raw("GET /api/search?q=\u00ff\u00fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(utf8.startsWith("HTTP/1.1 400"), utf8);
        assertTrue(raw("GET /buscar.xhtml?q=\u00c3( HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 400"));

        // a form post before sign-in carries its pre-session token (ADR 0022), so the tampered state itself is judged
        String token = "a".repeat(32);
        HttpResponse<String> viewState = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("clasificacion.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "parlamento-csrf=" + token)
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=AAAA%21%21alterado&x=1&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, viewState.statusCode(), viewState.body());

        HttpResponse<String> json = post("api/ingest/jobs", ADMIN_PASSWORD, "parlamento-it", "{\"label\": \"x\", \"expectedFiles\": ");
        assertEquals(400, json.statusCode(), json.body());
        assertTrue(json.body().contains("no es JSON válido"), json.body());

        String boundary = "BB";
        String truncated = "--BB\r\nContent-Disposition: form-data; name=\"legislature\"\r\n\r\njalisco\r\n--BB\r\nContent-Disposition: form-data; "
                + "name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhola sin cierre";
        HttpResponse<String> multipart = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", basic(ADMIN_PASSWORD))
                .header("X-Requested-By", "parlamento-it").POST(HttpRequest.BodyPublishers.ofString(truncated)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, multipart.statusCode(), multipart.body());

        for (String body : List.of(badId.body(), utf8, viewState.body(), json.body(), multipart.body())) {
            assertFalse(body.contains("Exception") || body.contains("java.") || body.contains("\tat "), body);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheApiSaysHowToCache() throws Exception {
        get("api/editions/" + EDITION + "/rankings");
        for (String path : List.of("api/editions/" + EDITION + "/rankings", "resources/css/portal.css", "no-existe.xhtml", "api/legislatures/atlantida",
                "api/search?q=ley", "clasificacion.xhtml?edicion=" + EDITION)) {
            HttpResponse<String> response = get(path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
            if (path.startsWith("api/")) {
                assertTrue(response.headers().firstValue("Cache-Control").isPresent(), path);
            }
        }
    }

    @Test
    void redirectsNeverTrustTheHostHeader() throws Exception {
        String answer = raw("GET /admin HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 30"), answer);
        assertTrue(answer.contains("Location: /admin/") && !answer.contains("evil.example"), answer);
    }

    @Test
    void anUploadOverTheCapIsRefusedFromItsDeclaredLengthWithoutReadingIt() throws Exception {
        long start = System.nanoTime();
        String answer = raw("POST /api/documents HTTP/1.1\r\nHost: x\r\nAuthorization: " + basic(ADMIN_PASSWORD)
                + "\r\nX-Requested-By: parlamento-it\r\nContent-Type: multipart/form-data; boundary=BB\r\nContent-Length: 629145600\r\n\r\n--BB\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("tamaño máximo admitido (100 MB)"), answer);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "answered without waiting for 600 MB");
    }

    @Test
    void expensiveAndRepeatedSearchesAreBounded() throws Exception {
        StringBuilder attack = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            attack.append(c).append("* ");
        }
        HttpResponse<String> prefixes = get("api/search?q=" + java.net.URLEncoder.encode(attack.toString(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, prefixes.statusCode());
        assertTrue(prefixes.body().contains("comodín"), prefixes.body());
        assertEquals(200, get("api/search?q=transparen*").statusCode(), "a prefix with enough letters is a normal search");
        HttpResponse<String> page = get("buscar.xhtml?q=" + java.net.URLEncoder.encode(attack.toString(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, page.statusCode(), "the search page refuses it too");
        assertTrue(page.body().contains("comodín"), "and says why, in the page");

        // one anonymous client (behind the loopback proxy, which names it in X-Forwarded-For) past its burst
        int tooMany = 0;
        String retryAfter = null;
        for (int i = 0; i < 400 && tooMany == 0; i++) { // burst 30, 10/s refill: at 20 requests/s the 429 comes near the 60th request, later when each takes longer
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(viaLoopbackProxy("api/search?q=ley"))
                    .header("X-Forwarded-For", "198.51.100.23").build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                tooMany++;
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                assertTrue(r.body().contains("Demasiadas búsquedas"), r.body());
            }
        }
        assertEquals(1, tooMany, "the client was slowed down");
        assertTrue(retryAfter != null && Integer.parseInt(retryAfter) >= 1, String.valueOf(retryAfter));
        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(viaLoopbackProxy("api/search?q=ley"))
                .header("X-Forwarded-For", "198.51.100.24").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, other.statusCode(), "another client is not");
    }

    @Test
    void repeatedFailedSignInsFromOneAddressAreMadeToWait() throws Exception {
        int status = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 5 && status != 429; i++) {
            last = HTTP.send(HttpRequest.newBuilder(viaLoopbackProxy("api/ingest/jobs")).header("X-Forwarded-For", "203.0.113.77")
                    .header("Authorization", basic("adivinanza-" + i)).build(), HttpResponse.BodyHandlers.ofString());
            status = last.statusCode();
        }
        assertEquals(429, status, last.body());
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
        assertTrue(last.body().contains("intentos fallidos"), last.body());
    }

    /**
     * The portal reached over 127.0.0.1, the reverse proxy it trusts by default, so that X-Forwarded-For names the
     * client (Arquillian's base URL may use the machine's own address, which is not a trusted proxy).
     */
    private URI viaLoopbackProxy(String path) {
        return URI.create("http://127.0.0.1:" + base.getPort() + base.getPath()).resolve(path);
    }

    /** True once the head and the Content-Length bytes of the body have arrived. */
    private static boolean complete(String answer) {
        int head = answer.indexOf("\r\n\r\n");
        if (head < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^Content-Length:\\s*(\\d+)").matcher(answer.substring(0, head));
        return length.find() && answer.length() - head - 4 >= Integer.parseInt(length.group(1));
    }

    /**
     * A text longer than the extraction keeps (5 M characters; a 5.3 MB minutes file, made here) is indexed, cut,
     * and says so on its page and in the API.
     */
    @Test
    void aDocumentCutByALimitSaysSoOnItsPage() throws Exception {
        StringBuilder minutes = new StringBuilder();
        for (int i = 0; minutes.length() < 5_300_000; i++) {
            minutes.append("Intervención ").append(i).append(": se discutió el dictamen de la comisión de presupuesto.\n");
        }
        JsonObject document = uploadAndWait("minutas-largas.txt", minutes.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("INDEXED", document.getString("status"), document.toString());
        assertTrue(document.getBoolean("textTruncated"));
        assertTrue(document.getString("truncationReason").contains("límite de 5000000 caracteres"), document.toString());
        String page = get("documento.xhtml?id=" + document.getJsonNumber("id").longValue()).body();
        assertTrue(page.contains("Texto incompleto") && page.contains("límite de 5000000 caracteres"), "the page says the text is incomplete and why");
    }

    /**
     * A DOCX that expands over 100 times its size (3 MB of one paragraph repeated, a few KB compressed — made here)
     * fails with a reason people can read, naming the bomb.
     */
    @Test
    void aDecompressionBombFailsWithAReasonThatNamesIt() throws Exception {
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(docx)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] paragraph = ("<w:p><w:r><w:t>Se aprobó el orden del día de la sesión " + System.nanoTime() + ".</w:t></w:r></w:p>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < 3_000_000 / paragraph.length; i++) {
                zip.write(paragraph);
            }
            zip.write("</w:body></w:document>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonObject document = uploadAndWait("orden-del-dia.docx", docx.toByteArray());
        assertEquals("FAILED", document.getString("status"), document.toString());
        assertTrue(document.getString("failureReason").contains("posible bomba de descompresión"), document.toString());
    }

    /** Uploads a file for Jalisco and waits until it is INDEXED or FAILED; its API view. */
    private JsonObject uploadAndWait(String fileName, byte[] content) throws Exception {
        HttpResponse<String> created = upload(ADMIN_PASSWORD, "parlamento-it", fileName, content, "acta");
        assertEquals(202, created.statusCode(), created.body());
        String statusUrl = Json.createReader(new StringReader(created.body())).readObject().getString("statusUrl");
        return Await.await(() -> getJson(statusUrl.substring(1)).asJsonObject(),
                d -> List.of("INDEXED", "FAILED").contains(d.getString("status")), Duration.ofSeconds(120), fileName + " extracted");
    }

    /** The portal under test runs on this machine: its database and archive files are readable by their owner only. */
    @Test
    void theDatabaseAndTheArchiveFilesAreTheOwnersOnly() throws Exception {
        Path data = Path.of(System.getProperty("parlamento.test.data.dir"));
        for (String dir : List.of("db", "files")) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(dir))), dir);
        }
    }

    @Test
    void aRenderedPageIsReusedPerAddressAndLanguageAndNeverAcrossLanguages() throws Exception {
        String path = "resultados-publicados.xhtml";
        String spanish = get(path).body();
        assertEquals(spanish, get(path).body(), "the same page again");
        HttpResponse<String> english = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).header("Cookie", "lang=en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("lang=\"en\""), "the language cookie gets its own page");
        assertTrue(spanish.contains("lang=\"es\""));
        HttpResponse<String> chosen = get(path + "?lang=en");
        assertTrue(chosen.body().contains("lang=\"en\"") && chosen.headers().firstValue("Set-Cookie").orElse("").startsWith("lang=en"),
                "choosing a language is never answered from the cache: it sets the cookie");
        assertTrue(get(path).body().contains("lang=\"es\""), "and did not replace the Spanish page");
    }

    /** Sends bytes exactly as given (ISO-8859-1 chars as bytes): what an HTTP client library refuses to send. */
    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.size() > 1_000_000 || complete(answer.toString(java.nio.charset.StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
                // the server may close after answering; what arrived is the answer
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> post(String path, String password, String requestedBy, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", basic(password)).POST(HttpRequest.BodyPublishers.ofString(json));
        if (requestedBy != null) {
            request.header("X-Requested-By", requestedBy);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getAsAdmin(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).header("Authorization", basic(ADMIN_PASSWORD))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }


    private HttpResponse<String> upload(String password, String requestedBy, String fileName, byte[] content, String type) throws Exception {
        return upload("api/documents", password, requestedBy, fileName, content, type);
    }

    private HttpResponse<String> upload(String path, String password, String requestedBy, String fileName, byte[] content, String type)
            throws Exception {
        String boundary = "----it" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String[] field : new String[][] {{"legislature", "jalisco"}, {"type", type}, {"date", "2025-04-30"}, {"title", "Sesión de prueba"}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", basic(password))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (requestedBy != null) {
            request.header("X-Requested-By", requestedBy);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonArray waitForSearch(String path) {
        HttpResponse<String> answer = Await.await(() -> get(path), r -> r.statusCode() == 200
                && !Json.createReader(new StringReader(r.body())).readArray().isEmpty(), Duration.ofSeconds(60), path + " finds something");
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    private JsonStructure getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).read();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
