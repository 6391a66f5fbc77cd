package mx.parlamentoabierto.portal;

import static mx.parlamentoabierto.portal.PortalClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * Budgets and the compliance dashboard through the deployed portal: the finance ministry's spreadsheets and a state
 * congress's CSV sent by {@code ./parlamento import budget} (a refused file among them), the API and CSV, the budget
 * and compliance pages in Spanish and English, the checklist only the legislature's own staff see, and the evaluator's
 * suggestion on the answer form.
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetAndComplianceIT {

    private static final Path ROOT = Path.of(System.getProperty("parlamento.test.config.dir"), "..");
    private static final Path XLS = ROOT.resolve("ejb/src/test/resources/corpora/presupuesto-cuenta-publica/xls");
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
            team = new Team(base(), "pc");
        }
        return team;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return PortalClient.anonymous(base()).get(path);
    }

    @Test
    @Order(1)
    void theImportCommandSendsEachFileAndReportsTheRefusedOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = dir.resolve("sonora-2026.csv");
        Files.writeString(csv, "year,stage,economic_class,programme,programme_name,amount\n2026,approved,personal_services,P01,Proceso legislativo,5000000\n"
                + "2026,approved,operating_expenses,P01,Proceso legislativo,1200000.50\n", StandardCharsets.UTF_8);
        Path bad = dir.resolve("sonora-mal.csv");
        Files.writeString(bad, "year,stage,economic_class,amount\n2026,approved,sueldos,10\n", StandardCharsets.UTF_8);
        String federal = run(CliProcess.command("import", "budget", XLS.resolve("2013.xls").toString(), XLS.resolve("2021.xls").toString(),
                XLS.resolve("2022.xls").toString(), "--url", base().toString()));
        assertTrue(federal.contains("✔ 2013.xls") && federal.contains("✔ 2021.xls") && federal.contains("✔ 2022.xls")
                && federal.contains("3 importados, 0 rechazados"), federal);
        String state = run(CliProcess.command("import", "budget", csv.toString(), bad.toString(), "--legislature", "sonora",
                "--url", base().toString()));
        assertTrue(state.contains("✔ sonora-2026.csv"), state);
        assertTrue(state.contains("✘ sonora-mal.csv: HTTP 400: sonora-mal.csv: línea 2, columna 'economic_class': 'sueldos' no es una clase económica"), state);
        assertTrue(state.contains("1 importados, 1 rechazados"), state);
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PARLAMENTO_ADMIN_PASSWORD", Team.ADMIN_PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Test
    @Order(2)
    void theApiGivesYearsStagesClassesProgrammesAndTheArchivedSource() throws Exception {
        JsonObject budget = object(get("api/legislatures/diputados/budget?year=2022&stage=approved"));
        assertEquals("diputados", budget.getString("body_id"));
        JsonArray years = budget.getJsonArray("years");
        assertEquals(3, years.size());
        JsonObject y2022 = years.getJsonObject(2);
        assertEquals(List.of("pensions"), years.getJsonObject(0).getJsonArray("unpublished_classes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "2013 had no pensions column");
        assertTrue(y2022.getJsonArray("unpublished_classes").isEmpty());
        assertEquals(8045988978L, y2022.getJsonObject("totals").getJsonNumber("approved").longValue());
        assertTrue(y2022.getJsonObject("source").containsKey("document_id"), "the source file is archived");
        JsonArray lines = budget.getJsonArray("lines");
        assertTrue(lines.stream().allMatch(l -> l.asJsonObject().getString("stage").equals("approved") && l.asJsonObject().getInt("year") == 2022));
        assertTrue(lines.stream().anyMatch(l -> l.asJsonObject().getString("programme").equals("R001")));
        HttpResponse<String> csv = get("api/legislatures/diputados/budget.csv?year=2022");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("body_id,year,stage,economic_class,programme,programme_name,amount\r\ndiputados,2022,"), csv.body());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("presupuesto-diputados-2022.csv"));
        String csv2013 = get("api/legislatures/diputados/budget.csv?year=2013").body();
        assertTrue(csv2013.contains("\r\ndiputados,2013,approved,pensions,,no publicado en la fuente de ese año,\r\n"), csv2013);
        assertFalse(csv.body().contains("no publicado"), "2022 published every class");
        assertEquals(400, get("api/legislatures/diputados/budget?stage=prometido").statusCode());
        assertEquals(404, get("api/legislatures/atlantida/budget").statusCode());
        JsonArray bodies = PortalClient.parse(get("api/budget/bodies")).asJsonArray();
        assertTrue(bodies.stream().anyMatch(b -> b.asJsonObject().getString("id").equals("auditoria-superior-federacion")));
    }

    @Test
    @Order(3)
    void whoMayImportWhat() throws Exception {
        Team t = team();
        byte[] xls = Files.readAllBytes(XLS.resolve("2022.xls"));
        assertEquals(401, PortalClient.anonymous(base()).send("POST", "api/budget/imports", "x", "text/csv").statusCode());
        assertEquals(403, t.as("pc-personal-sonora").send("POST", "api/budget/imports?file=cp.xls", new String(xls, StandardCharsets.ISO_8859_1),
                "application/octet-stream").statusCode(), "a legislature's staff cannot load the federal bodies");
        assertEquals(403, t.as("pc-personal-yucatan").send("POST", "api/budget/imports?legislature=sonora", "year\n", "text/csv").statusCode());
        assertEquals(403, t.as("pc-evaluador").send("POST", "api/budget/imports?legislature=sonora", "year\n", "text/csv").statusCode());
        HttpResponse<String> own = t.as("pc-personal-sonora").send("POST", "api/budget/imports?legislature=sonora&file=s.csv",
                "year,stage,economic_class,amount\n2025,paid,pensions,10\n", "text/csv");
        assertEquals(200, own.statusCode(), own.body());
    }

    @Test
    @Order(4)
    void theBudgetPageShowsYearsAChartAndTheBreakdownInBothLanguages() throws Exception {
        String page = get("presupuesto.xhtml?id=diputados&anio=2021").body();
        assertTrue(page.contains("8,045,988,978") && page.contains("8,282,000,000"), "approved by year, pesos as Mexico writes them");
        assertTrue(page.contains("Desglose de 2021") && page.contains("Actividades derivadas del trabajo legislativo"));
        assertTrue(page.contains("Servicios personales") && page.contains("class=\"bar stage-paid\""), "by class, and the chart");
        assertTrue(page.contains("documento.xhtml?id="), "the archived source file is linked");
        assertTrue(page.contains("id=\"unidades-grafica\"") && page.contains("millones de pesos") && page.contains(" mdp</span>"),
                "the chart's figures say their unit");
        assertTrue(page.contains("<nav class=\"years\"") && page.contains("<li><a href=\"presupuesto.xhtml?id=diputados&amp;anio="),
                "the years are a list of separate links, not run together");
        String y2013 = get("presupuesto.xhtml?id=diputados&anio=2013").body();
        assertTrue(y2013.contains("class=\"unpublished\"") && y2013.contains("no publicado ese año"), "pensions absent in 2013, not zero");
        assertFalse(get("presupuesto.xhtml").body().contains("./parlamento import"), "no command line for citizens");
        assertTrue(get("presupuesto.xhtml?id=diputados&lang=en").body().contains("Approved and paid by year"));
        assertTrue(get("presupuesto.xhtml").body().contains("presupuesto.xhtml?id=senado"), "the list of bodies");
        assertEquals(404, get("presupuesto.xhtml?id=atlantida").statusCode());
    }

    @Test
    @Order(5)
    void theComplianceDashboardIsComputedAndTheChecklistIsForTheLegislaturesOwnStaff() throws Exception {
        JsonObject diputados = object(get("api/legislatures/diputados/compliance"));
        assertEquals("lgtaip-2025", diputados.getJsonObject("catalog").getString("id"));
        JsonObject budget = diputados.getJsonArray("obligations").stream().map(o -> o.asJsonObject())
                .filter(o -> o.getString("id").equals("65-XXIX")).findFirst().orElseThrow();
        assertEquals("stale", budget.getString("status"), "the newest account in the portal is 2022's: older than its period");
        assertEquals("2022-12-31", budget.getString("latest_evidence"));
        JsonObject lobby = diputados.getJsonArray("obligations").stream().map(o -> o.asJsonObject())
                .filter(o -> o.getString("id").equals("68-XV")).findFirst().orElseThrow();
        assertEquals("not_checkable", lobby.getString("status"));
        JsonObject sonora = object(get("api/legislatures/sonora/compliance"));
        assertEquals("met", sonora.getJsonArray("obligations").stream().map(o -> o.asJsonObject())
                .filter(o -> o.getString("id").equals("65-XIX")).findFirst().orElseThrow().getString("status"), "its 2026 approved budget");
        JsonArray all = object(get("api/compliance")).getJsonArray("legislatures");
        assertEquals(34, all.size());
        // a legislature the portal holds nothing for is "sin datos", not 0 %: these tests load data for a few legislatures only
        List<JsonObject> noData = all.stream().map(o -> o.asJsonObject()).filter(o -> o.getBoolean("no_data")).toList();
        assertFalse(noData.isEmpty(), "most of the 34 have nothing in this test portal");
        noData.forEach(o -> assertTrue(o.isNull("met_share"), "no share computed over nothing: " + o));
        JsonObject sonoraRow = all.stream().map(o -> o.asJsonObject()).filter(o -> o.getString("legislature_id").equals("sonora")).findFirst().orElseThrow();
        assertFalse(sonoraRow.getBoolean("no_data"), "Sonora's budget is in the portal");
        String map = get("cumplimiento.xhtml").body();
        assertTrue(map.contains("id=\"leyenda-sin-datos\"") && map.contains("id=\"que-mide\""), "its own legend entry, and what the figure measures");
        assertTrue(get("api/compliance/all.csv").body().split("\r\n").length > 34 * 36, "a row per legislature and obligation");

        String publicPage = get("cumplimiento.xhtml?id=sonora").body();
        assertTrue(publicPage.contains("Art. 68, fr. II") && publicPage.contains("Gaceta Parlamentaria"));
        assertFalse(publicPage.contains("id=\"pendientes\""), "the checklist is for the legislature's staff");
        Team t = team();
        PortalClient staff = PortalClient.session(base(), "pc-personal-sonora", t.passwords.get("pc-personal-sonora"));
        String staffPage = staff.get("cumplimiento.xhtml?id=sonora").body();
        assertTrue(staffPage.contains("id=\"pendientes\"") && staffPage.contains("Qué publicar ahora"), "the staff's checklist");
        assertFalse(staff.get("cumplimiento.xhtml?id=yucatan").body().contains("id=\"pendientes\""), "not another legislature's");
        assertTrue(staff.get("trabajo/index.xhtml").body().contains("cumplimiento.xhtml?id=sonora#pendientes"), "linked from their work page");
        String filtered = get("cumplimiento.xhtml?id=sonora&estado=not_checkable").body();
        assertFalse(filtered.contains("id=\"o-68-II\""), "the status filter");
        assertTrue(get("cumplimiento.xhtml?lang=en").body().contains("Compliance with transparency obligations"));
    }

    @Test
    @Order(6)
    void theEvaluatorSeesTheSuggestionButNothingIsAnswered() throws Exception {
        Team t = team();
        Cycle cycle = new Cycle(t);
        cycle.draft("sugerencias-2026", List.of("sonora"));
        Cycle.expect(200, cycle.transition("sugerencias-2026", "evaluation"));
        PortalClient evaluator = PortalClient.session(base(), "pc-evaluador", t.passwords.get("pc-evaluador"));
        String form = evaluator.get("trabajo/respuestas.xhtml?edicion=sugerencias-2026&legislatura=sonora&principio=4").body();
        int at = form.indexOf("Sugerencia del portal:");
        assertTrue(at >= 0 && form.contains("apunta a «Cumple» (1)"), "P4.01: the 2026 approved budget is in the portal: "
                + (at < 0 ? "no suggestion" : form.substring(at, Math.min(form.length(), at + 400))));
        boolean emptyArchiveSaid = false;
        for (int principle = 1; principle <= 10 && !emptyArchiveSaid; principle++) {
            emptyArchiveSaid = evaluator.get("trabajo/respuestas.xhtml?edicion=sugerencias-2026&legislatura=sonora&principio=" + principle).body()
                    .contains("no quiere decir que el congreso no la publique");
        }
        assertTrue(emptyArchiveSaid, "where the archive holds nothing, what was searched and that it is no verdict");
        assertTrue(form.contains("presupuesto.xhtml?id=sonora"), "with its evidence");
        assertEquals(0, object(t.as("pc-evaluador").get("api/editions/sugerencias-2026/answers/sonora")).getJsonArray("answers").size(),
                "nothing is answered from a suggestion");
    }
}
