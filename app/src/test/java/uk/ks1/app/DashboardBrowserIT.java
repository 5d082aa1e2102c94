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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import uk.ks1.core.json.Json;
import uk.ks1.testkit.CtfBuilder;
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

  private static long reading(JsonNode national) {
    for (JsonNode m : national.get("measures")) {
      if (m.get("measure").asText().equals("reading")) {
        return m.get("exsPlusPctRounded").asLong();
      }
    }
    throw new AssertionError("no reading");
  }
}
