package mx.parlamentoabierto.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code ./parlamento bench pages}, the browser half: every public page opened in headless Chromium as a first visit
 * (cache cleared) on a desktop (1366 × 900) and on a phone (390 × 844, mobile viewport), in Spanish: bytes transferred
 * (compressed, page and everything it loads), number of requests, and the navigation timing — first contentful paint,
 * DOMContentLoaded and load — then the same page again with a warm cache (median of 5). Targets of issue 18: ≤ 500 KB on
 * a first visit, ≤ 1 s to first render on a local run.
 *
 * <p>Arguments: base-url [chromium] [chromedriver].
 */
public final class PageWeightBenchmark {

    private static final int WARM_RUNS = 5;

    private PageWeightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String chromium = args.length > 1 ? args[1] : "/usr/bin/chromium";
        String driver = args.length > 2 ? args[2] : "/usr/bin/chromedriver";
        Map<String, String> pages = pages(base);
        ChromeOptions options = new ChromeOptions().setBinary(new File(chromium)).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=es-MX");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        int over = 0;
        double worstRender = 0;
        try {
            browser.get(base + "index.xhtml?lang=es");
            for (boolean phone : new boolean[] {false, true}) {
                if (phone) {
                    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
                }
                System.out.printf("== %s: primera visita (caché vacía) y visitas siguientes (mediana de %d) ==%n", phone ? "teléfono 390 × 844" : "escritorio 1366 × 900",
                        WARM_RUNS);
                System.out.println("página                       KB trans.  pet.  1.er render  DOMContentLoaded  load   | caché: 1.er render  load");
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    browser.executeCdpCommand("Network.enable", Map.of());
                    browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    Map<String, Object> first = visit(browser, base + page.getValue());
                    double[] warmPaint = new double[WARM_RUNS];
                    double[] warmLoad = new double[WARM_RUNS];
                    for (int i = 0; i < WARM_RUNS; i++) {
                        Map<String, Object> warm = visit(browser, base + page.getValue());
                        warmPaint[i] = number(warm, "paint");
                        warmLoad[i] = number(warm, "load");
                    }
                    Arrays.sort(warmPaint);
                    Arrays.sort(warmLoad);
                    double kb = number(first, "bytes") / 1000;
                    double paint = number(first, "paint");
                    worstRender = Math.max(worstRender, paint);
                    if (kb > 500) {
                        over++;
                    }
                    System.out.printf(Locale.ROOT, "%-28s %8.1f  %4.0f  %8.0f ms  %12.0f ms  %5.0f ms |  %8.0f ms  %5.0f ms%n", page.getKey(), kb, number(first, "count"),
                            paint, number(first, "dcl"), number(first, "load"), warmPaint[WARM_RUNS / 2], warmLoad[WARM_RUNS / 2]);
                }
            }
        } finally {
            browser.quit();
        }
        System.out.printf(Locale.ROOT, "objetivos: ≤ 500 KB en la primera visita (%s), ≤ 1 s al primer render (peor caso medido: %.0f ms, %s)%n",
                over == 0 ? "cumplido en todas" : "no cumplido en " + over, worstRender, worstRender <= 1000 ? "cumplido" : "no cumplido");
    }

    /** Loads a page and reads its navigation timing: first contentful paint (or first paint), DOMContentLoaded, load, bytes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> visit(ChromeDriver browser, String url) {
        browser.get(url);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return (Map<String, Object>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "setTimeout(function () { var n = performance.getEntriesByType('navigation')[0]; var bytes = n.transferSize, count = 1;"
                + "performance.getEntriesByType('resource').forEach(function (r) { bytes += r.transferSize; count++; });"
                + "var paints = performance.getEntriesByType('paint'); var fcp = -1;"
                + "paints.forEach(function (p) { if (p.name === 'first-contentful-paint' || (fcp < 0 && p.name === 'first-paint')) fcp = p.startTime; });"
                + "done({bytes: bytes, count: count, paint: fcp >= 0 ? fcp : n.domContentLoadedEventEnd, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd});"
                + "}, 50);");
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    /** The public pages, with a document, a legislator and a roll call of the portal's own data when it has them. */
    static Map<String, String> pages(String base) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("inicio", "index.xhtml");
        pages.put("clasificación", "clasificacion.xhtml");
        pages.put("ficha", "legislatura.xhtml?id=sonora");
        pages.put("metodología", "metodologia.xhtml?q=sesiones");
        pages.put("resultados publicados", "resultados-publicados.xhtml");
        pages.put("búsqueda", "buscar.xhtml?q=ley");
        pages.put("búsqueda sin resultados", "buscar.xhtml?q=zzyzxqq");
        pages.put("legisladores", "legisladores.xhtml");
        pages.put("votaciones", "votaciones.xhtml");
        pages.put("sesiones", "sesiones.xhtml");
        pages.put("presupuestos", "presupuesto.xhtml");
        pages.put("cumplimiento", "cumplimiento.xhtml");
        pages.put("cumplimiento de Sonora", "cumplimiento.xhtml?id=sonora");
        pages.put("datos abiertos", "datos.xhtml");
        pages.put("API", "api.xhtml");
        pages.put("entrar", "entrar.xhtml");
        HttpClient http = HttpClient.newHttpClient();
        String found = http.send(HttpRequest.newBuilder(URI.create(base + "api/search?q=ley&size=1")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher document = Pattern.compile("\"documentId\"\\s*:\\s*(\\d+)").matcher(found);
        if (document.find()) {
            pages.put("documento", "documento.xhtml?id=" + document.group(1) + "&q=ley");
        }
        String people = http.send(HttpRequest.newBuilder(URI.create(base + "api/people?legislature=diputados")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher person = Pattern.compile("\"id\"\\s*:\\s*\"(diputados:[^\"]+)\"").matcher(people);
        if (person.find()) {
            pages.put("legislador", "legislador.xhtml?id=" + person.group(1));
        }
        String events = http.send(HttpRequest.newBuilder(URI.create(base + "api/vote-events?legislature=diputados")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher event = Pattern.compile("\"id\"\\s*:\\s*\"(diputados:[^\"]+)\"").matcher(events);
        if (event.find()) {
            pages.put("votación", "votacion.xhtml?id=" + event.group(1));
        }
        return pages;
    }
}
