package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.json.Json;
import uk.ks1.testkit.GiasCsv;
import uk.ks1.testkit.TestPupil;

/**
 * Access against the real service: without a token no response carries a UPN, a name or a date of
 * birth; one LA's token never reaches another LA's pupils or issues; an analyst's token sees every
 * LA's issues but no identity. Every endpoint is crawled, reports included (PDF text, XLSX cells),
 * and asked for with HEAD too, which must meet the same gate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class AccessIT {
  @TempDir static Path tmp;
  private LiveService service;
  private final ReportingFixture fixture = new ReportingFixture();
  private final List<String> identities = new ArrayList<>();

  @BeforeAll
  void startAndLoad() throws Exception {
    service = LiveService.start(tmp.resolve("data"));
    fixture.loadInto(service);
    // DfE's list: Birmingham's two schools and one that has not sent; London's one school
    service.importSchools(
        GiasCsv.write(
            tmp,
            "20230301",
            List.of(
                GiasCsv.School.primary("330", "Birmingham", "2001", "Big Primary"),
                GiasCsv.School.primary("330", "Birmingham", "2002", "Tiny Primary"),
                GiasCsv.School.primary("330", "Birmingham", "2003", "Quiet Primary"),
                GiasCsv.School.primary("201", "City of London", "2001", "City Primary"))),
        4);
    for (TestPupil p : fixture.everyone) {
      identities.addAll(List.of(p.upn(), p.forename(), p.surname(), p.dob()));
    }
  }

  @AfterAll
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  /** Every path a caller could ask for, pupil lists and issues included. */
  private List<String> everyPath() throws Exception {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/",
                "/api",
                "/api/national",
                "/api/regions",
                "/api/regions/London",
                "/api/las",
                "/api/coverage",
                "/api/directory",
                "/api/schools",
                "/api/submissions",
                "/api/data-errors",
                "/api/codes",
                "/api/completeness",
                "/metrics",
                "/health"));
    for (String la : List.of("330", "201", "801")) {
      paths.add("/api/las/" + la);
      paths.add("/api/data-errors?la=" + la);
      paths.add("/api/codes?level=la&key=" + la);
      paths.add("/api/completeness?la=" + la);
      paths.add("/reports/las/" + la + "/summary.pdf");
    }
    for (String school : fixture.counting.keySet()) {
      paths.add("/api/schools/" + school);
      paths.add("/api/submissions?laestab=" + school);
      paths.add("/api/codes?level=school&key=" + school);
      paths.add("/reports/schools/" + school + "/summary.pdf");
      paths.add("/reports/schools/" + school + "/pupils.xlsx");
    }
    for (String id : service.rows("SELECT submission_id FROM submissions")) {
      paths.add("/api/submissions/" + id);
    }
    return paths;
  }

  /** The text a person would see: JSON as is, the PDF's text, every XLSX cell. */
  private static String readable(HttpResponse<byte[]> r) throws Exception {
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/pdf")) {
      try (PDDocument pdf = Loader.loadPDF(r.body())) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    if (type.contains("spreadsheetml")) {
      StringBuilder text = new StringBuilder();
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
        for (Sheet sheet : wb) {
          for (Row row : sheet) {
            row.forEach(c -> text.append(c.toString()).append('\n'));
          }
        }
      }
      return text.toString();
    }
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /**
   * GET and HEAD of a path with a token: HEAD must pass the gate as GET does (the same status for
   * every kind of caller) and carry no body. Returns the GET.
   */
  private HttpResponse<byte[]> getAndHead(String path, String token) throws Exception {
    HttpResponse<byte[]> get = service.bytes(path, token);
    HttpResponse<byte[]> head = service.send("HEAD", path, token);
    assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(get.statusCode());
    assertThat(head.body()).as("HEAD " + path).isEmpty();
    return get;
  }

  @Test
  void noResponseWithoutATokenCarriesAUpnANameOrADateOfBirth() throws Exception {
    int refused = 0;
    for (String path : everyPath()) {
      HttpResponse<byte[]> r = getAndHead(path, null);
      String text = readable(r);
      for (String identity : identities) {
        assertThat(text).as(path + " must not carry pupil identities").doesNotContain(identity);
      }
      if (r.statusCode() == 401) {
        refused++;
      }
    }
    // pupil lists (4 schools), the issues of each submission, the data errors (all, 3 LAs)
    assertThat(refused).isEqualTo(4 + service.count("SELECT count(*) FROM submissions") + 4);
  }

  @Test
  void theAnalystsTokenSeesEveryLasIssuesButNoIdentity() throws Exception {
    for (String path : everyPath()) {
      HttpResponse<byte[]> r = getAndHead(path, LiveService.TOKEN_NATIONAL);
      String text = readable(r);
      for (String identity : identities) {
        assertThat(text).as(path).doesNotContain(identity);
      }
      if (path.contains("pupils.xlsx")) {
        assertThat(r.statusCode()).as(path).isEqualTo(403);
      } else {
        assertThat(r.statusCode()).as(path).isEqualTo(200);
      }
    }
    JsonNode errors =
        Json.mapper().readTree(service.get("/api/data-errors", LiveService.TOKEN_NATIONAL).body());
    JsonNode upnError = firstOf(errors.get("issues"), "1510");
    assertThat(upnError.get("laestab").asText()).isEqualTo(ReportingFixture.LONDON);
    assertThat(upnError.get("value").asText()).isEqualTo("(withheld)");
  }

  @Test
  void oneLasTokenNeverReachesAnotherLasPupils() throws Exception {
    for (String path : everyPath()) {
      HttpResponse<byte[]> r = getAndHead(path, LiveService.TOKEN_330);
      String text = readable(r);
      for (TestPupil p : fixture.everyone) {
        if (!p.upn().substring(1, 4).equals("330")) {
          for (String identity : List.of(p.upn(), p.forename(), p.surname())) {
            assertThat(text).as(path).doesNotContain(identity);
          }
        }
      }
      boolean otherLasPupils =
          (path.contains("pupils.xlsx") && !path.contains("/330"))
              || (path.startsWith("/api/data-errors?la=") && !path.endsWith("330"));
      if (otherLasPupils) {
        assertThat(r.statusCode()).as(path).isEqualTo(403);
      }
    }
    for (String id : service.rows("SELECT submission_id FROM submissions WHERE la_code <> '330'")) {
      assertThat(service.get("/api/submissions/" + id, LiveService.TOKEN_330).statusCode())
          .as(id)
          .isEqualTo(403);
    }
    // the other way round too: London's token does not reach Birmingham's pupils
    assertThat(
            service
                .get(
                    "/reports/schools/" + ReportingFixture.BIG + "/pupils.xlsx",
                    LiveService.TOKEN_201)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anLasTokenSeesItsOwnDataErrorsWithTheValuesFound() throws Exception {
    JsonNode own =
        Json.mapper().readTree(service.get("/api/data-errors", LiveService.TOKEN_201).body());
    assertThat(own.get("la").asText()).isEqualTo("201");
    // the fixture's codes raise cross-subject queries too (R10-R12): errors are counted apart
    assertThat(own.get("errors").asLong())
        .isEqualTo(
            service.count(
                "SELECT count(*) FROM data_errors WHERE la_code = '201' AND severity = 'error'"));
    assertThat(own.get("errors").asLong() + own.get("queries").asLong())
        .isEqualTo(service.count("SELECT count(*) FROM data_errors WHERE la_code = '201'"));
    JsonNode issue = firstOf(own.get("issues"), "1510");
    TestPupil wrong = fixture.everyone.get(fixture.everyone.size() - 1);
    assertThat(issue.get("ruleId").asText() + "|" + issue.get("field").asText())
        .isEqualTo("1510|UPN");
    assertThat(issue.get("value").asText()).isEqualTo(wrong.upn());
    assertThat(issue.get("rowNumber").asInt()).isEqualTo(13);

    JsonNode birmingham =
        Json.mapper().readTree(service.get("/api/data-errors", LiveService.TOKEN_330).body());
    assertThat(birmingham.get("errors").asLong()).isZero();
    assertThat(birmingham.get("issues"))
        .allSatisfy(i -> assertThat(i.get("severity").asText()).isEqualTo("query"));
  }

  private static JsonNode firstOf(JsonNode issues, String ruleId) {
    for (JsonNode i : issues) {
      if (i.get("ruleId").asText().equals(ruleId)) {
        return i;
      }
    }
    throw new AssertionError("no " + ruleId + " issue in " + issues);
  }

  private JsonNode json(String path, String token) throws Exception {
    HttpResponse<String> r = service.get(path, token);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  /** laestab|status of each school listed, in the order given. */
  private static List<String> schools(JsonNode completeness) {
    List<String> out = new ArrayList<>();
    completeness
        .get("schools")
        .forEach(s -> out.add(s.get("laestab").asText() + "|" + s.get("status").asText()));
    return out;
  }

  /** expectedSchools|received|notReceived|withErrors|confirmed of one area's counts. */
  private static String counts(JsonNode c) {
    return c.get("expectedSchools").asText()
        + "|"
        + c.get("received").asText()
        + "|"
        + c.get("notReceived").asText()
        + "|"
        + c.get("withErrors").asText()
        + "|"
        + c.get("confirmed").asText();
  }

  /**
   * Counts for anyone, the list of schools for the LA's own token; and then a headteacher's
   * confirmation posted with it (in this one test, so no other sees the confirmed school).
   */
  @Test
  void completenessIsForAnyoneItsListAndConfirmingForTheLasOwnToken() throws Exception {
    String birmingham = "/api/completeness?la=330";
    JsonNode anonymous = json(birmingham, null);
    assertThat(anonymous.get("collection").asText() + "|" + anonymous.get("year").asInt())
        .isEqualTo("KS1_TA|2023");
    assertThat(counts(anonymous.get("la"))).isEqualTo("3|2|1|0|0");
    assertThat(anonymous.get("la").get("receivedPct").asDouble()).isEqualTo(200.0 / 3);
    assertThat(anonymous.has("schools")).isFalse();
    assertThat(anonymous.get("note").asText())
        .isEqualTo("Counts only: the list of schools is for the LA's own token");
    // Birmingham's own token: its schools, not received first
    assertThat(schools(json(birmingham, LiveService.TOKEN_330)))
        .containsExactly(
            "3302003|not received",
            ReportingFixture.BIG + "|received",
            ReportingFixture.TINY + "|received");
    // London's token: Birmingham's counts only, and its own school (with its UPN error)
    assertThat(json(birmingham, LiveService.TOKEN_201).has("schools")).isFalse();
    assertThat(schools(json("/api/completeness?la=201", LiveService.TOKEN_201)))
        .containsExactly(ReportingFixture.LONDON + "|received with errors");
    // the South West's school sent a file without being on a list
    assertThat(schools(json("/api/completeness?la=801", LiveService.TOKEN_NATIONAL)))
        .containsExactly(ReportingFixture.SOUTH_WEST + "|received, not expected");
    // without an LA: England, the regions and every LA, counts only, for anyone
    for (String token : java.util.Arrays.asList(null, LiveService.TOKEN_330)) {
      JsonNode all = json("/api/completeness", token);
      assertThat(counts(all.get("national"))).isEqualTo("4|3|1|1|0");
      assertThat(all.has("schools")).isFalse();
      List<String> las = new ArrayList<>();
      all.get("las").forEach(l -> las.add(l.get("key").asText() + ":" + counts(l)));
      assertThat(las).containsExactly("201:1|1|0|1|0", "330:3|2|1|0|0", "801:0|0|0|0|0");
    }
    // and every figure's coverage says how many of the expected schools it rests on
    JsonNode coverage = json("/api/coverage", null).get("expected");
    assertThat(coverage.get("national").get("text").asText()).isEqualTo("3 of 4 expected schools");
    assertThat(coverage.get("las").get("330").get("text").asText())
        .isEqualTo("2 of 3 expected schools");
    assertThat(coverage.get("las").get("801").isNull()).isTrue();

    // confirming: the LA's own token only, and only a return without errors
    String big = "/api/schools/" + ReportingFixture.BIG + "/confirmation";
    String body = "{\"by\": \"Mrs Ada Lovelace\", \"note\": \"2 queries: pupils arrived in May\"}";
    assertThat(service.post(big, body, null).statusCode()).isEqualTo(401);
    assertThat(service.post(big, body, LiveService.TOKEN_201).statusCode()).isEqualTo(403);
    assertThat(service.post(big, body, LiveService.TOKEN_NATIONAL).statusCode()).isEqualTo(403);
    HttpResponse<String> nobody = service.post(big, "{}", LiveService.TOKEN_330);
    assertThat(nobody.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(nobody.body()).get("error").asText())
        .isEqualTo("\"by\" must name who confirmed (at most 200 characters)");
    HttpResponse<String> london =
        service.post(
            "/api/schools/" + ReportingFixture.LONDON + "/confirmation",
            body,
            LiveService.TOKEN_201);
    assertThat(london.statusCode()).isEqualTo(409);
    assertThat(london.body()).contains("error(s) still open");
    assertThat(
            service
                .post("/api/schools/3302003/confirmation", body, LiveService.TOKEN_330)
                .statusCode())
        .isEqualTo(409);
    HttpResponse<String> confirmed = service.post(big, body, LiveService.TOKEN_330);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(202);
    assertThat(Json.mapper().readTree(confirmed.body()).get("year").asInt()).isEqualTo(2023);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(() -> service.count("SELECT count(*) FROM school_confirmations") == 1);
    assertThat(
            service.rows(
                "SELECT status, confirmed_by FROM school_completeness WHERE laestab = '"
                    + ReportingFixture.BIG
                    + "' AND collection = 'KS1_TA' AND year = 2023"))
        .containsExactly("confirmed|Mrs Ada Lovelace");
    JsonNode after = json(birmingham, LiveService.TOKEN_330);
    assertThat(counts(after.get("la"))).isEqualTo("3|2|1|0|1");
    assertThat(schools(after)).contains(ReportingFixture.BIG + "|confirmed");
  }

  @Test
  void anUnknownTokenIsRefusedNotTreatedAsAnonymous() throws Exception {
    for (String path : List.of("/api/national", "/api/events")) {
      HttpResponse<String> r = service.get(path, "not-a-configured-token");
      assertThat(r.statusCode()).as(path).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"ks1\"");
    }
  }
}
