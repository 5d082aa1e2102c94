package uk.ks1.reporting.toy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The real server on a real store with KS1 TA and a collection without a higher standard but with
 * DfE published figures ({@link SpellingCheck}): the picker's endpoint, the published figure beside
 * each provisional one of England, a region and an LA (none for a school), and the PDFs and page of
 * a collection whose measures have no higher column.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedFiguresApiTest {
  private static final String OF = "collection=SPELLING_CHECK";
  private Store store;
  private ReportingServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start(@TempDir Path dir) throws SQLException {
    store = Ks1Store.open(dir.resolve("ks1.duckdb"));
    try (Statement s = store.writer().createStatement()) {
      String columns =
          "las BIGINT, schools BIGINT, pupils BIGINT, y1_eligible BIGINT, y1_met BIGINT,"
              + " y2_eligible BIGINT, y2_met BIGINT, updated_at TIMESTAMP";
      String at = "TIMESTAMP '2023-06-20 10:00:00'";
      String all = "1, 2, 40, 30, 24, 10, 6, " + at;
      String alder = "1, 1, 22, 16, 13, 6, 4, " + at;
      String birch = "1, 1, 18, 14, 11, 4, 2, " + at;
      String c = "collection VARCHAR, year INTEGER, ";
      s.execute("CREATE TABLE spell_national (" + c + columns + ")");
      s.execute("INSERT INTO spell_national VALUES ('SPELLING_CHECK', 2023, " + all + ")");
      s.execute("CREATE TABLE spell_region (" + c + "region VARCHAR, " + columns + ")");
      s.execute(
          "INSERT INTO spell_region VALUES ('SPELLING_CHECK', 2023, 'West Midlands', " + all + ")");
      s.execute("CREATE TABLE spell_la (" + c + "la_code VARCHAR, " + columns + ")");
      s.execute("INSERT INTO spell_la VALUES ('SPELLING_CHECK', 2023, '330', " + all + ")");
      s.execute("CREATE TABLE spell_school (" + c + "laestab VARCHAR, " + columns + ")");
      s.execute(
          "INSERT INTO spell_school VALUES ('SPELLING_CHECK', 2023, '3302001', "
              + alder
              + "), ('SPELLING_CHECK', 2023, '3302002', "
              + birch
              + ")");
      s.execute(
          "CREATE TABLE spell_school_counts AS SELECT 'SPELLING_CHECK' AS collection, 2023 AS year");
      s.execute(
          "CREATE TABLE spell_codes (level VARCHAR, key VARCHAR, collection VARCHAR, year INTEGER,"
              + " subject VARCHAR, code VARCHAR, pupils BIGINT)");
      for (String level : List.of("national', 'England", "region', 'West Midlands", "la', '330")) {
        for (String code : List.of("P', 24", "N', 3", "A', 3")) {
          s.execute(
              "INSERT INTO spell_codes VALUES ('"
                  + level
                  + "', 'SPELLING_CHECK', 2023, 'result', '"
                  + code
                  + ")");
        }
      }
    }
    server =
        new ReportingServer(
            new CollectionRegistry(List.of(Ks1Ta.definition(), SpellingCheck.DEFINITION)),
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

  private static String pdfText(byte[] pdf) throws Exception {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theCollectionsEndpointListsEveryRegisteredCollectionForThePicker() throws Exception {
    HttpResponse<byte[]> r = get("/api/collections");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("ETag")).isPresent();
    JsonNode all = Json.read(r.body(), JsonNode.class);
    assertThat(fields(all)).containsExactly("default", "collections");
    assertThat(all.get("default").asText()).isEqualTo("KS1_TA");
    assertThat(all.get("collections").findValuesAsText("id"))
        .containsExactly("KS1_TA", "SPELLING_CHECK");
    JsonNode ks1 = all.at("/collections/0");
    assertThat(ks1.get("headline").toString()).isEqualTo("[\"reading\",\"writing\",\"maths\"]");
    assertThat(ks1.get("higherStandard").asBoolean()).isTrue();
    assertThat(ks1.get("publishedFigures").asBoolean()).isTrue();
    assertThat(all.at("/collections/1").toString())
        .isEqualTo(
            "{\"id\":\"SPELLING_CHECK\",\"name\":\"Spelling check\",\"shortName\":\"Spelling"
                + " check\",\"title\":\"The spelling check\",\"met\":\"met\",\"metLabel\":\"Met\","
                + "\"higherStandard\":false,\"publishedFigures\":true,\"headline\":[\"y1\"],"
                + "\"measures\":[{\"measure\":\"y1\",\"label\":\"Year 1\",\"dfeMeasure\":true,"
                + "\"headline\":true,\"higherStandard\":false},{\"measure\":\"y2\",\"label\":"
                + "\"Year 2 re-check\",\"dfeMeasure\":true,\"headline\":false,"
                + "\"higherStandard\":false}],\"dashboard\":\"/?collection=SPELLING_CHECK\"}");
  }

  @Test
  void eachProvisionalFigureOfEnglandARegionAndAnLaHasTheDfesBesideIt() throws Exception {
    JsonNode n = json("/api/national?" + OF);
    assertThat(fields(n.at("/measures/0")))
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
            "abovePctRounded",
            "published");
    assertThat(n.at("/measures/0/metPctRounded").asLong()).isEqualTo(80);
    assertThat(n.at("/measures/0/published").toString())
        .isEqualTo(
            "{\"year\":2023,\"percent\":79.0,\"trend\":[{\"year\":2022,\"percent\":75.0},"
                + "{\"year\":2023,\"percent\":79.0}]}");
    // Year 2: not published by the DfE
    assertThat(n.at("/measures/1/published").asText()).isEqualTo("x");
    // the year asked for: what was published by then
    assertThat(json("/api/national?" + OF + "&year=2022").at("/measures/0/published").toString())
        .isEqualTo("{\"year\":2022,\"percent\":75.0,\"trend\":[{\"year\":2022,\"percent\":75.0}]}");

    JsonNode region = json("/api/regions/West%20Midlands?" + OF);
    assertThat(region.at("/measures/0/published").toString())
        .isEqualTo("{\"year\":2023,\"percent\":78.0,\"trend\":[{\"year\":2023,\"percent\":78.0}]}");
    JsonNode la = json("/api/las/330?" + OF);
    assertThat(la.at("/measures/0/published/percent").asDouble()).isEqualTo(77.5);
    assertThat(la.at("/measures/0/published/year").asInt()).isEqualTo(2023);
    assertThat(la.at("/measures/1/published").asText()).isEqualTo("x");

    // a school: no published figure of its own; its LA's, region's and England's are theirs
    JsonNode school = json("/api/schools/3302001?" + OF);
    assertThat(fields(school.at("/measures/0")))
        .containsExactly(
            "measure",
            "label",
            "dfeMeasure",
            "metPct",
            "metPctRounded",
            "abovePct",
            "abovePctRounded");
    assertThat(school.at("/measures/0/metPct").asLong()).isEqualTo(81);
  }

  @Test
  void ks1sFiguresCarryItsPublishedFiguresAndRwmNone() throws Exception {
    JsonNode n = json("/api/national");
    assertThat(n.at("/measures/0/published/year").asInt()).isEqualTo(2023);
    assertThat(n.at("/measures/0/published/percent").asDouble()).isEqualTo(68.0);
    assertThat(n.at("/measures/0/published/trend").findValuesAsText("year"))
        .containsExactly("2016", "2017", "2018", "2019", "2022", "2023");
    assertThat(n.at("/measures/4/measure").asText()).isEqualTo("rwm");
    assertThat(n.at("/measures/4/published").asText()).isEqualTo("x");
  }

  @Test
  void theLaPdfHasNoHigherColumnAndThePublishedFiguresBesideTheProvisional() throws Exception {
    HttpResponse<byte[]> r = get("/reports/las/330/summary.pdf?" + OF);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("spelling-check-la-330-summary.pdf");
    assertThat(pdfText(r.body()))
        .contains(
            "Spelling check provisional summary: Birmingham",
            "Measure Eligible Met % Met DfE published %\n",
            "Year 1 30 24 80 77.5 (2023)\n",
            "Year 2 re-check 10 6 60 x\n",
            "DfE published figures: % reaching the expected standard",
            "Measure Birmingham West Midlands England\n",
            "Year 1 77.5 (2023) 78 (2023) 79 (2023)\n2022-2023: 75, 79\n",
            "DfE published: the DfE's last published figure")
        // a measure the DfE publishes for no level has no row of x in the published table
        .doesNotContain("% Above", "EXS", "GDS", "KS1", "Year 2 x x x");
  }

  @Test
  void theSchoolPdfShowsItsLaRegionAndEnglandsPublishedFigures() throws Exception {
    HttpResponse<byte[]> r = get("/reports/schools/3302001/summary.pdf?" + OF);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(pdfText(r.body()))
        .contains(
            "Spelling check provisional summary: 3302001",
            "Measure % Met\n",
            "Year 1 81\n",
            "Measure Birmingham West Midlands England\n",
            "Year 1 77.5 (2023) 78 (2023) 79 (2023)\n")
        .doesNotContain("% Above", "DfE published %");
  }

  @Test
  void theCollectionsPageHasThePickerNoHigherColumnAndAPublishedOne() throws Exception {
    HttpResponse<byte[]> r = get("/?" + OF);
    assertThat(r.statusCode()).isEqualTo(200);
    String page = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(page)
        .contains(
            "<h1 class=\"govuk-heading-xl\">The spelling check, ",
            "<option value=\"KS1_TA\">KS1 teacher assessment</option>",
            "<option value=\"SPELLING_CHECK\" selected>Spelling check</option>",
            "id=\"national-y1\">-</span><span class=\"ks1-card__published\""
                + " id=\"national-y1-published\">",
            "govuk-table__header--numeric\">DfE published</th>",
            "\"hasHigher\":false",
            "\"hasPublished\":true",
            "\"first\":false")
        .doesNotContain("% Above", "national-y2", "EXS");
    assertThat(get("/?collection=PHONICS").statusCode()).isEqualTo(400);
  }
}
