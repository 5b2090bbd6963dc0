package io.candor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app in a real browser: Debian's headless Chromium driven through Debian's chromedriver
 * (never a downloaded one), against the server as `candor serve` starts it on a free port over
 * {@link WebFixture}'s data folder. Screenshots go to target/screenshots/.
 *
 * <p>Skips itself where /usr/bin/chromium is absent, unless the CI variable is set: there a
 * missing browser is a broken build, not a reason to skip.
 */
class WebBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ConfigurableApplicationContext server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": install the Debian packages chromium and chromium-driver");
        }
        server = WebApplication.start(WebFixture.dataFolder(), 0);
        base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
        // An explicit driver executable: Selenium Manager never runs, so nothing is downloaded.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("candor-chromium"),
                "--window-size=1280,900");
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchFollowAHitAndSeeTheTurnHighlighted() throws IOException {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("controller");
        box.submit();
        wait(ExpectedConditions.urlContains("q=controller"));
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("controller");
        assertThat(hits.get(0).getText()).contains("D-1001", "D-1001-disco", "02:20", "Dana Whitfield");
        screenshot("search", true);

        hits.get(0).findElement(By.cssSelector("a.snippet")).click();
        wait(ExpectedConditions.urlContains("#turn-" + WebFixture.DETRACTOR_TURN));
        WebElement turn = browser.findElement(By.id("turn-" + WebFixture.DETRACTOR_TURN));
        assertThat(turn.getAttribute("class")).contains("target", "side-buyer");
        assertThat(inViewport(turn)).as("the linked turn is scrolled into view").isTrue();
        assertThat(turn.findElement(By.cssSelector("mark.sig-detractor")).getText()).startsWith("Marcus likes Zendara");
        screenshot("transcript", false);
    }

    @Test
    void fromTheTranscriptToTheDealReportAndTheDashboard() throws IOException {
        open("/calls/D-1001-disco");
        browser.findElement(By.linkText("Deal report")).click();
        wait(ExpectedConditions.urlToBe(base + "/deals/D-1001"));
        String report = browser.findElement(By.tagName("main")).getText();
        assertThat(report).contains("Brightwater - AP Automation", "Likely our fault", "Marcus likes Zendara", WebFixture.LAST_RUN);
        assertThat(browser.findElements(By.cssSelector(".finding"))).hasSize(3);
        screenshot("deal-report", true);

        browser.findElement(By.linkText("← All lost deals")).click();
        wait(ExpectedConditions.urlToBe(base + "/dashboard"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Why we lost");
        assertThat(browser.findElements(By.cssSelector("main svg rect"))).isNotEmpty();
        assertNothingInjected();
        screenshot("dashboard", true);

        browser.findElement(By.linkText("D-1002")).click();
        wait(ExpectedConditions.urlToBe(base + "/deals/D-1002"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(WebFixture.XSS_DEAL_NAME);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(WebFixture.XSS_SCRIPT);
        assertNothingInjected();
        screenshot("deal-report-xss", false);
    }

    @Test
    void theDealsListSortsByItsColumns() throws IOException {
        open("/deals");
        assertThat(dealOrder()).containsExactly("D-1001", "D-1002", "D-1003");
        browser.findElement(By.cssSelector("th a[href*='sort=amount']")).click();
        wait(ExpectedConditions.urlContains("sort=amount"));
        assertThat(dealOrder()).containsExactly("D-1002", "D-1001", "D-1003");
        browser.findElement(By.cssSelector("th a[href*='sort=rep']")).click();
        wait(ExpectedConditions.urlContains("sort=rep"));
        assertThat(dealOrder()).containsExactly("D-1002", "D-1001", "D-1003");
        assertNothingInjected();
        screenshot("deals", true);
    }

    @Test
    void facetsNarrowTheSearch() throws IOException {
        open("/search");
        browser.findElement(By.cssSelector("a[data-facet=rep][href*='Megan']")).click();
        wait(ExpectedConditions.urlContains("rep=Megan"));
        assertThat(browser.findElements(By.cssSelector(".hit .deal-id"))).extracting(WebElement::getText).containsOnly("D-1002");
        assertThat(browser.findElement(By.cssSelector(".chips")).getText()).contains("Rep", "Megan Castillo");
        screenshot("search-facet", true);
    }

    @Test
    void markupFromATranscriptIsShownAsTextAndNeverRuns() throws IOException {
        open("/calls/D-1002-demo?turn=" + WebFixture.XSS_TURN + "#turn-" + WebFixture.XSS_TURN);
        WebElement turn = browser.findElement(By.id("turn-" + WebFixture.XSS_TURN));
        assertThat(turn.getText()).contains(WebFixture.XSS_SCRIPT, WebFixture.XSS_IMG);
        assertThat(browser.findElement(By.cssSelector(".crumbs")).getText()).contains(WebFixture.XSS_DEAL_NAME);
        assertNothingInjected();
        screenshot("transcript-xss", false);

        open("/search?q=parser");
        assertThat(browser.findElement(By.cssSelector(".hit")).getText()).contains(WebFixture.XSS_SCRIPT, WebFixture.XSS_IMG);
        assertNothingInjected();

        open("/search?q=" + java.net.URLEncoder.encode(WebFixture.XSS_IMG, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(WebFixture.XSS_IMG);
        assertNothingInjected();
    }

    @Test
    void errorsShowAFriendlyPageWithoutInternals() throws IOException {
        open("/calls/D-1001-disco'or'1=1");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("400", "not a valid call id").doesNotContain("Exception");
        open("/no/such/page");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("404", "There is no page at this address.");
        open("/search?q=" + java.net.URLEncoder.encode("budget AND (freeze", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.cssSelector(".query-error")).getText()).contains("malformed query");
        screenshot("search-malformed", false);
    }

    @Test
    void pagesFitAPhoneScreen() throws IOException {
        Dimension laptop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            open("/search?q=budget");
            assertThat(overflowing()).as("search fits 390 px").isEmpty();
            screenshot("phone-search", false);
            open("/calls/D-1001-demo");
            assertThat(overflowing()).as("transcript fits 390 px").isEmpty();
            screenshot("phone-transcript", false);
            open("/deals/D-1001");
            assertThat(overflowing()).as("deal report fits 390 px").isEmpty();
            screenshot("phone-deal-report", false);
            open("/dashboard");
            assertThat(overflowing()).as("dashboard fits 390 px").isEmpty();
            screenshot("phone-dashboard", false);
        } finally {
            browser.manage().window().setSize(laptop);
        }
    }

    private static void open(String path) {
        browser.get(base + path);
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    /** No alert opened, no image element was created from the markup, no script element carries it. */
    private static void assertNothingInjected() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("img[src=x], img[onerror]"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    }

    private static List<String> dealOrder() {
        return browser.findElements(By.cssSelector("tr[data-deal]")).stream().map(r -> r.getAttribute("data-deal")).toList();
    }

    private static boolean inViewport(WebElement element) {
        Object inside = ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", element);
        return Boolean.TRUE.equals(inside);
    }

    /** Elements sticking out past the right edge of the window (empty when the page fits), e.g. "SECTION.verdict 906". */
    private static String overflowing() {
        Object wide = ((JavascriptExecutor) browser).executeScript("""
                if (document.documentElement.scrollWidth <= window.innerWidth) return '';
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8)
                    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ');""");
        return String.valueOf(wide);
    }

    /** The viewport, or the whole page (through the DevTools protocol) when {@code fullPage}. */
    private static void screenshot(String name, boolean fullPage) throws IOException {
        byte[] png;
        if (fullPage) {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } else {
            png = browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        }
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
