package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.app.toy.ReportedReadingCheck;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.json.Json;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.http.ReportingConfig;
import uk.ks1.reporting.http.ReportingServer;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.GiasCsv;
import uk.ks1.testkit.Sheets;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.StageCtf;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * The dashboard in a real headless Chromium (Debian's, driven through its chromedriver; nothing is
 * downloaded): it shows the national figures the API gives, and when a file is dropped they change
 * on the page without a reload. Saves a screenshot to {@code app/target/dashboard.png} (the one in
 * docs/ is a copy).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class DashboardBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Schools across many regions, so the comparison has something to compare. */
  private static final String[] MORE_SCHOOLS = {
    "2022001", "3032001", "3522001", "3802001", "8052001", "8552001", "8812001", "9162001",
    "8862001", "8732001"
  };

  @TempDir static Path tmp;
  private LiveService service;
  private WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as(
            "The browser test needs Debian's chromium and chromium-driver (%s, %s): run"
                + " scripts/ensure-chromium.sh",
            CHROMIUM, CHROMEDRIVER)
        .isTrue();
    service = LiveService.start(tmp.resolve("data"));
    new ReportingFixture().loadInto(service);
    for (int s = 0; s < MORE_SCHOOLS.length; s++) {
      String laestab = MORE_SCHOOLS[s];
      List<TestPupil> pupils = new ArrayList<>();
      for (int i = 1; i <= 12 + 3 * s; i++) {
        pupils.add(ReportingFixture.pupil(laestab, i, i * (s + 1)));
      }
      service.drop(CtfBuilder.school(laestab).name(schoolName(s)).pupils(pupils), laestab);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + tmp.resolve("chromium-profile"),
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,4300");
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(driver, options);
  }

  private static String schoolName(int s) {
    String[] trees = {
      "Fir", "Hazel", "Holly", "Juniper", "Larch", "Maple", "Oak", "Rowan", "Willow", "Yew"
    };
    return trees[s] + " Primary School";
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.close();
    }
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private JsonNode national() throws Exception {
    return Json.mapper().readTree(service.get("/api/national", null).body());
  }

  @Test
  void theDashboardShowsTheNationalFiguresAndFollowsADroppedFileWithoutAReload() throws Exception {
    JsonNode before = national();
    long pupils = before.at("/coverage/pupils").asLong();
    browser.get(service.server.baseUrl() + "/");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> text("national-pupils").equals(String.valueOf(pupils)));
    assertThat(text("national-reading")).isEqualTo(reading(before) + "%");
    assertThat(text("national-coverage"))
        .startsWith(
            "Provisional. Covers "
                + pupils
                + " pupils in "
                + before.at("/coverage/schools").asLong()
                + " schools across "
                + before.at("/coverage/las").asLong()
                + " LAs.");
    await().atMost(Duration.ofSeconds(10)).until(() -> text("live-status").equals("Live"));
    List<String> regions = new ArrayList<>();
    browser
        .findElements(By.cssSelector("#regions-table tbody th"))
        .forEach(e -> regions.add(e.getText()));
    assertThat(regions).hasSize(service.rows("SELECT region FROM region_summary").size());

    // a second look: the page remembers the first, and shows what changed since
    browser.navigate().refresh();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> text("national-pupils").equals(String.valueOf(pupils)));
    ((JavascriptExecutor) browser).executeScript("window.ks1SamePage = true;");

    CtfBuilder file =
        CtfBuilder.school("3302004")
            .name("Poplar Primary School")
            .pupil(TestPupil.of(TestUpns.unique("330", "2004", 1), "GDS", "GDS", "GDS", "EXS"))
            .pupil(TestPupil.of(TestUpns.unique("330", "2004", 2), "EXS", "EXS", "EXS", "EXS"))
            .pupil(TestPupil.of(TestUpns.unique("330", "2004", 3), "EXS", "WTS", "EXS", "EXS"));
    Path written = file.writeTo(tmp.resolve("staging"));
    Files.move(written, service.data.resolve("inbox/330").resolve(written.getFileName()));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> text("national-pupils").equals(String.valueOf(pupils + 3)));
    JsonNode after = national();
    assertThat(text("national-reading")).isEqualTo(reading(after) + "%");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.ks1SamePage"))
        .as("the page was not reloaded")
        .isEqualTo(Boolean.TRUE);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                text("changes-list").contains("Pupils covered: " + pupils + " → " + (pupils + 3)));

    // the gap analysis of a chosen school
    var subject = browser.findElement(By.id("subject"));
    subject.sendKeys("3302001 Alder Primary School");
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].dispatchEvent(new Event('change'))", subject);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElement(By.id("gap")).isDisplayed());
    assertThat(text("gap-title")).isEqualTo("Alder Primary School (3302001)");
    assertThat(text("gap-table")).contains("vs Birmingham", "vs West Midlands", "vs England");

    File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "dashboard.png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).isGreaterThan(10_000);
  }

  /**
   * Two collections registered (KS1 TA and the toy reading check, with its made-up published
   * figures): the picker switches the page to the other collection, kept in the URL, with its own
   * headline card, published figure and sparkline, no higher column, its gap analysis and its
   * codes; and back.
   */
  @Test
  void anLasTokenSeesItsSchoolsInTheCompletenessPanelAndOthersTheCounts() throws Exception {
    service.importSchools(
        GiasCsv.write(
            tmp.resolve("gias"),
            "20230301",
            List.of(
                GiasCsv.School.primary("330", "Birmingham", "2001", "Big Primary"),
                GiasCsv.School.primary("330", "Birmingham", "2002", "Tiny Primary"),
                GiasCsv.School.primary("330", "Birmingham", "2003", "Quiet Primary"))),
        3);
    browser.get(service.server.baseUrl() + "/");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> browser.findElement(By.id("completeness")).isDisplayed());
    assertThat(text("completeness-summary"))
        .isEqualTo(
            "England: 2 of 3 expected schools have sent (67%); 1 not received, 0 with errors, 0"
                + " confirmed.");
    assertThat(text("completeness-table"))
        .contains("Birmingham (330) 3 2 1 0 0 67%")
        .doesNotContain("Quiet Primary");
    assertThat(text("national-coverage")).endsWith(" 2 of 3 expected schools have sent.");
    assertThat(browser.findElement(By.id("completeness-fill")).getAttribute("style"))
        .contains("width: 66.66");
    try {
      browser.findElement(By.cssSelector("#token-details summary")).click();
      browser.findElement(By.id("token")).sendKeys(LiveService.TOKEN_330);
      browser.findElement(By.id("token-use")).click();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> text("completeness-caption").equals("Your schools, overdue first"));
      assertThat(text("token-state")).isEqualTo("Signed in with an access token");
      assertThat(text("completeness-summary"))
          .startsWith("Birmingham: 2 of 3 expected schools have sent (67%); 1 not received");
      List<String> schools =
          browser.findElements(By.cssSelector("#completeness-table tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(schools).hasSize(3);
      assertThat(schools.get(0)).isEqualTo("Quiet Primary 3302003 not received no - - - -");
      assertThat(schools.get(1)).startsWith("Big Primary 3302001 received no ");
      assertThat(schools.get(2)).startsWith("Tiny Primary 3302002 received no ");

      // the LA records the headteacher's confirmation of a school with no errors left
      assertThat(
              browser.findElements(By.cssSelector("#confirm-school option")).stream()
                  .map(WebElement::getText)
                  .toList())
          .containsExactly("Big Primary (3302001)", "Tiny Primary (3302002)");
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("confirm-school")))
          .selectByValue("3302002");
      browser.findElement(By.id("confirm-by")).sendKeys("Mrs A Khan");
      browser.findElement(By.id("confirm-send")).click();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> text("confirm-result").startsWith("Recorded"));
      assertThat(text("confirm-result")).isEqualTo("Recorded: 3302002 confirmed by Mrs A Khan.");
      // the store takes it from the broker, and the list follows without a reload (redrawn
      // meanwhile: a row read as it is replaced is read again)
      await()
          .atMost(Duration.ofSeconds(20))
          .ignoreExceptions()
          .until(
              () ->
                  browser.findElements(By.cssSelector("#completeness-table tbody tr")).stream()
                      .map(WebElement::getText)
                      .anyMatch(r -> r.startsWith("Tiny Primary 3302002 confirmed no ")));
      assertThat(text("completeness-table"))
          .containsPattern("Tiny Primary 3302002 confirmed no .* Mrs A Khan");
      assertThat(
              browser.findElements(By.cssSelector("#confirm-school option")).stream()
                  .map(WebElement::getText)
                  .toList())
          .containsExactly("Big Primary (3302001)");
      assertThat(text("completeness-summary")).contains("1 confirmed");
    } finally {
      browser.findElement(By.cssSelector("#token-details summary")).click();
      WebElement out = browser.findElement(By.id("token-clear"));
      if (out.isDisplayed()) {
        out.click();
      }
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> text("completeness-caption").startsWith("Expected schools by LA"));
  }

  @Test
  void thePickerSwitchesEveryPanelToTheChosenCollectionAndKeepsItInTheUrl() throws Exception {
    Path data = tmp.resolve("two-collections");
    Files.createDirectories(data);
    Ks1Config config = new Ks1Config(data, 2023, null, 100, 50, Ks1Config.DEFAULT_MAX_FILE_BYTES);
    CollectionRegistry two =
        CollectionRegistry.of(Ks1Ta.definition(), ReportedReadingCheck.DEFINITION);
    try (Pipeline pipeline = Pipeline.start(config, java.time.Clock.systemUTC(), null, two)) {
      ReportingServer server =
          new ReportingServer(
              two,
              pipeline.store(),
              new ReportingConfig("127.0.0.1", 0, AccessTokens.none(), 2023));
      pipeline.closeFirst("dashboard", server);
      pipeline.onCommit(server.listener());
      server.start();
      Path inbox = config.inbox().resolve("330");
      Files.createDirectories(inbox);
      Path staging = data.resolve("staging");
      Path ks1 =
          CtfBuilder.school("3302001")
              .name("Alder Primary School")
              .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "GDS", "EXS", "EXS", "EXS"))
              .pupil(TestPupil.of(TestUpns.unique("330", "2001", 2), "EXS", "EXS", "EXS", "EXS"))
              .pupil(TestPupil.of(TestUpns.unique("330", "2001", 3), "WTS", "WTS", "EXS", "EXS"))
              .pupil(TestPupil.of(TestUpns.unique("330", "2001", 4), "EXS", "WTS", "WTS", "EXS"))
              .writeTo(staging);
      Files.move(ks1, inbox.resolve(ks1.getFileName()));
      // the toy's CSV: eight pupils, five with a mark of 30 or more; fluency WA five, WB three
      Files.writeString(inbox.resolve("RC_3302002_23.csv"), readingCheckCsv());
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                try (var c = pipeline.store().reader()) {
                  return SqlRows.of(
                          c, "SELECT count(*) FROM submissions WHERE status <> 'processing'")
                      .equals(List.of("2"));
                }
              });

      browser.get(server.baseUrl() + "/");
      await().atMost(Duration.ofSeconds(20)).until(() -> text("national-pupils").equals("4"));
      assertThat(text("national-reading")).isEqualTo("75%");
      assertThat(text("national-reading-published")).isEqualTo("DfE published: 68% (2023)");
      assertThat(text("national-table")).contains("% GDS", "DfE published", "68% (2023)");
      Select picker = new Select(browser.findElement(By.id("collection-picker")));
      assertThat(picker.getFirstSelectedOption().getText()).isEqualTo("KS1 teacher assessment");

      picker.selectByValue(ReportedReadingCheck.ID);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> browser.getCurrentUrl().endsWith("/?collection=READING_CHECK"));
      await().atMost(Duration.ofSeconds(20)).until(() -> text("national-pupils").equals("8"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("The reading check, ");
      assertThat(text("national-met")).isEqualTo("63%");
      assertThat(text("national-met-published")).isEqualTo("DfE published: 72% (2023)");
      assertThat(text("national-table"))
          .contains("Word reading", "% Met", "DfE published", "72% (2023)")
          .doesNotContain("Above", "GDS", "Reading*");
      assertThat(browser.findElements(By.cssSelector("#national-table svg.ks1-spark"))).hasSize(1);
      assertThat(
              new Select(browser.findElement(By.id("collection-picker")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Reading check");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> text("codes-table").contains("fluency WA 5 62.5%"));
      assertThat(text("codes-table")).contains("fluency WB 3 37.5%", "fluency A 0 0%");

      // the gap analysis of Birmingham in the toy: its figures, gaps and published figures
      var subject = browser.findElement(By.id("subject"));
      subject.sendKeys("LA 330 Birmingham");
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].dispatchEvent(new Event('change'))", subject);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> browser.findElement(By.id("gap")).isDisplayed());
      assertThat(text("gap-title")).isEqualTo("Birmingham (LA 330)");
      assertThat(text("gap-table")).contains("Word reading 63%", "vs West Midlands", "vs England");
      assertThat(text("gap-published"))
          .contains(
              "Birmingham", "West Midlands", "England", "Word reading 65% (2023) x 72% (2023)");
      assertThat(browser.findElement(By.id("gap-pdf")).getAttribute("href"))
          .endsWith("/reports/las/330/summary.pdf?collection=READING_CHECK");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> text("codes-caption").endsWith("England and Birmingham"));

      // and back: the default collection's page again, without ?collection=
      new Select(browser.findElement(By.id("collection-picker"))).selectByValue("KS1_TA");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> browser.getCurrentUrl().endsWith("/?collection=KS1_TA"));
      await().atMost(Duration.ofSeconds(20)).until(() -> text("national-pupils").equals("4"));
      assertThat(text("national-reading")).isEqualTo("75%");
    }
  }

  /**
   * The collections the app registers (KS1 TA, phonics, EYFSP): a phonics CTF and an EYFSP CSV
   * reach their own pages through the picker, each with its headline card beside the DfE's
   * published figure; each collection's LA summary PDF, read back, carries its own measures.
   */
  @Test
  void phonicsAndEyfspHaveTheirOwnPagesAndPdfs() throws Exception {
    Path data = tmp.resolve("statutory");
    Files.createDirectories(data);
    Ks1Config config = new Ks1Config(data, 2024, null, 100, 50, Ks1Config.DEFAULT_MAX_FILE_BYTES);
    CollectionRegistry all = Registered.collections();
    try (Pipeline pipeline = Pipeline.start(config, java.time.Clock.systemUTC(), null, all)) {
      ReportingServer server =
          new ReportingServer(
              all,
              pipeline.store(),
              new ReportingConfig("127.0.0.1", 0, AccessTokens.none(), 2024));
      pipeline.closeFirst("dashboard", server);
      pipeline.onCommit(server.listener());
      server.start();
      Path inbox = config.inbox().resolve("330");
      // phonics: ten Year 1 marks, seven met (enough pupils for the published view to show them)
      StageCtf phonics = StageCtf.school("3302001", 2024).dataQualifier("PHO");
      String[] marks = {"35", "33", "20", "40", "32", "12", "38", "36", "31", "34"};
      for (int i = 0; i < marks.length; i++) {
        phonics.pupil(
            new StageCtf.Pupil(
                TestUpns.unique("330", "2001", i + 1),
                "Maja",
                "Nowak",
                "2017-10-%02d".formatted(i + 1),
                "F",
                "1",
                List.of(new StageCtf.Result("KS1", "PHO", "PHO", "TT", marks[i]))));
      }
      phonics.writeTo(data.resolve("staging"), "3302001_PHO_330LLLL_001.xml");
      Files.move(
          data.resolve("staging/3302001_PHO_330LLLL_001.xml"),
          Files.createDirectories(inbox).resolve("3302001_PHO_330LLLL_001.xml"));
      // EYFSP: six children expected in all 17, four in E01 only (GLD six of ten)
      List<List<String>> eyfsp = new ArrayList<>();
      List<String> header =
          new ArrayList<>(
              List.of(
                  "School DFE", "UPN", "Forename", "Surname", "Sex", "Date of birth", "NC Year"));
      for (int g = 1; g <= 17; g++) {
        header.add("E%02d".formatted(g));
      }
      eyfsp.add(header);
      for (int i = 0; i < 10; i++) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    "3302002",
                    TestUpns.unique("330", "2002", i + 1),
                    "Lena",
                    "Fischer",
                    "F",
                    "1" + i + "/02/2019",
                    "R"));
        for (int g = 1; g <= 17; g++) {
          row.add(i < 6 || g == 1 ? "2" : "1");
        }
        eyfsp.add(row);
      }
      Sheets.csv(data.resolve("staging/EYFSP_3302002_24.csv"), eyfsp);
      Files.move(
          data.resolve("staging/EYFSP_3302002_24.csv"), inbox.resolve("EYFSP_3302002_24.csv"));
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                try (var c = pipeline.store().reader()) {
                  return SqlRows.of(
                          c, "SELECT count(*) FROM submissions WHERE status <> 'processing'")
                      .equals(List.of("2"));
                }
              });

      browser.get(server.baseUrl() + "/");
      Select picker = new Select(browser.findElement(By.id("collection-picker")));
      assertThat(picker.getOptions().stream().map(WebElement::getText))
          .containsExactly(
              "KS1 teacher assessment",
              "Phonics screening check",
              "Early years foundation stage profile");
      picker.selectByValue("PHONICS");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> browser.getCurrentUrl().endsWith("/?collection=PHONICS"));
      await().atMost(Duration.ofSeconds(20)).until(() -> text("national-pupils").equals("10"));
      assertThat(text("national-y1")).isEqualTo("70%");
      assertThat(text("national-y1-published")).isEqualTo("DfE published: 80% (2024)");

      new Select(browser.findElement(By.id("collection-picker"))).selectByValue("EYFSP");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> browser.getCurrentUrl().endsWith("/?collection=EYFSP"));
      await().atMost(Duration.ofSeconds(20)).until(() -> text("national-pupils").equals("10"));
      assertThat(text("national-gld")).isEqualTo("60%");
      assertThat(text("national-gld-published")).startsWith("DfE published: 6").endsWith("(2024)");

      assertThat(pdf(server.baseUrl() + "/reports/las/330/summary.pdf?collection=PHONICS"))
          .contains(
              "Phonics screening check",
              "Birmingham",
              "Year 1 met the expected standard 10 7 70 80 (2024)");
      assertThat(pdf(server.baseUrl() + "/reports/las/330/summary.pdf?collection=EYFSP"))
          .contains(
              "EYFSP provisional summary: Birmingham",
              "covering 10 pupils in 1 school",
              "Good level of development 10 6 60 65 (2024)",
              "Expected in all 17 ELGs 10 6 60 63.4 (2024)",
              "E01 Listening, attention and understanding 10 10 100 x",
              "E02 Speaking 10 6 60 x",
              "Schools: % reaching the expected level",
              "School LAESTAB Pupils GLD All 17")
          .doesNotContain("E17 x x x", "Literacy x x x");
    }
  }

  private static String pdf(String url) throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  private static String readingCheckCsv() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "School DFE,UPN,Forename,Surname,Gender,Date of birth,NC Year,"
            + "Reading check: word reading,Reading check: fluency");
    String[][] pupils = {
      {"35", "WA"},
      {"28", "WB"},
      {"31", "WA"},
      {"40", "WA"},
      {"12", "WB"},
      {"33", "WA"},
      {"25", "WB"},
      {"30", "WA"}
    };
    for (int i = 0; i < pupils.length; i++) {
      lines.add(
          "3302002,"
              + TestUpns.unique("330", "2002", i + 1)
              + ",Seán,O'Neill,Male,1"
              + i
              + "/03/2016,1,"
              + pupils[i][0]
              + ","
              + pupils[i][1]);
    }
    return String.join("\r\n", lines) + "\r\n";
  }

  private static long reading(JsonNode national) {
    for (JsonNode m : national.get("measures")) {
      if (m.get("measure").asText().equals("reading")) {
        return m.get("exsPlusPctRounded").asLong();
      }
    }
    throw new AssertionError("no reading");
  }
}
