package mx.parlamentoabierto.portal;

import static mx.parlamentoabierto.portal.PortalClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jakarta.json.JsonObject;

import mx.parlamentoabierto.testing.Await;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * Every public page in a real headless Chromium, as a visitor meets it, in Spanish and in English: axe-core (the
 * WebJar, injected into the page) finds no critical or serious WCAG 2.1 A/AA violation; every page has a language, a
 * title and its landmarks; on a 390 × 844 phone nothing pushes the page sideways and the menu folds behind a button; a
 * first visit (browser cache cleared) transfers at most 500 KB; the main journeys work with the keyboard alone (skip
 * link, the home search to a result, sorting the rankings, the phone menu, opening a principle of a scorecard). The
 * time to first render is measured and printed (the figure is reported by {@code ./parlamento bench pages}, not
 * asserted). Data: the demonstration edition, the EveryPolitician Popolo file and two Cámara de Diputados roll-call
 * pages of the shared corpora (their archived copies are the documents shown).
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPagesBrowserIT {

    private static final Path ROOT = Path.of(System.getProperty("parlamento.test.config.dir"), "..");
    private static final Path POPOLO = ROOT.resolve("ejb/src/test/resources/corpora/popolo/everypolitician-mexico.json");
    private static final Path SITL = ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/lxii-sitl");
    private static final Path VERSION = ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/estenograficas-lx"
            + "/20080205.html");
    private static final Path SENATE_ROSTER = ROOT.resolve("ejb/src/test/resources/corpora/senado-votaciones/senadores/sen58-59.csv");
    private static final Path DIARIO = ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/senado/diario-lix-2");
    private static final String EDITION = "demostracion-2026";
    private static final long MAX_FIRST_VISIT_BYTES = 500_000;
    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static ChromeDriver browser;
    private static String axe;
    private static Map<String, String> pages;

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = Path.of(System.getProperty("parlamento.test.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("parlamento.test.chromedriver", "/usr/bin/chromedriver"));
        assertTrue(Files.isExecutable(chromium) && Files.isExecutable(driver), "Chromium and ChromeDriver are needed (./parlamento test installs them)");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=es-MX");
        // the language the browser asks for (Accept-Language): a Mexican visitor's
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "es-MX,es"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        axe = AxeCore.script();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private URI base() throws Exception {
        return url.toURI();
    }

    /** The public pages, with the data they show (imported once). */
    private Map<String, String> pages() throws Exception {
        if (pages != null) {
            return pages;
        }
        PortalClient admin = PortalClient.basic(base(), "admin", Team.ADMIN_PASSWORD);
        for (String[] upload : List.of(new String[] {"api/legislatures/diputados/popolo?file=ep.json", POPOLO.toString()},
                new String[] {"api/scrapers/diputados-votaciones/pages?term=LXII&name=sil62vot2.txt", SITL.resolve("sil62vot2.txt").toString()},
                new String[] {"api/legislatures/senado/rosters?file=sen58-59.csv", SENATE_ROSTER.toString()},
                new String[] {"api/scrapers/senado-diario/pages?name=832.html", DIARIO.resolve("832.html").toString()},
                new String[] {"api/scrapers/diputados-estenograficas/pages?name=20080205.html", VERSION.toString()})) {
            HttpResponse<String> r = admin.upload(upload[0], Files.readAllBytes(Path.of(upload[1])));
            assertEquals(200, r.statusCode(), r.body());
        }
        JsonObject event = object(PortalClient.anonymous(base()).get("api/vote-events/diputados:LXII:2"));
        long document = event.getJsonNumber("document_id").longValue();
        String person = event.getJsonArray("votes").stream().map(v -> v.asJsonObject().getString("voter_id", "")).filter(s -> !s.isEmpty())
                .findFirst().orElseThrow();
        // wait until the archived page is extracted, so its page shows its text
        Await.await(() -> object(PortalClient.anonymous(base()).get("api/documents/" + document)).getString("status"),
                status -> status.equals("INDEXED") || status.equals("FAILED"), java.time.Duration.ofSeconds(60), "the archived roll-call page extracted");
        JsonObject senateVote = object(PortalClient.anonymous(base()).get("api/vote-events/senado:LIX:2005-02-10-d4-p832-1"));
        String senator = senateVote.getJsonArray("votes").stream().map(v -> v.asJsonObject().getString("voter_id", "")).filter(s -> !s.isEmpty())
                .findFirst().orElseThrow();
        pages = new LinkedHashMap<>();
        pages.put("inicio", "index.xhtml");
        pages.put("clasificación", "clasificacion.xhtml?edicion=" + EDITION);
        pages.put("ficha", "legislatura.xhtml?edicion=" + EDITION + "&id=sonora");
        pages.put("metodología", "metodologia.xhtml?q=sesiones");
        pages.put("resultados publicados", "resultados-publicados.xhtml");
        pages.put("búsqueda", "buscar.xhtml?q=votaci%C3%B3n");
        pages.put("búsqueda sin resultados", "buscar.xhtml?q=zzyzxqq&legislatura=diputados");
        pages.put("documento", "documento.xhtml?id=" + document + "&q=votaci%C3%B3n");
        pages.put("legisladores", "legisladores.xhtml?legislatura=diputados");
        pages.put("legislador", "legislador.xhtml?id=" + person);
        pages.put("votaciones", "votaciones.xhtml?legislatura=diputados");
        pages.put("votación", "votacion.xhtml?id=diputados:LXII:2");
        pages.put("senador", "legislador.xhtml?id=" + senator);
        pages.put("votación del Senado", "votacion.xhtml?id=senado:LIX:2005-02-10-d4-p832-1");
        pages.put("senadores", "legisladores.xhtml?legislatura=senado");
        pages.put("sesiones", "sesiones.xhtml?legislatura=diputados");
        pages.put("debate de una sesión", "sesion.xhtml?id=diputados:2008-02-05:plenary");
        pages.put("intervenciones", "buscar.xhtml?clase=intervencion&q=agenda");
        pages.put("presupuestos", "presupuesto.xhtml");
        pages.put("cumplimiento", "cumplimiento.xhtml");
        pages.put("cumplimiento de una legislatura", "cumplimiento.xhtml?id=sonora");
        pages.put("datos abiertos", "datos.xhtml");
        pages.put("API", "api.xhtml");
        pages.put("entrar", "entrar.xhtml");
        return pages;
    }

    /** A phone's screen (390 × 844 CSS pixels, a mobile viewport that honours the page's viewport meta), or back to the desktop. */
    private static void phone(boolean on) {
        if (on) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE.width, "height", PHONE.height, "deviceScaleFactor", 2,
                    "mobile", true));
        } else {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.manage().window().setSize(DESKTOP);
        }
    }

    private void open(String path) throws Exception {
        browser.get(base().resolve(path).toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void language(String code) throws Exception {
        open("index.xhtml?lang=" + code);
    }

    @Test
    @Order(1)
    void everyPublicPageHasNoSeriousAccessibilityViolationInEitherLanguage() throws Exception {
        browser.manage().window().setSize(DESKTOP);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("es", "en")) {
            language(lang);
            for (Map.Entry<String, String> page : pages().entrySet()) {
                open(page.getValue());
                String where = page.getKey() + " [" + lang + "] " + page.getValue();
                Map<String, Object> facts = facts();
                if (!lang.equals(facts.get("lang"))) {
                    problems.add(where + ": <html lang> is " + facts.get("lang"));
                }
                if (String.valueOf(facts.get("title")).isBlank()) {
                    problems.add(where + ": no title");
                }
                for (String landmark : List.of("main", "banner", "navigation", "contentinfo")) {
                    if (!Boolean.TRUE.equals(facts.get(landmark))) {
                        problems.add(where + ": no " + landmark + " landmark");
                    }
                }
                for (String violation : axeViolations()) {
                    problems.add(where + ": " + violation);
                }
                if (lang.equals("es")) {
                    for (String label : englishLabels()) {
                        problems.add(where + ": English label on a Spanish page: «" + label + "»");
                    }
                }
            }
        }
        language("es");
        assertEquals(List.of(), problems, problems.size() + " accessibility and language problems");
    }

    @Test
    @Order(2)
    void onAPhoneNothingPushesThePageSidewaysAndTheMenuFoldsBehindAButton() throws Exception {
        phone(true);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("es", "en")) {
            language(lang);
            for (Map.Entry<String, String> page : pages().entrySet()) {
                open(page.getValue());
                Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (((Number) overflow).longValue() > 1) {
                    Object culprit = browser.executeScript("var w = document.documentElement.clientWidth, worst = null, most = 0;"
                            + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                            + " if (r.right - w > most) { most = r.right - w; worst = e.tagName + '.' + e.className + '#' + e.id; } });"
                            + "return worst;");
                    problems.add(page.getKey() + " [" + lang + "]: " + overflow + " px wider than the screen (" + culprit + ")");
                }
                WebElement button = browser.findElement(By.id("menu-boton"));
                if (!button.isDisplayed() || browser.findElement(By.id("menu")).isDisplayed()) {
                    problems.add(page.getKey() + " [" + lang + "]: the menu does not fold behind its button");
                }
                // what scrolls on a phone must be reachable from the keyboard, and the rest of WCAG holds at this size too
                if (lang.equals("es")) {
                    for (String violation : axeViolations()) {
                        problems.add(page.getKey() + " [phone]: " + violation);
                    }
                }
            }
        }
        language("es");
        phone(false);
        assertEquals(List.of(), problems);
    }

    @Test
    @Order(3)
    void aFirstVisitToEachPageTransfersAtMost500KilobytesCompressed() throws Exception {
        browser.manage().window().setSize(DESKTOP);
        List<String> heavy = new ArrayList<>();
        StringBuilder report = new StringBuilder("primera visita (caché vacía), 1366 × 900: página · KB transferidos · recursos · primer render ms\n");
        for (Map.Entry<String, String> page : pages().entrySet()) {
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            open(page.getValue());
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) browser.executeScript(
                    "var n = performance.getEntriesByType('navigation')[0]; var bytes = n.transferSize, count = 1, encoded = [];"
                    + "performance.getEntriesByType('resource').forEach(function (r) { bytes += r.transferSize; count++; });"
                    + "var paint = performance.getEntriesByName('first-contentful-paint')[0];"
                    + "return {bytes: bytes, count: count, fcp: paint ? paint.startTime : -1, html: n.transferSize, decoded: n.decodedBodySize};");
            long bytes = ((Number) timing.get("bytes")).longValue();
            report.append(String.format(Locale.ROOT, "  %-32s %7.1f KB %3d %6.0f ms (HTML %.1f KB transferidos, %.1f KB sin comprimir)%n", page.getKey(),
                    bytes / 1000.0, ((Number) timing.get("count")).intValue(), ((Number) timing.get("fcp")).doubleValue(),
                    ((Number) timing.get("html")).doubleValue() / 1000, ((Number) timing.get("decoded")).doubleValue() / 1000));
            if (bytes > MAX_FIRST_VISIT_BYTES) {
                heavy.add(page.getKey() + ": " + bytes + " bytes");
            }
            if (((Number) timing.get("html")).longValue() >= ((Number) timing.get("decoded")).longValue() && ((Number) timing.get("decoded")).longValue() > 2000) {
                heavy.add(page.getKey() + ": the page was not compressed");
            }
        }
        System.out.print(report);
        assertEquals(List.of(), heavy);
    }

    @Test
    @Order(4)
    void theMainJourneysWorkWithTheKeyboardAlone() throws Exception {
        browser.manage().window().setSize(DESKTOP);
        pages();
        // the skip link is the first stop and takes the focus to the content
        open("index.xhtml");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("skip", active("className"), "the first Tab reaches the skip link");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        tabUntil("q-inicio", 40);
        new Actions(browser).sendKeys("votación", Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("buscar.xhtml"));
        assertTrue(browser.getCurrentUrl().contains("q=votaci"), browser.getCurrentUrl());
        // the hit is the archived roll-call page, which opens as the vote's own page (issue 26)
        tabUntilHref("votacion.xhtml?id=", 80);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("votacion.xhtml"));
        assertTrue(browser.findElement(By.id("resultado")).getText().contains("calculado"), "whether it passed");
        // a document opened with the words searched: they are marked in its text
        open("documento.xhtml?id=" + pages().get("documento").replaceAll(".*id=(\\d+).*", "$1") + "&q=trabajo");
        assertFalse(browser.findElements(By.cssSelector("div.extracted mark")).isEmpty(), "the search words are marked in the text");

        // the rankings sorted by a principle from its header
        open("clasificacion.xhtml?edicion=" + EDITION);
        tabUntilHref("orden=p3", 120);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("orden=p3"));
        assertEquals(34, browser.findElements(By.cssSelector("table.ranking tbody tr")).size());
        assertEquals("descending", browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"));

        // a principle of a scorecard opened from its summary
        open("legislatura.xhtml?edicion=" + EDITION + "&id=sonora");
        tabUntilSelector("details#P2 > summary", 200);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertEquals("true", browser.findElement(By.id("P2")).getDomProperty("open"));

        // on a phone, the menu opens from its button and its first link is next
        phone(true);
        open("index.xhtml");
        tabUntil("menu-boton", 10);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertEquals("true", browser.findElement(By.id("menu-boton")).getAttribute("aria-expanded"));
        assertTrue(browser.findElement(By.id("menu")).isDisplayed());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertTrue(String.valueOf(active("href")).endsWith("index.xhtml"), "the first menu link follows the button: " + active("href"));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertEquals("false", browser.findElement(By.id("menu-boton")).getAttribute("aria-expanded"));
        phone(false);
    }

    @Test
    @Order(5)
    void theFirstVisitFollowsTheBrowsersLanguageAndEnglishPagesMarkTheSpanishTheyKeep() throws Exception {
        HttpResponse<String> english = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("legislatura.xhtml?edicion=" + EDITION
                + "&id=sonora")).header("Accept-Language", "en-US,en;q=0.9,es;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("<html lang=\"en\"") || english.body().contains("lang=\"en\""), "English first");
        assertTrue(english.body().contains("National average"));
        assertTrue(english.body().contains("<span lang=\"es\">Derecho a la información</span>"), "principle names are marked as Spanish");
        HttpResponse<String> spanish = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("index.xhtml"))
                .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(spanish.body().contains("lang=\"es\"") && spanish.body().contains("Encuentre a su representante"));
        HttpResponse<String> gzip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("index.xhtml"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""), "pages are compressed");
        String css = browser.findElement(By.cssSelector("link[rel=stylesheet][href*='portal.css']")).getAttribute("href");
        HttpResponse<Void> stylesheet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(css)).build(), HttpResponse.BodyHandlers.discarding());
        assertTrue(css.contains("?v="), "a versioned address: " + css);
        assertTrue(stylesheet.headers().firstValue("Cache-Control").orElse("").contains("immutable"), "cached for long");
    }

    @Test
    @Order(6)
    void theScorecardFiltersAndPrintsTheSearchPageGuidesAndTheImportsPageNeverReloadsItself() throws Exception {
        PortalClient anonymous = PortalClient.anonymous(base());
        String card = anonymous.get("legislatura.xhtml?edicion=" + EDITION + "&id=sonora").body();
        assertTrue(card.contains("id=\"promedio\""), "the summary gives the national average");
        assertEquals(10, count(card, "<details class=\"principle\""), "ten principles, each collapsible");
        assertEquals(0, count(card, "<details class=\"principle\" id=\"P1\" open"), "closed until asked");
        String unmet = anonymous.get("legislatura.xhtml?edicion=" + EDITION + "&id=sonora&ver=no-cumple").body();
        assertTrue(count(unmet, "<tr class=\"unmet\"") > 0, "the variables not met are listed");
        assertEquals(0, count(unmet, "<tr class=\"met\""), "and only those");
        String met = anonymous.get("legislatura.xhtml?edicion=" + EDITION + "&id=sonora&ver=cumple").body();
        assertEquals(0, count(met, "<tr class=\"unmet\""));
        assertEquals(95, count(met, "<tr class=\"met\"") + count(unmet, "<tr class=\"unmet\""), "together, every variable");
        String printable = anonymous.get("legislatura.xhtml?edicion=" + EDITION + "&id=sonora&imprimir=1").body();
        assertEquals(10, count(printable, "open=\"open\""), "the printable view opens every principle");

        pages();
        String nothing = anonymous.get("buscar.xhtml?q=zzyzxqq&legislatura=diputados").body();
        assertTrue(nothing.contains("id=\"sin-resultados\""), "a clear 'nothing found'");
        assertTrue(nothing.contains("href=\"buscar.xhtml?q=zzyzxqq\""), "with the same words without filters as a way out");
        assertTrue(nothing.contains("class=\"remove\""), "and each filter removable as a chip");
        assertFalse(nothing.contains("Página 1 de 0") || nothing.contains("Page 1 of 0"), "no page count of nothing");
        String past = anonymous.get("buscar.xhtml?q=votaci%C3%B3n&pagina=99").body();
        assertTrue(past.contains("Esa página ya no existe"), "a page past the last says so and shows the last");

        String imports = PortalClient.session(base(), "admin", Team.ADMIN_PASSWORD).get("admin/importaciones.xhtml").body();
        assertFalse(imports.contains("http-equiv=\"refresh\""), "the imports page never reloads itself");
        assertTrue(imports.contains("id=\"avance\""), "its progress is a region updated in place");
    }

    /** A sitting's debate in the browser: a speech's link lands on that speech, its speaker and role shown, stage directions apart. */
    @Test
    @Order(7)
    void aSittingsDebateOpensOnTheSpeechALinkNames() throws Exception {
        pages();
        browser.manage().window().setSize(DESKTOP);
        language("es");
        open("sesion.xhtml?id=diputados:2008-02-05:plenary#i12");
        WebElement speech = browser.findElement(By.id("i12"));
        assertTrue(speech.getAttribute("class").contains("speech") || speech.getAttribute("class").contains("stage"), speech.getAttribute("class"));
        Object top = ((JavascriptExecutor) browser).executeScript("return document.getElementById('i12').getBoundingClientRect().top");
        assertTrue(((Number) top).doubleValue() < 200, "the page opens on the speech the link names: " + top);
        List<WebElement> speeches = browser.findElements(By.cssSelector("ol.debate li.speech"));
        assertTrue(speeches.size() > 50, "every speech: " + speeches.size());
        assertTrue(browser.findElement(By.cssSelector("ol.debate")).getText().contains("Presidencia"), "the role each spoke in");
        assertTrue(browser.findElements(By.cssSelector("ol.debate .stage i")).size() > 0, "stage directions shown apart");
        assertTrue(browser.findElement(By.id("intervenciones")).getText().matches("\\d+"), "the count of speeches");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    // --- helpers ---

    @SuppressWarnings("unchecked")
    private Map<String, Object> facts() {
        return (Map<String, Object>) browser.executeScript("return {lang: document.documentElement.lang, title: document.title,"
                + " main: !!document.querySelector('main'), banner: !!document.querySelector('body > header'),"
                + " navigation: !!document.querySelector('nav'), contentinfo: !!document.querySelector('body > footer')};");
    }

    /**
     * The English labels of the portal's catalogues (the English messages that differ from every Spanish one, and the
     * English labels sources write that the data catalogue translates), and any "… Legislature" a source wrote.
     */
    private static List<String> english;

    private static List<String> englishCatalogue() throws IOException {
        if (english == null) {
            java.util.Set<String> spanish = new java.util.HashSet<>();
            spanish.addAll(catalogue("messages.properties").values());
            spanish.addAll(catalogue("data.properties").values());
            java.util.Set<String> labels = new java.util.TreeSet<>();
            catalogue("messages_en.properties").values().stream().filter(v -> v.length() >= 4 && v.matches(".*[A-Za-z].*") && !v.contains("{"))
                    .filter(v -> !spanish.contains(v)).forEach(labels::add);
            labels.addAll(catalogue("data.properties").keySet());
            labels.addAll(catalogue("data_en.properties").values().stream().filter(v -> !spanish.contains(v)).toList());
            english = List.copyOf(labels);
        }
        return english;
    }

    private static Map<String, String> catalogue(String name) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = PublicPagesBrowserIT.class.getResourceAsStream("/mx/parlamentoabierto/i18n/" + name)) {
            assertTrue(in != null, name + " is on the classpath");
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v).strip()));
        return out;
    }

    /** Text of the page (outside code and anything marked lang="en") that is one of the English labels. */
    @SuppressWarnings("unchecked")
    private List<String> englishLabels() throws IOException {
        return (List<String>) browser.executeScript("var labels = new Set(arguments[0]), found = [];"
                + "var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);"
                + "function check(t) { t = t.replace(/\\s+/g, ' ').trim(); if (!t) { return; }"
                + " if (labels.has(t) || /\\b[IVXLC]+ Legislature\\b/.test(t)) { if (found.indexOf(t) < 0) { found.push(t); } } }"
                + "while (walk.nextNode()) { var n = walk.currentNode;"
                + " if (n.nodeType === 1) { if (n.matches('option, [title], [aria-label]')) {"
                + "   if (n.getAttribute('title')) { check(n.getAttribute('title')); } if (n.getAttribute('aria-label')) { check(n.getAttribute('aria-label')); } }"
                + "   continue; }"
                + " var e = n.parentElement; if (!e || e.closest('code, pre, script, style, [lang=\"en\"]')) { continue; } check(n.nodeValue); }"
                + "return found;", englishCatalogue());
    }

    /** The critical and serious WCAG 2.0/2.1 A and AA violations axe-core finds on the page. */
    @SuppressWarnings("unchecked")
    private List<String> axeViolations() {
        browser.executeScript(axe);
        List<Object> violations = (List<Object>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })"
                + ".map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(function (n) {"
                + " return n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ')'; }).join('; '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return violations.stream().map(String::valueOf).toList();
    }

    private Object active(String property) {
        return browser.executeScript("return document.activeElement[arguments[0]];", property);
    }

    private void tabUntil(String id, int limit) {
        for (int i = 0; i < limit; i++) {
            if (id.equals(active("id"))) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertEquals(id, active("id"), "reached by Tab within " + limit + " presses");
    }

    private void tabUntilHref(String part, int limit) {
        for (int i = 0; i < limit; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (String.valueOf(active("href")).contains(part)) {
                return;
            }
        }
        throw new AssertionError("no link to " + part + " within " + limit + " presses of Tab");
    }

    private void tabUntilSelector(String selector, int limit) {
        for (int i = 0; i < limit; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Object hit = browser.executeScript("return document.activeElement.matches(arguments[0]);", selector);
            if (Boolean.TRUE.equals(hit)) {
                return;
            }
        }
        throw new AssertionError("nothing matching " + selector + " within " + limit + " presses of Tab");
    }
}
