package mx.parlamentoabierto.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * The work pages clicked through in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * ./parlamento test): an evaluator signs in with the form, opens the answer form from "my work", chooses a value and
 * writes a justification with the keyboard, and the answer saves itself; a reviewer returns an answer with a
 * comment; the coordinator's page refuses a transition out of order and says why; staff of Sonora object to an
 * accepted answer on the reply page.
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
class EvaluationBrowserIT {

    private static WebDriver browser;

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    @BeforeAll
    static void startBrowser() {
        Path chromium = Path.of(System.getProperty("parlamento.test.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("parlamento.test.chromedriver", "/usr/bin/chromedriver"));
        assertTrue(Files.isExecutable(chromium) && Files.isExecutable(driver), "Chromium and ChromeDriver are needed (Debian packages chromium and "
                + "chromium-driver; ./parlamento test installs them): " + chromium + ", " + driver);
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=es-MX");
        // the language the browser asks for (Accept-Language): a Mexican visitor's
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "es-MX,es"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // ajax updates replace the parts it reads
        return wait;
    }

    private void signIn(String name, String password) throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(new URL(url, "trabajo/index.xhtml").toString());
        assertTrue(browser.getCurrentUrl().contains("/entrar.xhtml"), "a work page sends to the sign-in page: " + browser.getCurrentUrl());
        browser.findElement(By.id("usuario")).sendKeys(name);
        browser.findElement(By.id("clave")).sendKeys(password, Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/trabajo/index.xhtml"));
        assertEquals(name, browser.findElement(By.id("quien")).getText(), "the header says who is signed in");
    }

    private WebElement variable(String id) {
        return browser.findElement(By.cssSelector("[data-variable='" + id + "']"));
    }

    /** The evidence of Sonora's P1.01 in the edition "navegador", as the API has it stored. */
    private static String savedEvidence(Team team) {
        try {
            return PortalClient.object(team.as("nav-coordinadora").get("api/editions/navegador/answers/sonora")).getJsonArray("answers").stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getString("variable").equals("P1.01")).findFirst()
                    .map(a -> a.getJsonArray("evidence").toString()).orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEvaluatorAnswersWithAutosaveAReviewerReturnsAndStaffObject() throws Exception {
        Team team = new Team(url.toURI(), "nav");
        Cycle cycle = new Cycle(team);
        cycle.draft("navegador", List.of("sonora"));
        Cycle.expect(200, cycle.transition("navegador", "evaluation"));

        // the evaluator: my work → answer form → value and justification, saved on change
        signIn("nav-evaluador", team.passwords.get("nav-evaluador"));
        browser.findElement(By.cssSelector("#edicion-navegador a.answer-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/trabajo/respuestas.xhtml"));
        WebElement row = variable("P1.01");
        new Select(row.findElement(By.cssSelector("select.value"))).selectByValue("1");
        waiting().until(d -> variable("P1.01").findElement(By.cssSelector(".save-state .message")).getText().contains("Sin guardar"));
        WebElement justification = variable("P1.01").findElement(By.cssSelector("textarea.justification"));
        justification.sendKeys("La página de transparencia publica dirección, teléfono y horario.", Keys.TAB);
        waiting().until(d -> variable("P1.01").findElement(By.cssSelector(".save-state .message")).getText().startsWith("Guardada"));
        variable("P1.01").findElement(By.cssSelector("textarea.evidence")).sendKeys("https://congresoson.gob.mx/transparencia Directorio", Keys.TAB);
        // the message already says "Guardada" from the justification: wait for the evidence itself to be stored
        waiting().until(d -> savedEvidence(team).contains("congresoson.gob.mx"));
        browser.navigate().refresh();
        assertEquals("1", new Select(variable("P1.01").findElement(By.cssSelector("select.value"))).getFirstSelectedOption().getAttribute("value"),
                "the saved value is there after a reload");
        assertTrue(variable("P1.01").findElement(By.cssSelector("textarea.evidence")).getAttribute("value").contains("congresoson.gob.mx"));
        assertEquals("P1 1/8", browser.findElement(By.cssSelector("nav.principles a[href$='principio=1']")).getText(), "the tab counts what is answered");
        browser.findElement(By.cssSelector("nav.principles a[href$='principio=2']")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("[data-variable='P2.01']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-variable='P1.01']")).isEmpty(), "one principle at a time");
        assertTrue(browser.getPageSource().length() < 150_000, "the form of one principle stays light: " + browser.getPageSource().length());
        if (System.getProperty("parlamento.test.screenshots") != null) {
            Files.write(Path.of(System.getProperty("parlamento.test.screenshots"), "respuestas.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
        JsonObject saved = PortalClient.object(team.as("nav-coordinadora").get("api/editions/navegador/answers/sonora")).getJsonArray("answers")
                .stream().map(JsonValue::asJsonObject).filter(a -> a.getString("variable").equals("P1.01")).findFirst().orElseThrow();
        assertEquals("nav-evaluador", saved.getString("author"));
        assertEquals("https://congresoson.gob.mx/transparencia", saved.getJsonArray("evidence").getJsonObject(0).getString("url"));

        // the rest through the API, then the reviewer returns P1.01 with a comment from the review page
        cycle.answerAll("navegador", "sonora", List.of("P1.01"));
        cycle.submit("navegador", "sonora");
        Cycle.expect(200, cycle.transition("navegador", "review"));
        signIn("nav-revisor", team.passwords.get("nav-revisor"));
        browser.findElement(By.cssSelector("#edicion-navegador a.review-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/trabajo/revision.xhtml"));
        variable("P1.01").findElement(By.tagName("textarea")).sendKeys("Falta el correo de la unidad de transparencia.");
        variable("P1.01").findElement(By.cssSelector("input.return")).click();
        waiting().until(d -> d.findElement(By.id("mensajes")).getText().contains("devuelta al evaluador"));
        JsonObject returned = PortalClient.object(team.as("nav-coordinadora").get("api/editions/navegador/answers/sonora")).getJsonArray("answers")
                .stream().map(JsonValue::asJsonObject).filter(a -> a.getString("variable").equals("P1.01")).findFirst().orElseThrow();
        assertEquals("returned", returned.getString("status"));

        // the coordinator: the edition page refuses to move on while an answer is returned, and says why
        signIn("nav-coordinadora", team.passwords.get("nav-coordinadora"));
        browser.get(new URL(url, "trabajo/edicion.xhtml?id=navegador").toString());
        assertEquals("Revisión", browser.findElement(By.id("estado")).getText());
        browser.findElement(By.id("avanzar")).click();
        waiting().until(d -> d.findElement(By.id("mensajes")).getText().contains("por aceptar"));
        assertEquals("Revisión", browser.findElement(By.id("estado")).getText());

        // staff of Sonora object on the reply page of an edition in reply
        cycle.inReply("replica-navegador", List.of("sonora"));
        signIn("nav-personal-sonora", team.passwords.get("nav-personal-sonora"));
        browser.findElement(By.cssSelector("#edicion-replica-navegador a.reply-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/trabajo/replica.xhtml"));
        WebElement line = variable("P2.01");
        line.findElement(By.tagName("summary")).click();
        line.findElement(By.cssSelector("textarea[id$='argumento']")).sendKeys("El calendario de sesiones se publica cada mes en la Gaceta.");
        line.findElement(By.cssSelector("input[id$='objetar']")).click();
        waiting().until(d -> d.findElement(By.id("mensajes")).getText().contains("Objeción a P2.01 presentada"));
        assertTrue(browser.findElement(By.id("objeciones")).getText().contains("P2.01"));
        browser.findElement(By.id("salir")).click();
        waiting().until(d -> !d.getPageSource().contains("id=\"quien\""));
        browser.get(new URL(url, "trabajo/index.xhtml").toString());
        assertTrue(browser.getCurrentUrl().contains("/entrar.xhtml"), "signed out");
    }
}
