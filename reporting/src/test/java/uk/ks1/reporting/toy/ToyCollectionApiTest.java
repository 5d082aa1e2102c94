package uk.ks1.reporting.toy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.store.Store;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.json.Json;
import uk.ks1.reporting.Ks1Store;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.http.ReportingConfig;
import uk.ks1.reporting.http.ReportingServer;

/**
 * The real server on a real store with two collections registered: KS1 TA (first: the dashboard's,
 * and what a request that names none gets) and a toy defined in test code, whose figures come from
 * its own views, in its own measure and its own API names, with no change to main code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToyCollectionApiTest {
  private Store store;
  private ReportingServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start(@TempDir Path dir) throws SQLException {
    store = Ks1Store.open(dir.resolve("ks1.duckdb"));
    try (Statement s = store.writer().createStatement()) {
      String columns =
          "las BIGINT, schools BIGINT, pupils BIGINT, passed_eligible BIGINT,"
              + " passed_met BIGINT, updated_at TIMESTAMP";
      String row = "1, 1, 30, 30, 21, TIMESTAMP '2023-06-20 10:00:00'";
      s.execute("CREATE TABLE toy_national (collection VARCHAR, year INTEGER, " + columns + ")");
      s.execute("INSERT INTO toy_national VALUES ('READING_CHECK', 2023, " + row + ")");
      s.execute(
          "CREATE TABLE toy_region (collection VARCHAR, year INTEGER, region VARCHAR, "
              + columns
              + ")");
      s.execute(
          "INSERT INTO toy_region VALUES ('READING_CHECK', 2023, 'West Midlands', " + row + ")");
      s.execute(
          "CREATE TABLE toy_la (collection VARCHAR, year INTEGER, la_code VARCHAR, "
              + columns
              + ")");
      s.execute("INSERT INTO toy_la VALUES ('READING_CHECK', 2023, '330', " + row + ")");
      s.execute(
          "CREATE TABLE toy_school (collection VARCHAR, year INTEGER, laestab VARCHAR, "
              + columns
              + ")");
      s.execute("INSERT INTO toy_school VALUES ('READING_CHECK', 2023, '3302001', " + row + ")");
      s.execute(
          "CREATE TABLE toy_school_counts AS SELECT 'READING_CHECK' AS collection, 2023 AS year");
      s.execute(
          "CREATE TABLE toy_codes (level VARCHAR, key VARCHAR, collection VARCHAR, year INTEGER,"
              + " subject VARCHAR, code VARCHAR, pupils BIGINT)");
      for (String level : List.of("national', 'England", "region', 'West Midlands", "la', '330")) {
        s.execute(
            "INSERT INTO toy_codes VALUES ('"
                + level
                + "', 'READING_CHECK', 2023, 'check', 'P', 21),"
                + " ('"
                + level
                + "', 'READING_CHECK', 2023, 'check', 'N', 9)");
      }
    }
    server =
        new ReportingServer(
            new CollectionRegistry(List.of(Ks1Ta.definition(), ReadingCheck.DEFINITION)),
            store,
            new ReportingConfig("127.0.0.1", 0, AccessTokens.none(), 2023));
    server.start();
  }

  @AfterAll
  void stop() throws SQLException {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Json.read(r.body(), JsonNode.class);
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theToysFiguresComeInItsOwnMeasureAndNames() throws Exception {
    JsonNode n = json("/api/national?collection=READING_CHECK");
    assertThat(n.get("collection").asText()).isEqualTo("READING_CHECK");
    assertThat(n.at("/coverage/pupils").asLong()).isEqualTo(30);
    assertThat(n.get("measures")).hasSize(1);
    JsonNode passed = n.at("/measures/0");
    assertThat(fields(passed))
        .containsExactly(
            "measure",
            "label",
            "dfeMeasure",
            "eligible",
            "met",
            "metPct",
            "metPctRounded",
            "above",
            "abovePct",
            "abovePctRounded");
    assertThat(passed.get("measure").asText()).isEqualTo("passed");
    assertThat(passed.get("met").asLong()).isEqualTo(21);
    assertThat(passed.get("metPct").asDouble()).isEqualTo(70.0);
    assertThat(passed.get("metPctRounded").asLong()).isEqualTo(70);
    assertThat(passed.get("above").asText()).isEqualTo("z");

    JsonNode la = json("/api/las/330?collection=READING_CHECK");
    assertThat(la.get("name").asText()).isEqualTo("Birmingham");
    assertThat(la.at("/measures/0/met").asLong()).isEqualTo(21);
    assertThat(fields(la.at("/gaps/0/measures/0")))
        .containsExactly("measure", "met", "metRounded", "above", "aboveRounded");
    assertThat(la.at("/gaps/0/measures/0/metRounded").asLong()).isZero();

    JsonNode school = json("/api/schools/3302001?collection=READING_CHECK");
    assertThat(school.at("/coverage/pupils").asText()).isEqualTo("11-30");
    assertThat(school.at("/measures/0/metPct").asLong()).isEqualTo(70);
  }

  @Test
  void theToysCodesAndCoverageAreItsOwn() throws Exception {
    JsonNode codes = json("/api/codes?collection=READING_CHECK&level=la&key=330");
    assertThat(codes.get("codes").findValuesAsText("code")).containsExactly("N", "P");
    assertThat(codes.get("codes").findValuesAsText("subject")).containsOnly("check");
    assertThat(codes.at("/codes/0/pupils").asLong()).isEqualTo(9);
    assertThat(codes.at("/codes/1/pupils").asLong()).isEqualTo(21);
    JsonNode coverage = json("/api/coverage?collection=READING_CHECK");
    assertThat(coverage.get("collection").asText()).isEqualTo("READING_CHECK");
    assertThat(coverage.get("years").toString()).isEqualTo("[2023]");
  }

  @Test
  void aRequestThatNamesNoCollectionGetsTheFirstRegistered() throws Exception {
    JsonNode n = json("/api/national");
    assertThat(n.get("collection").asText()).isEqualTo("KS1_TA");
    assertThat(n.get("measures").findValuesAsText("measure"))
        .containsExactly("reading", "writing", "maths", "science", "rwm");
    assertThat(n.at("/measures/0/exsPlusPct").asText()).isEqualTo("x");
    assertThat(json("/api/coverage").get("collection").asText()).isEqualTo("KS1_TA");
    String page = new String(get("/").body(), java.nio.charset.StandardCharsets.UTF_8);
    // KS1's page, in KS1's words: the toy is only named in the collection picker
    assertThat(page)
        .contains(
            "Key stage 1 teacher assessment",
            "<option value=\"KS1_TA\" selected>KS1 teacher assessment</option>",
            "<option value=\"READING_CHECK\">Reading check</option>")
        .doesNotContain("The reading check", "national-passed");
  }

  @Test
  void anUnregisteredCollectionIsRefusedWithThoseThatAre() throws Exception {
    HttpResponse<byte[]> r = get("/api/national?collection=PHONICS");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("'PHONICS' is not a valid collection: one of KS1_TA, READING_CHECK");
  }

  @Test
  void theToysPdfIsInItsWordsAndNamedForIt() throws Exception {
    HttpResponse<byte[]> r = get("/reports/las/330/summary.pdf?collection=READING_CHECK");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("reading-check-la-330-summary.pdf");
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(r.body())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
    assertThat(text)
        .contains(
            "Reading check provisional summary: Birmingham",
            // no measure has a higher standard: no empty higher columns
            "Measure Eligible Met % Met\n",
            "Passed 30 21 70\n",
            "Gap in % Met (points)",
            "No pupil is above the standard (z).")
        .doesNotContain("EXS", "GDS", "RWM", "KS1", "% Above");
  }
}
