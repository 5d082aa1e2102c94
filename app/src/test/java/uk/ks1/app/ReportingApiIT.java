package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.json.Json;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.ExpectedFigures;
import uk.ks1.testkit.ExpectedFigures.Figures;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * The figures API against the real service: every level's figures equal the store's views (and the
 * independently computed expectation), gaps come from unrounded values, small schools are
 * suppressed outside their LA's view, ETags give 304s, and a dropped file moves the national
 * figures within a second or two and is announced on the change feed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class ReportingApiIT {
  @TempDir static Path tmp;
  private LiveService service;
  private final ReportingFixture fixture = new ReportingFixture();

  @BeforeAll
  void startAndLoad() throws Exception {
    service = LiveService.start(tmp.resolve("data"));
    fixture.loadInto(service);
  }

  @AfterAll
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  private JsonNode json(String path, String token) throws Exception {
    HttpResponse<String> r = service.get(path, token);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  private static JsonNode measure(JsonNode figures, String key) {
    for (JsonNode m : figures.get("measures")) {
      if (m.get("measure").asText().equals(key)) {
        return m;
      }
    }
    throw new AssertionError("no measure " + key);
  }

  private Figures expected(java.util.function.Predicate<String> schools) {
    List<TestPupil> pupils = new ArrayList<>();
    fixture.counting.forEach(
        (school, list) -> {
          if (schools.test(school)) {
            pupils.addAll(list);
          }
        });
    return ExpectedFigures.of(pupils);
  }

  /** Checks one level's published figures (unsuppressed) against an expectation, exactly. */
  private static void assertFigures(JsonNode f, Figures e) {
    assertThat(f.get("status").asText()).isEqualTo("provisional");
    assertThat(f.at("/coverage/pupils").asLong()).isEqualTo(e.pupils());
    List<ExpectedFigures.Measure> measures =
        List.of(e.reading(), e.writing(), e.maths(), e.science(), e.rwm());
    String[] keys = {"reading", "writing", "maths", "science", "rwm"};
    for (int i = 0; i < keys.length; i++) {
      JsonNode m = measure(f, keys[i]);
      ExpectedFigures.Measure x = measures.get(i);
      assertThat(m.get("eligible").asLong()).as(keys[i] + " eligible").isEqualTo(x.eligible());
      assertThat(m.get("exsPlus").asLong()).as(keys[i] + " EXS+").isEqualTo(x.exsPlus());
      assertThat(m.get("exsPlusPct").asDouble())
          .as(keys[i] + " % EXS+")
          .isCloseTo(x.exsPlusPct(), within(1e-9));
      assertThat(m.get("exsPlusPctRounded").asLong())
          .as(keys[i] + " % EXS+ rounded half up")
          .isEqualTo(halfUp(x.exsPlus(), x.eligible()));
      if (keys[i].equals("science")) {
        assertThat(m.get("gds").asText()).isEqualTo("z");
      } else {
        assertThat(m.get("gds").asLong()).as(keys[i] + " GDS").isEqualTo(x.gds());
      }
    }
    assertThat(measure(f, "rwm").get("note").asText()).isEqualTo("Not a DfE KS1 measure");
    assertThat(measure(f, "rwm").get("dfeMeasure").asBoolean()).isFalse();
  }

  /** Rounding half up by integer arithmetic: floor((200x + n) / 2n). */
  @Test
  @Order(1)
  void nationalFiguresAreTheStoresAndExactToThePupil() throws Exception {
    JsonNode national = json("/api/national", null);
    assertFigures(national, expected(s -> true));
    assertThat(national.get("suppressed").asBoolean()).isFalse();
    assertThat(national.get("year").asInt()).isEqualTo(2023);
    assertThat(
            national.at("/coverage/las").asText()
                + "|"
                + national.at("/coverage/schools").asText()
                + "|"
                + national.at("/coverage/pupils").asText()
                + "|"
                + measure(national, "reading").get("exsPlus").asText()
                + "|"
                + measure(national, "rwm").get("gds").asText())
        .isEqualTo(
            service
                .rows(
                    "SELECT las, schools, pupils, reading_exs_plus, rwm_gds FROM national_summary")
                .get(0));
    assertThat(national.at("/coverage/updatedAt").asText())
        .startsWith(
            service
                .rows("SELECT strftime(updated_at, '%Y-%m-%dT%H:%M:%S') FROM national_summary")
                .get(0));
  }

  @Test
  @Order(2)
  void regionLaAndSchoolFiguresAreExactWithTheNationalToken() throws Exception {
    JsonNode regions = json("/api/regions", LiveService.TOKEN_NATIONAL);
    assertThat(regions).hasSize(3);
    for (JsonNode r : regions) {
      String region = r.get("key").asText();
      String la =
          switch (region) {
            case "West Midlands" -> "330";
            case "London" -> "201";
            default -> "801";
          };
      assertFigures(r, expected(s -> s.startsWith(la)));
    }
    JsonNode las = json("/api/las", LiveService.TOKEN_NATIONAL);
    assertThat(las).hasSize(3);
    for (JsonNode l : las) {
      assertFigures(l, expected(s -> s.startsWith(l.get("key").asText())));
      assertThat(l.at("/coverage/schools").asLong())
          .isEqualTo(
              service.count(
                  "SELECT schools FROM la_summary WHERE la_code = '"
                      + l.get("key").asText()
                      + "'"));
    }
    JsonNode schools = json("/api/schools", LiveService.TOKEN_NATIONAL);
    assertThat(schools).hasSize(4);
    for (JsonNode s : schools) {
      String laestab = s.get("key").asText();
      assertFigures(s, expected(laestab::equals));
    }
    JsonNode birch = json("/api/schools/" + ReportingFixture.TINY, LiveService.TOKEN_NATIONAL);
    assertThat(birch.get("name").asText()).isEqualTo("Birch Infant School");
    assertThat(birch.get("la").asText()).isEqualTo("330");
    assertThat(birch.get("region").asText()).isEqualTo("West Midlands");
  }

  @Test
  @Order(3)
  void aSchoolsGapsToItsLaRegionAndEnglandComeFromUnroundedValues() throws Exception {
    // unrounded gaps are the analysts' (and the LA's own) view; the published view's are below
    JsonNode school = json("/api/schools/" + ReportingFixture.BIG, LiveService.TOKEN_NATIONAL);
    Figures s = expected(ReportingFixture.BIG::equals);
    Figures la = expected(x -> x.startsWith("330"));
    Figures england = expected(x -> true);
    JsonNode gaps = school.get("gaps");
    assertThat(gaps).hasSize(3);
    assertThat(gaps.get(0).get("against").asText()).isEqualTo("la");
    assertThat(gaps.get(0).get("name").asText()).isEqualTo("Birmingham");
    assertThat(gaps.get(1).get("against").asText()).isEqualTo("region");
    assertThat(gaps.get(2).get("against").asText()).isEqualTo("national");
    // the LA's own figures are suppressed for anonymous callers only where small; Birmingham is
    // not small, so gaps are numbers
    JsonNode reading = gaps.get(0).get("measures").get(0);
    double gapToLa = s.reading().exsPlusPct() - la.reading().exsPlusPct();
    assertThat(reading.get("exsPlus").asDouble()).isCloseTo(gapToLa, within(1e-9));
    assertThat(reading.get("exsPlusRounded").asLong())
        .isEqualTo(
            new java.math.BigDecimal(gapToLa)
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue());
    JsonNode maths = gaps.get(2).get("measures").get(2);
    assertThat(maths.get("gds").asDouble())
        .isCloseTo(s.maths().gdsPct() - england.maths().gdsPct(), within(1e-9));
    // published, a school has whole-number percentages only, and its gaps come from them (or
    // are c with either side; in this fixture each region has one LA, so the published view
    // hides much more than real regions need)
    JsonNode pub = json("/api/schools/" + ReportingFixture.BIG, null);
    JsonNode laPub = json("/api/las/330", null);
    JsonNode gap = pub.at("/gaps/0/measures/0/exsPlusRounded");
    JsonNode mine = measure(pub, "reading").get("exsPlusPctRounded");
    JsonNode theirs = measure(laPub, "reading").get("exsPlusPctRounded");
    if (mine.isNumber() && theirs.isNumber()) {
      assertThat(gap.asLong()).isEqualTo(mine.asLong() - theirs.asLong());
    } else {
      assertThat(gap.asText()).isEqualTo("c");
    }
  }

  private static long halfUp(long x, long n) {
    return (200 * x + n) / (2 * n);
  }

  @Test
  @Order(4)
  void aSmallSchoolIsSuppressedOutsideItsLasOwnView() throws Exception {
    String path = "/api/schools/" + ReportingFixture.TINY;
    JsonNode anonymous = json(path, null);
    JsonNode otherLa = json(path, LiveService.TOKEN_201);
    JsonNode ownLa = json(path, LiveService.TOKEN_330);
    Figures tiny = expected(ReportingFixture.TINY::equals);
    for (JsonNode f : List.of(anonymous, otherLa)) {
      assertThat(f.get("suppressed").asBoolean()).isTrue();
      for (JsonNode m : f.get("measures")) {
        assertThat(m.get("exsPlusPct").asText()).isEqualTo("c");
        assertThat(m.get("exsPlusPctRounded").asText()).isEqualTo("c");
      }
      // no count below LA level in the published view; the pupils in a band
      assertThat(measure(f, "reading").has("eligible")).isFalse();
      assertThat(measure(f, "reading").has("exsPlus")).isFalse();
      assertThat(f.at("/coverage/pupils").asText()).isEqualTo("1-5");
      assertThat(f.at("/gaps/0/measures/0/exsPlus").asText()).isEqualTo("c");
    }
    assertThat(ownLa.get("suppressed").asBoolean()).isFalse();
    assertFigures(ownLa, tiny);
    assertThat(json(path, LiveService.TOKEN_NATIONAL).get("suppressed").asBoolean()).isFalse();
    // the national figures, which include the small school, are never suppressed
    assertThat(json("/api/national", null).get("suppressed").asBoolean()).isFalse();
  }

  @Test
  @Order(5)
  void coverageCodesAndHistoryAreTheStores() throws Exception {
    JsonNode coverage = json("/api/coverage", null);
    assertThat(coverage.at("/national/pupils").asLong())
        .isEqualTo(service.count("SELECT pupils FROM national_summary"));
    assertThat(coverage.get("years").toString()).isEqualTo("[2023]");
    assertThat(coverage.get("regions")).hasSize(3);
    assertThat(coverage.at("/files/accepted").asLong()).isEqualTo(4);

    JsonNode directory = json("/api/directory", null);
    assertThat(directory.get("schools").toString())
        .isEqualTo(
            "[{\"key\":\"2012001\",\"name\":\"Cedar Primary School\",\"in\":\"201\"},"
                + "{\"key\":\"3302001\",\"name\":\"Alder Primary School\",\"in\":\"330\"},"
                + "{\"key\":\"3302002\",\"name\":\"Birch Infant School\",\"in\":\"330\"},"
                + "{\"key\":\"8012000\",\"name\":\"Dune Primary School\",\"in\":\"801\"}]");
    assertThat(directory.get("las")).hasSize(3);

    JsonNode codes = json("/api/codes?level=la&key=330", LiveService.TOKEN_330);
    List<String> api = new ArrayList<>();
    codes
        .get("codes")
        .forEach(
            c ->
                api.add(
                    c.get("subject").asText()
                        + "|"
                        + c.get("code").asText()
                        + "|"
                        + c.get("pupils").asText()));
    // every valid code is listed, 0 where nobody has it
    assertThat(api.stream().filter(x -> !x.endsWith("|0")).toList())
        .containsExactlyInAnyOrderElementsOf(
            service.rows(
                "SELECT subject, code, pupils FROM code_counts WHERE level = 'la' AND key = '330'"
                    + " ORDER BY subject, code"));
    assertThat(api).contains("reading|PK1|0");
    assertThat(codes.at("/coverage/pupils").asLong())
        .isEqualTo(service.count("SELECT pupils FROM la_summary WHERE la_code = '330'"));
    assertThat(codes.at("/coverage/schools").asLong()).isEqualTo(2);
    assertThat(json("/api/codes?level=national", null).at("/coverage/pupils").asLong())
        .isEqualTo(service.count("SELECT pupils FROM national_summary"));
    JsonNode anonymousCodes = json("/api/codes?level=school&key=" + ReportingFixture.TINY, null);
    // a school's codes are not published outside its LA's view (docs/disclosure.md)
    assertThat(anonymousCodes.get("codes")).isEmpty();
    assertThat(anonymousCodes.get("note").asText())
        .isEqualTo("Result codes are published for LAs, regions and England only");
    assertThat(anonymousCodes.at("/coverage/pupils").asText()).isEqualTo("1-5");

    for (String limit : List.of("-1", "0", "ten")) {
      HttpResponse<String> bad = service.get("/api/submissions?limit=" + limit, null);
      assertThat(bad.statusCode()).as("limit=" + limit).isEqualTo(400);
      assertThat(bad.body()).contains("is not a valid limit: a whole number from 1");
    }
    JsonNode history = json("/api/submissions?la=330", null);
    assertThat(history.get("submissions")).hasSize(2);
    assertThat(history.at("/submissions/0/status").asText()).isEqualTo("successful");
    JsonNode london = json("/api/submissions?laestab=" + ReportingFixture.LONDON, null);
    assertThat(london.at("/submissions/0/errors").asInt()).isEqualTo(1);
    assertThat(london.at("/submissions/0/status").asText()).isEqualTo("successful with errors");
  }

  @Test
  @Order(6)
  void everyFigureResponseCarriesAnEtagAndA304WhenUnchanged() throws Exception {
    for (String path :
        List.of(
            "/api/national",
            "/api/regions",
            "/api/las",
            "/api/las/330",
            "/api/schools",
            "/api/schools/" + ReportingFixture.BIG,
            "/api/coverage",
            "/api/directory",
            "/api/submissions",
            "/api/codes",
            "/reports/schools/" + ReportingFixture.BIG + "/summary.pdf",
            "/",
            "/static/dashboard.js",
            "/govuk/govuk-frontend.min.css",
            "/chart.js/chart.umd.js",
            "/health")) {
      HttpResponse<String> first = service.get(path, null);
      assertThat(first.statusCode()).as(path).isEqualTo(200);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> again = service.get(path, null, Map.of("If-None-Match", etag));
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
    // a scoped caller's representation has its own tag
    String anonymous = service.get("/api/national", null).headers().firstValue("ETag").get();
    String la =
        service.get("/api/national", LiveService.TOKEN_330).headers().firstValue("ETag").get();
    assertThat(la).isNotEqualTo(anonymous);
  }

  @Test
  @Order(7)
  void aDroppedFileMovesTheNationalFiguresWithinSecondsAndIsAnnounced() throws Exception {
    HttpResponse<String> before = service.get("/api/national", null);
    String etag = before.headers().firstValue("ETag").orElseThrow();
    long pupils = Json.mapper().readTree(before.body()).at("/coverage/pupils").asLong();

    List<String> events = new CopyOnWriteArrayList<>();
    HttpResponse<java.io.InputStream> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(service.server.baseUrl() + "/api/events"))
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                r.lines().forEach(events::add);
              } catch (Exception ignored) {
                // the stream is closed at the end of the test
              }
            });
    reader.setDaemon(true);
    reader.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("event: figures-changed"));
    int seen = events.size();

    CtfBuilder file =
        CtfBuilder.school("3302003")
            .name("Elm Primary School")
            .pupil(TestPupil.of(TestUpns.unique("330", "2003", 1), "GDS", "GDS", "GDS", "EXS"))
            .pupil(TestPupil.of(TestUpns.unique("330", "2003", 2), "EXS", "EXS", "EXS", "EXS"));
    Path written = file.writeTo(tmp.resolve("staging"));
    long dropped = System.nanoTime();
    java.nio.file.Files.move(
        written, service.data.resolve("inbox/330").resolve(written.getFileName()));
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                Json.mapper()
                        .readTree(service.get("/api/national", null).body())
                        .at("/coverage/pupils")
                        .asLong()
                    == pupils + 2);
    long millis = (System.nanoTime() - dropped) / 1_000_000;
    System.out.printf("A dropped file reached /api/national after %d ms%n", millis);
    assertThat(millis).as("from drop to /api/national").isLessThan(3000);

    HttpResponse<String> after = service.get("/api/national", null, Map.of("If-None-Match", etag));
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                events.subList(seen, events.size()).stream()
                    .anyMatch(l -> l.equals("event: figures-changed")));
    stream.body().close();
  }

  @Test
  @Order(8)
  void metricsAndHealthSayWhatTheStoreHolds() throws Exception {
    HttpResponse<String> metrics = service.get("/metrics", null);
    assertThat(metrics.statusCode()).isEqualTo(200);
    long accepted = service.count("SELECT count(*) FROM files WHERE outcome = 'accepted'");
    long records = service.count("SELECT count(*) FROM pupil_records WHERE counts");
    long errors = service.count("SELECT count(*) FROM validation_issues WHERE severity = 'error'");
    assertThat(metrics.body())
        .contains(
            "ks1_files{outcome=\"accepted\"} " + accepted + ".0",
            "ks1_pupil_records{counts=\"true\"} " + records + ".0",
            "ks1_issues{severity=\"error\"} " + errors + ".0",
            "ks1_submissions{status=\"successful\"} ",
            "ks1_store_read_seconds_count",
            "ks1_file_to_store_seconds_count");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                service
                    .get("/metrics", null)
                    .body()
                    .contains("ks1_consumer_lag{group=\"ks1-aggregate\"} 0.0"));
    JsonNode health = json("/health", null);
    assertThat(health.get("status").asText()).isEqualTo("UP");
  }
}
