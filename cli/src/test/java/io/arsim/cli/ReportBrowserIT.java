package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * {@code arsim report} in a real browser: Debian's chromium, headless, driven through its
 * chromedriver (WebDriver). The page renders, a diagram node opens its tables, the effective-route
 * filter narrows the rows, the browser logs no error, and screenshots go to
 * {@code target/report-screenshots/} (CI keeps them). Without chromium the test is skipped with the
 * reason, except under {@code CI}, where .ci/run installs it and a missing browser fails.
 */
class ReportBrowserIT {
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

  private static ChromeDriver browser;
  private static Path report;

  @BeforeAll
  static void openReport(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") != null) {
      assertThat(present).as("chromium (%s) and chromedriver (%s) under CI: .ci/run installs chromium and"
          + " chromium-driver", CHROMIUM, CHROMEDRIVER).isTrue();
    }
    if (!present) {
      return;
    }
    report = dir.resolve("s5.html");
    Result r = CliRun.run("report", "examples/s5-expressroute-with-as-override.yaml", "--intents",
        "examples/intents/s5-expressroute-with-as-override.yaml", "--diff",
        "examples/s4-expressroute-without-as-override.yaml", "-O", report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--no-first-run", "--disable-extensions");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  /** Each test starts from the page as it opens: top of the page, everything folded, no filter. */
  @BeforeEach
  void load() {
    // Skipped per test, so the reason shows beside each test in the report.
    Assumptions.assumeTrue(browser != null, "no headless browser: " + CHROMIUM + " or " + CHROMEDRIVER
        + " is missing (Debian: apt-get install chromium chromium-driver); the report's browser test is skipped");
    browser.get(report.toUri().toString());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void rendersEverySectionAndTheDiagram() throws Exception {
    assertThat(browser.getTitle()).isEqualTo("s5-expressroute-with-as-override - arsim design review");
    List<String> sections = browser.findElements(By.cssSelector("main > section > h2")).stream()
        .map(WebElement::getText).toList();
    assertThat(sections).hasSize(11);
    assertThat(String.join("\n", sections)).contains("Overview", "Diagram", "BGP sessions", "Route servers",
        "NVA BGP tables", "Gateways, circuits and on-premises", "Effective routes", "Lint findings",
        "Failures (sweep)", "Intents", "Difference from s4-expressroute-without-as-override");
    WebElement svg = browser.findElement(By.cssSelector("#diagram svg"));
    assertThat(svg.getSize().getWidth()).as("the drawn diagram's width").isGreaterThan(300);
    // Every speaker of S5 (three route servers, two ER gateways, both links of the circuit, on-premises,
    // two NVAs: 15 nodes) and the three VMs link somewhere.
    assertThat(links()).hasSize(18).doesNotHaveDuplicates()
        .allSatisfy(href -> assertThat(browser.findElements(By.id(href.substring(1)))).hasSize(1));
    screenshot("s5-top.png");
  }

  @Test
  void clickingADiagramNodeOpensItsTablesAndScrollsToThem() throws Exception {
    WebElement group = browser.findElement(By.id("node-nva1"));
    assertThat(group.getAttribute("open")).as("folded before the click").isNull();
    WebElement node = (WebElement) js("return Array.from(document.querySelectorAll('#diagram svg a')).find(a =>"
        + " a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') === '#node-nva1');");
    node.click();
    assertThat(group.getAttribute("open")).as("open after the click").isNotNull();
    Number top = (Number) js("return document.getElementById('node-nva1').getBoundingClientRect().top;");
    assertThat(top.doubleValue()).as("scrolled to the top of the window").isBetween(-1.0, 5.0);
    assertThat(group.findElement(By.tagName("caption")).getText()).startsWith("BGP table of nva1");
    assertThat(group.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    screenshot("s5-nva1.png");
  }

  @Test
  void theEffectiveRouteFilterNarrowsTheRows() throws Exception {
    WebElement search = browser.findElement(By.cssSelector("#effective-routes .filter-text"));
    WebElement count = browser.findElement(By.cssSelector("#effective-routes .filter-count"));
    long all = visibleRoutes();
    assertThat(count.getAttribute("textContent")).isEqualTo(all + " of " + all + " routes shown");
    // Every NIC of S5 gets the route to on-premises 172.16.0.0/16 (ExpressRoute, through the gateways).
    search.sendKeys("172.16.0.0/16");
    long narrowed = visibleRoutes();
    assertThat(narrowed).isPositive().isLessThan(all);
    assertThat(count.getAttribute("textContent")).isEqualTo(narrowed + " of " + all + " routes shown");
    @SuppressWarnings("unchecked")
    List<String> texts = (List<String>) js("return Array.from(document.querySelectorAll("
        + "'#effective-routes table.filterable tbody tr')).filter(r => !r.hidden).map(r => r.textContent);");
    assertThat(texts).allSatisfy(t -> assertThat(t).contains("172.16.0.0/16"));
    screenshot("s5-filter.png");
    search.clear();
    js("var s = document.querySelector('#effective-routes .filter-text'); s.dispatchEvent(new Event('input'));");
    browser.findElement(By.cssSelector("#effective-routes .filter-choice option[value='']")).click();
    WebElement user = browser.findElements(By.cssSelector("#effective-routes .filter-choice option")).stream()
        .filter(o -> o.getText().equals("VirtualNetworkGateway")).findFirst().orElseThrow();
    user.click();
    long bgp = visibleRoutes();
    assertThat(bgp).isPositive().isLessThan(all);
    @SuppressWarnings("unchecked")
    List<String> sources = (List<String>) js("return Array.from(document.querySelectorAll("
        + "'#effective-routes table.filterable tbody tr')).filter(r => !r.hidden).map(r => r.cells[0].textContent);");
    assertThat(sources).containsOnly("VirtualNetworkGateway");
  }

  @Test
  void theBrowserLogsNoError() {
    assertThat(problems()).isEmpty();
    // The log is really read: an error the page logs now shows up.
    js("console.error('arsim-probe');");
    assertThat(problems()).singleElement().asString().contains("arsim-probe");
  }

  /** A design whose names are markup: the browser shows them as text and runs only the page's script. */
  @Test
  void namesThatLookLikeMarkupStayText(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String evil = Files.readString(ExampleFiles.root().resolve("examples/s1-dual-homed-active-active.yaml"))
        .replace("name: s1-dual-homed-active-active", "name: \"<script>alert(1)</script> & 'q'\"")
        .replace("vm-spoke", "vm<img src=x onerror=alert(2)>");
    Path design = dir.resolve("evil.yaml");
    Files.writeString(design, evil);
    Path page = dir.resolve("evil.html");
    Result r = CliRun.run("report", design.toString(), "--no-sweep", "-O", page.toString());
    assertThat(r.code()).as(r.err()).isZero();
    problems();
    browser.get(page.toUri().toString());
    // An alert would make every WebDriver call below fail with UnhandledAlertException.
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Design review: <script>alert(1)</script> & 'q'");
    assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("#effective-routes summary")).getText())
        .contains("vm<img src=x onerror=alert(2)>");
    assertThat(problems()).isEmpty();
  }

  /** The browser's log entries of level warning or worse since the last call. */
  private static List<String> problems() {
    List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
    return entries.stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage).collect(Collectors.toList());
  }

  private static long visibleRoutes() {
    return ((Number) js("return Array.from(document.querySelectorAll('#effective-routes table.filterable tbody tr'))"
        + ".filter(r => !r.hidden).length;")).longValue();
  }

  @SuppressWarnings("unchecked")
  private static List<String> links() {
    return (List<String>) js("return Array.from(document.querySelectorAll('#diagram svg a')).map(a =>"
        + " a.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).filter(h => h);");
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }
}
