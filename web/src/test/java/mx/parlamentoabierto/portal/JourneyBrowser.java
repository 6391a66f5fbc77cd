package mx.parlamentoabierto.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium walking the portal as a person does, at a desktop's size (1366 × 900) or a phone's (390 × 844,
 * a mobile viewport): every click and Enter is counted for the journey's record, each step can leave a screenshot in
 * {@code target/journeys}, and each page is checked for sideways scrolling on the phone.
 */
final class JourneyBrowser implements AutoCloseable {

    enum Size {
        DESKTOP(1366, 900), PHONE(390, 844);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        String label() {
            return this == DESKTOP ? "escritorio" : "teléfono";
        }
    }

    /** One journey's record: its clicks, the pages it crossed, and problems seen on the way. */
    record Walk(String journey, Size size, int clicks, List<String> pages, List<String> shots) {
    }

    static final Path SHOTS = Path.of(System.getProperty("parlamento.test.journeys", "target/journeys"));

    final WebDriver driver;
    private final URL base;
    private Size size = Size.DESKTOP;
    private String journey;
    private int clicks;
    private final List<String> pages = new ArrayList<>();
    private final List<String> shots = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    JourneyBrowser(URL base) throws IOException {
        this.base = base;
        Path chromium = Path.of(System.getProperty("parlamento.test.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("parlamento.test.chromedriver", "/usr/bin/chromedriver"));
        assertTrue(Files.isExecutable(chromium) && Files.isExecutable(chromedriver), "Chromium and ChromeDriver are needed (Debian packages chromium "
                + "and chromium-driver; ./parlamento test installs them): " + chromium + ", " + chromedriver);
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=es-MX");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-MX,es"));
        // "leave the page with unsaved text?" is answered yes when a journey reloads on purpose
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    /** Starts counting a journey at a size, signed out. */
    void begin(String name, Size at) {
        journey = name;
        size = at;
        clicks = 0;
        pages.clear();
        shots.clear();
        problems.clear();
        ChromeDriver chrome = (ChromeDriver) driver;
        if (at == Size.PHONE) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", at.width, "height", at.height, "deviceScaleFactor", 1,
                    "mobile", true));
        } else {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(new Dimension(at.width, at.height));
        }
        driver.manage().deleteAllCookies();
    }

    Walk end() {
        assertEquals(List.of(), problems, journey + " (" + size.label() + ")");
        return new Walk(journey, size, clicks, List.copyOf(pages), List.copyOf(shots));
    }

    Size size() {
        return size;
    }

    /** Opens an address typed or bookmarked (not a click). */
    void open(String path) throws Exception {
        driver.get(new URL(base, path).toString());
        arrived();
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    <T> T until(Function<WebDriver, T> condition) {
        return waiting().until(condition);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** A person's click: the element is brought into view first, as a person scrolls to it. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        clicks++;
    }

    void click(String css) {
        WebElement target = until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() && e.isEnabled() ? e : null;
        });
        click(target);
    }

    /**
     * A suggestion under the field being typed in, clicked where it shows: a person does not scroll between typing and
     * choosing; scrolled into the middle of the screen first, the item was reported covered by the page (Chromium 156).
     */
    void clickSuggestion(String css) {
        WebElement target = until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() && e.getSize().getHeight() > 0 ? e : null;
        });
        target.click();
        clicks++;
    }

    /** A link or button that leads to another page: clicked, then the new page loaded and checked. */
    void follow(String css) {
        String before = driver.getCurrentUrl();
        click(css);
        until(d -> !d.getCurrentUrl().equals(before) && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        arrived();
    }

    /** A form sent with Enter (counted as a click). */
    void submitWithEnter(WebElement field) {
        String before = driver.getCurrentUrl();
        field.sendKeys(Keys.ENTER);
        clicks++;
        until(d -> !d.getCurrentUrl().equals(before));
        arrived();
    }

    /** A choice in a drop-down menu: two clicks, one to open it and one for the option. */
    void choose(String css, String value) {
        WebElement select = until(d -> d.findElement(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        new org.openqa.selenium.support.ui.Select(select).selectByValue(value);
        clicks += 2;
    }

    /** On a phone the menu folds behind its button: opening it is a click like any other. */
    void menu(String linkCss) {
        if (size == Size.PHONE) {
            click("#menu-boton");
        }
        follow(linkCss);
    }

    void screenshot(String step) throws IOException {
        String name = journey + "-" + (size == Size.DESKTOP ? "1366" : "390") + "-" + step + ".png";
        Files.write(Files.createDirectories(SHOTS).resolve(name), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        shots.add(name);
    }

    private void arrived() {
        String path = driver.getCurrentUrl().replaceFirst("^https?://[^/]+/", "/");
        pages.add(path);
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (((Number) overflow).longValue() > 1) {
            problems.add(path + ": " + overflow + " px wider than the screen");
        }
        if (driver.getTitle().contains("Error") || driver.getPageSource().contains("jakarta.faces.application.ViewExpiredException")) {
            problems.add(path + ": error page «" + driver.getTitle() + "»");
        }
    }

    void signIn(String name, String password) throws Exception {
        open("trabajo/index.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/entrar.xhtml"), "a work page sends to the sign-in page: " + driver.getCurrentUrl());
        find("#usuario").sendKeys(name);
        find("#clave").sendKeys(password);
        submitWithEnter(find("#clave"));
        until(d -> d.getCurrentUrl().contains("/trabajo/index.xhtml"));
        // on a phone the header's account name is in the folded menu: its text, shown or not
        assertEquals(name, find("#quien").getAttribute("textContent").strip(), "the header says who is signed in");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
