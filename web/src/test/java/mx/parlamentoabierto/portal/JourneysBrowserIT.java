package mx.parlamentoabierto.portal;

import static mx.parlamentoabierto.portal.PortalClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import mx.parlamentoabierto.testing.Await;
import mx.parlamentoabierto.portal.JourneyBrowser.Size;
import mx.parlamentoabierto.portal.JourneyBrowser.Walk;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * The journeys of issue 26 walked end to end in headless Chromium, at 1366 px and at 390 px: a citizen finds a
 * representative and their votes; an evaluator answers (autosave, an address without its scheme, a document picked
 * from the archive, text kept across a reload) and hands in; a reviewer reviews one legislature while another is still
 * being answered; staff object with archive evidence. On the desktop also the coordinator (confirmed steps, the audited
 * early publication) and the administrator (one type per file, each document linked). Clicks are counted and written
 * with the screenshots to {@code target/journeys} (docs/journeys.md reports them).
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysBrowserIT {

    private static final Path ROOT = Path.of(System.getProperty("parlamento.test.config.dir"), "..");
    private static final Path POPOLO = ROOT.resolve("ejb/src/test/resources/corpora/popolo/everypolitician-mexico.json");
    private static final Path SITL = ROOT.resolve("scrapers/src/test/resources/mx/parlamentoabierto/scrapers/jurisdictions/diputados/lxii-sitl");
    private static final List<Walk> WALKS = new ArrayList<>();
    private static JourneyBrowser browser;
    private static Team team;
    private static long archiveDocument;

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    /** The browser, the accounts, the roll calls and one archived budget of Sonora (written here) to cite. */
    private JourneyBrowser browser() throws Exception {
        if (browser == null) {
            team = new Team(url.toURI(), "jr");
            PortalClient admin = PortalClient.basic(url.toURI(), "admin", Team.ADMIN_PASSWORD);
            for (String[] upload : List.of(new String[] {"api/legislatures/diputados/popolo?file=ep.json", POPOLO.toString()},
                    new String[] {"api/scrapers/diputados-votaciones/pages?term=LXII&name=sil62vot2.txt", SITL.resolve("sil62vot2.txt").toString()})) {
                Cycle.expect(200, admin.upload(upload[0], Files.readAllBytes(Path.of(upload[1]))));
            }
            byte[] budget = ("PRESUPUESTO DE EGRESOS DEL PODER LEGISLATIVO DEL ESTADO DE SONORA PARA EL EJERCICIO FISCAL 2026\n"
                    + "Capítulo 1000 Servicios personales: 312,450,000 pesos. Capítulo 2000 Materiales y suministros: 18,200,000 pesos.\n")
                    .getBytes(StandardCharsets.UTF_8);
            JsonObject receipt = object(admin.multipart("api/documents", new LinkedHashMap<>(Map.of("legislature", "sonora", "type", "presupuesto")),
                    "pg-001.txt", budget));
            archiveDocument = receipt.getJsonNumber("id").longValue();
            Await.await(() -> object(admin.get("api/documents/" + archiveDocument)).getString("status").equals("INDEXED"),
                    java.time.Duration.ofSeconds(60), "the staff's archived document indexed");
            browser = new JourneyBrowser(url);
        }
        return browser;
    }

    @AfterAll
    static void report() throws Exception {
        if (browser != null) {
            browser.close();
        }
        StringBuilder table = new StringBuilder("| Recorrido | Tamaño | Clics | Páginas | Capturas |\n|---|---|---|---|---|\n");
        for (Walk w : WALKS) {
            table.append("| ").append(w.journey()).append(" | ").append(w.size().label()).append(" | ").append(w.clicks()).append(" | ")
                    .append(w.pages().size()).append(" | ").append(String.join(", ", w.shots())).append(" |\n");
        }
        Files.createDirectories(JourneyBrowser.SHOTS);
        Files.writeString(JourneyBrowser.SHOTS.resolve("clicks.md"), table.toString());
    }

    private static String edition(String journey, Size size) {
        return journey + "-" + size.name().toLowerCase(Locale.ROOT);
    }

    @Test
    @Order(1)
    void aCitizenFindsTheirRepresentativeAndHowTheyVoted() throws Exception {
        JourneyBrowser b = browser();
        for (Size size : Size.values()) {
            b.begin("ciudadania", size);
            b.open("index.xhtml");
            b.menu("#menu a[href*='legisladores.xhtml']");
            b.choose("#legislatura", "diputados");
            WebElement name = b.find("#q");
            b.click(name);
            name.sendKeys("beltrones");
            b.submitWithEnter(name);
            b.screenshot("1-directorio");
            b.follow("table.people a[href*='legislador.xhtml']");
            assertTrue(b.find("h1").getText().contains("Beltrones"), b.find("h1").getText());
            assertFalse(b.driver.getPageSource().contains("Chamber of Deputies"), "Spanish labels on a Spanish page");
            b.screenshot("2-perfil");
            b.follow("a[href*='votacion.xhtml']");
            String result = b.find("#resultado").getText();
            assertTrue(result.matches("(?s).*(Aprobada|Rechazada).*calculado.*"), "whether it passed, marked computed: " + result);
            assertTrue(b.all("#conteos th").stream().noneMatch(th -> th.getText().equals("Sólo asistencia")) || b.find("#conteos").getText()
                    .matches("(?s).*Sólo asistencia\\s+[1-9].*"), "only the options that occurred");
            b.screenshot("3-votacion");
            WALKS.add(b.end());
        }
    }

    @Test
    @Order(2)
    void anEvaluatorAnswersCitesAnArchiveDocumentAndHandsIn() throws Exception {
        JourneyBrowser b = browser();
        for (Size size : Size.values()) {
            String id = edition("recorrido", size);
            Cycle cycle = new Cycle(team);
            cycle.draft(id, List.of("sonora", "yucatan"));
            Cycle.expect(200, cycle.transition(id, "evaluation"));
            b.begin("evaluacion", size);
            b.signIn("jr-evaluador", team.passwords.get("jr-evaluador"));
            b.follow("#edicion-" + id + " a.answer-link[href*='legislatura=sonora']");
            String tab = b.find("nav.principles a[href$='principio=1']").getText();
            b.choose("[data-variable='P1.01'] select.value", "1");
            WebElement justification = b.find("[data-variable='P1.01'] textarea.justification");
            b.click(justification);
            justification.sendKeys("La página de transparencia publica dirección, teléfono y horario.", Keys.TAB);
            b.until(d -> b.find("[data-variable='P1.01'] .save-state .message").getText().startsWith("Guardada"));
            b.until(d -> !b.find("nav.principles a[href$='principio=1']").getText().equals(tab));
            assertTrue(b.find("nav.principles a[href$='principio=1']").getText().contains("1/"), "the tab counts the answer without a reload");

            // an address typed without its scheme is kept and completed, never dropped
            WebElement evidence = b.find("[data-variable='P1.01'] textarea.evidence");
            b.click(evidence);
            evidence.sendKeys("www.congresoson.gob.mx/transparencia Directorio", Keys.TAB);
            b.until(d -> stored(id).contains("https://www.congresoson.gob.mx/transparencia"));
            // a document of Sonora's archive, picked by a word of its text: its title as plain text
            WebElement picker = b.find("[data-variable='P1.01'] input[id$='archivo_input']");
            b.click(picker);
            picker.sendKeys("presupuesto");
            b.clickSuggestion(".ui-autocomplete-panel li.ui-autocomplete-item");
            b.until(d -> stored(id).contains("\"documentId\":" + archiveDocument));
            b.until(d -> b.all(".ui-autocomplete-panel").stream().noneMatch(WebElement::isDisplayed));
            String typed = b.find("[data-variable='P1.01'] textarea.evidence").getAttribute("value");
            assertTrue(typed.contains("doc:" + archiveDocument + " PRESUPUESTO DE EGRESOS") && !typed.contains("<mark>") && !typed.contains("&#"), typed);
            // a line that is not an address yet is kept as the answer's draft with the reason, never dropped
            WebElement more = b.find("[data-variable='P1.01'] textarea.evidence");
            b.click(more);
            more.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\nver la gaceta del martes", Keys.TAB);
            b.until(d -> b.find("[data-variable='P1.01'] .save-state .message").getText().contains("borrador"));
            b.until(d -> draft(id).equals("ver la gaceta del martes"));
            assertTrue(stored(id).contains("https://www.congresoson.gob.mx/transparencia"), "the valid lines stay as they were: " + stored(id));
            b.screenshot("1-respuesta");

            // text typed and reloaded before the field loses focus comes back from this browser
            WebElement again = b.find("[data-variable='P1.01'] textarea.justification");
            again.sendKeys(" Consultado en diciembre.");
            b.driver.navigate().refresh();
            // (restored from this browser, or already saved by the autosave that left with the page: never the old text)
            b.until(d -> b.find("[data-variable='P1.01'] textarea.justification").getAttribute("value").endsWith("Consultado en diciembre."));
            b.find("[data-variable='P1.01'] textarea.justification").sendKeys(Keys.TAB);
            b.until(d -> justification(id).endsWith("Consultado en diciembre."));

            b.follow("#siguiente-principio");
            assertTrue(b.driver.getCurrentUrl().contains("principio=2"));
            cycle.answerAll(id, "sonora", List.of("P1.01"));
            b.open("trabajo/respuestas.xhtml?edicion=" + id + "&legislatura=sonora");
            b.click("#entregar");
            b.until(d -> b.find("#mensajes").getText().contains("confirmar la entrega"));
            b.click("#confirmar-entrega");
            b.click("#entregar");
            b.until(d -> b.find("#mensajes").getText().contains("entregadas para revisión"));
            b.screenshot("2-entrega");
            assertTrue(object(team.as("jr-coordinadora").get("api/editions/" + id + "/answers/sonora")).getJsonObject("assignment")
                    .getString("submittedAt", null) != null, "handed in");
            WALKS.add(b.end());
        }
    }

    /** The evidence draft of Sonora's P1.01 as stored. */
    private static String draft(String edition) {
        try {
            return object(team.as("jr-coordinadora").get("api/editions/" + edition + "/answers/sonora")).getJsonArray("answers").stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getString("variable").equals("P1.01")).findFirst()
                    .map(a -> a.getString("evidenceDraft", "")).orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The justification of Sonora's P1.01 as stored. */
    private static String justification(String edition) {
        try {
            return object(team.as("jr-coordinadora").get("api/editions/" + edition + "/answers/sonora")).getJsonArray("answers").stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getString("variable").equals("P1.01")).findFirst()
                    .map(a -> a.getString("justification", "")).orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The evidence of Sonora's P1.01 as stored. */
    private static String stored(String edition) {
        try {
            return object(team.as("jr-coordinadora").get("api/editions/" + edition + "/answers/sonora")).getJsonArray("answers").stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getString("variable").equals("P1.01")).findFirst()
                    .map(a -> a.getJsonArray("evidence").toString()).orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    void aReviewerReviewsOneLegislatureWhileAnotherIsStillBeingAnswered() throws Exception {
        JourneyBrowser b = browser();
        for (Size size : Size.values()) {
            String id = edition("recorrido", size); // Sonora handed in by the evaluator's journey, Yucatán not begun
            b.begin("revision", size);
            b.signIn("jr-revisor", team.passwords.get("jr-revisor"));
            String waiting = b.find("#edicion-" + id + " a.review-link[href*='legislatura=yucatan']").getText();
            assertTrue(waiting.contains("aún no entregada"), waiting);
            b.screenshot("1-mi-trabajo");
            b.follow("#edicion-" + id + " a.review-link[href*='legislatura=sonora']");
            List<WebElement> sections = b.all("section.answer");
            String first = sections.get(0).getAttribute("data-variable");
            String second = sections.get(1).getAttribute("data-variable");
            b.click(sections.get(0).findElement(org.openqa.selenium.By.cssSelector("button.accept, input.accept")));
            b.until(d -> b.find("#mensajes").getText().contains(first + ": aceptada"));
            WebElement comment = b.find("section.answer[data-variable='" + second + "'] textarea");
            b.click(comment);
            comment.sendKeys("Falta la fecha de publicación.");
            b.click(b.find("section.answer[data-variable='" + second + "']").findElement(org.openqa.selenium.By.cssSelector("button.return, input.return")));
            b.until(d -> b.find("#mensajes").getText().contains(second + ": devuelta"));
            b.click("#confirmar-resto");
            b.click("#aceptar-resto");
            b.until(d -> b.find("#mensajes").getText().contains("respuestas aceptadas"));
            b.screenshot("2-revision");
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            object(team.as("jr-coordinadora").get("api/editions/" + id + "/answers/sonora")).getJsonArray("answers")
                    .forEach(a -> byStatus.merge(a.asJsonObject().getString("status"), 1, Integer::sum));
            assertEquals(Map.of("accepted", team.methodology.variables().size() - 1, "returned", 1), byStatus);
            assertEquals("evaluation", object(team.as("jr-coordinadora").get("api/editions/" + id)).getString("state"),
                    "all of it while the edition is still in evaluation");
            b.open("trabajo/index.xhtml");
            b.follow("#edicion-" + id + " a.review-link[href*='legislatura=yucatan']");
            assertTrue(b.all("button.accept, input.accept").isEmpty(), "no buttons where the action is not allowed");
            assertTrue(b.find("#revision-cerrada").isDisplayed());
            WALKS.add(b.end());
        }
    }

    @Test
    @Order(4)
    void staffObjectWithEvidenceFromTheirArchive() throws Exception {
        JourneyBrowser b = browser();
        for (Size size : Size.values()) {
            String id = edition("replica", size);
            new Cycle(team).inReply(id, List.of("sonora"));
            b.begin("replica", size);
            b.signIn("jr-personal-sonora", team.passwords.get("jr-personal-sonora"));
            b.follow("#edicion-" + id + " a.reply-link");
            assertTrue(b.find("#plazo").getText().contains("cierra"), "the deadline is on the page");
            b.follow("#ver-todas");
            WebElement line = b.all("section.answer").get(0);
            String variable = line.getAttribute("data-variable");
            b.click(line.findElement(org.openqa.selenium.By.tagName("summary")));
            b.click(b.find("section.answer[data-variable='" + variable + "'] input[id$='objetar']"));
            b.until(d -> b.find("#mensajes").getText().contains("Falta el argumento de la objeción"));
            WebElement section = b.find("section.answer[data-variable='" + variable + "']");
            if (!"true".equals(section.findElement(org.openqa.selenium.By.tagName("details")).getAttribute("open"))) {
                b.click(section.findElement(org.openqa.selenium.By.tagName("summary")));
            }
            WebElement argument = b.find("section.answer[data-variable='" + variable + "'] textarea[id$='argumento']");
            b.click(argument);
            argument.sendKeys("El presupuesto aprobado se publica en la sección de transparencia.");
            WebElement picker = b.find("section.answer[data-variable='" + variable + "'] input[id$='archivo_input']");
            b.click(picker);
            picker.sendKeys("presupuesto");
            b.clickSuggestion(".ui-autocomplete-panel li.ui-autocomplete-item");
            b.until(d -> b.find("section.answer[data-variable='" + variable + "'] textarea[id$='evidencia-objecion']").getAttribute("value")
                    .contains("doc:" + archiveDocument));
            b.until(d -> b.all(".ui-autocomplete-panel").stream().noneMatch(WebElement::isDisplayed));
            b.screenshot("1-objecion");
            b.click(b.find("section.answer[data-variable='" + variable + "'] input[id$='objetar']"));
            b.until(d -> b.find("#mensajes").getText().contains("Objeción a " + variable + " presentada"));
            String filed = b.find("#objeciones").getText();
            assertTrue(filed.contains(variable) && filed.contains("Abierta"), filed);
            assertTrue(b.find("#objeciones a[href*='documento.xhtml?id=" + archiveDocument + "']").isDisplayed(), "the evidence, linked");
            b.screenshot("2-presentada");
            WALKS.add(b.end());
        }
    }

    @Test
    @Order(5)
    void theCoordinatorConfirmsEachStepAndPublishingEarlyIsAnAuditedOverride() throws Exception {
        JourneyBrowser b = browser();
        String id = "publicacion-anticipada";
        new Cycle(team).inReply(id, List.of("yucatan"));
        // a draft without assignments: its evaluator and reviewer are picked from the accounts with those roles
        String draft = "asignar-desde-lista";
        Cycle.expect(201, team.as("jr-coordinadora").json("POST", "api/editions", "{\"id\":\"" + draft + "\",\"title\":\"Edición " + draft
                + "\",\"year\":2026,\"methodologyKey\":\"" + Team.METHODOLOGY + "\",\"legislatures\":[\"yucatan\"],\"evaluationWindow\":{\"opens\":\""
                + mx.parlamentoabierto.platform.PortalTime.today() + "\",\"closes\":\"" + mx.parlamentoabierto.platform.PortalTime.today().plusDays(30)
                + "\"},\"replyWindow\":{\"opens\":\"" + mx.parlamentoabierto.platform.PortalTime.today() + "\",\"closes\":\""
                + mx.parlamentoabierto.platform.PortalTime.today().plusDays(40) + "\"}}"));
        b.begin("coordinacion", Size.DESKTOP);
        b.signIn("jr-coordinadora", team.passwords.get("jr-coordinadora"));
        b.follow("#edicion-" + draft + " a[href*='edicion.xhtml?id=']");
        b.choose("#asignar-legislatura", "yucatan");
        b.choose("#evaluador", "jr-evaluador");
        b.choose("#revisor", "jr-revisor");
        b.click("#asignar");
        b.until(d -> b.find("#mensajes").getText().contains("Asignada: Congreso del Estado de Yucatán"));
        JsonObject assigned = PortalClient.parse(team.as("jr-coordinadora").get("api/editions/" + draft + "/assignments")).asJsonArray().getJsonObject(0);
        assertEquals("jr-evaluador", assigned.getString("evaluator"));
        b.open("trabajo/index.xhtml");
        b.follow("#edicion-" + id + " a[href*='edicion.xhtml?id=']");
        b.click("#avanzar");
        b.until(d -> b.find("#mensajes").getText().contains("Marque la casilla"));
        b.click("#confirmar-paso");
        b.click("#avanzar");
        b.until(d -> b.find("#mensajes").getText().contains("ventana de réplica sigue abierta"));
        assertEquals("Réplica", b.find("#estado").getText());
        WebElement reason = b.find("#razon-anticipada");
        b.click(reason);
        reason.sendKeys("La legislatura renunció por oficio al resto de la réplica.");
        if (!b.find("#confirmar-paso").isSelected()) {
            b.click("#confirmar-paso");
        }
        b.click("#avanzar");
        b.until(d -> b.find("#estado").getText().equals("Publicada"));
        b.screenshot("1-publicada");
        b.follow("a[href*='auditoria.xhtml']");
        assertTrue(b.driver.getPageSource().contains("Publicada antes de cerrar la réplica"), "the override, in the audit log, in Spanish");
        b.screenshot("2-auditoria");
        b.click("#salir");
        b.until(d -> !d.getPageSource().contains("id=\"quien\""));
        b.open("trabajo/index.xhtml");
        assertTrue(b.driver.getCurrentUrl().contains("/entrar.xhtml"), "signed out");
        WALKS.add(b.end());
    }

    @Test
    @Order(6)
    void theAdministratorUploadsAnActaAndAGacetaInOneBatchEachWithItsType() throws Exception {
        JourneyBrowser b = browser();
        Path dir = Files.createTempDirectory("subida");
        Path acta = Files.writeString(dir.resolve("scan_0001.txt"), "ACTA DE LA SESIÓN ORDINARIA DEL PLENO DEL CONGRESO DEL ESTADO DE SONORA\n"
                + "Hermosillo, Sonora, a 3 de marzo de 2026. Se abrió la sesión a las 11:00 horas.\n", StandardCharsets.UTF_8);
        Path gaceta = Files.writeString(dir.resolve("scan_0002.txt"), "GACETA PARLAMENTARIA DEL CONGRESO DEL ESTADO DE SONORA, NÚMERO 1214\n"
                + "Orden del día de la sesión del 5 de marzo de 2026.\n", StandardCharsets.UTF_8);
        b.begin("administracion", Size.DESKTOP);
        b.signIn("jr-admin", team.passwords.get("jr-admin"));
        b.follow("#subir-documentos");
        b.choose("select[name='legislature']", "sonora");
        b.find("#upload-input").sendKeys(acta + "\n" + gaceta);
        b.until(d -> b.all("#upload-files tr").size() == 2);
        b.choose("#upload-type-0", "acta");
        b.choose("#upload-type-1", "gaceta");
        b.click("#upload-start");
        b.until(d -> b.all("#upload-files a[href*='documento.xhtml?id=']").size() == 2
                && b.find("#upload-files").getText().split("Indexado", -1).length == 3);
        b.screenshot("1-subida");
        List<String> types = new ArrayList<>();
        for (WebElement link : b.all("#upload-files a[href*='documento.xhtml?id=']")) {
            long doc = Long.parseLong(link.getText().substring(1));
            JsonObject d = object(team.as("jr-admin").get("api/documents/" + doc));
            types.add(d.getString("type"));
            assertFalse(d.getString("title").startsWith("scan_"), "the title comes from the heading: " + d.getString("title"));
        }
        assertEquals(List.of("acta", "gaceta"), types, "each file kept its own type");
        b.follow("#upload-files a[href*='documento.xhtml?id=']");
        assertTrue(b.find("h1").getText().startsWith("ACTA DE LA SESIÓN"), b.find("h1").getText());
        WALKS.add(b.end());
    }
}
