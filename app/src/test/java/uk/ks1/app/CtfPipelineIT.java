package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.testkit.CrossSubjectQueries;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.ExpectedFigures;
import uk.ks1.testkit.ExpectedFigures.Figures;
import uk.ks1.testkit.Samples;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * One load, through the real CLI, embedded broker and DuckDB, of a small collection: good CTFs from
 * several LAs and regions (and every CTF variant), and bad files among them. Figures are checked to
 * the pupil against {@link ExpectedFigures}, computed independently.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class CtfPipelineIT {
  private static final String[] RWM = {
    "GDS", "EXS", "EXS", "EXS", "WTS", "WTS", "PK4", "PK2", "EM", "A", "Q"
  };
  private static final String[] SCIENCE = {"EXS", "EXS", "EXS", "HNM", "A"};

  @TempDir static Path tmp;
  private Path data;
  private Path store;

  /** The pupils that count, per school. */
  private final Map<String, List<TestPupil>> counting = new LinkedHashMap<>();

  @BeforeAll
  void loadACollectionWithBadFilesAmongTheGoodOnes() throws Exception {
    Path collection = tmp.resolve("collection");
    Random random = new Random(20230620);
    Map<String, String> schools = new LinkedHashMap<>();
    schools.put("2012001", "London");
    schools.put("3302001", "West Midlands");
    schools.put("3302002", "West Midlands");
    schools.put("3302003", "West Midlands");
    schools.put("8012000", "South West");
    schools.put("8012001", "South West");
    schools.put("9262001", "East of England");
    for (String laestab : schools.keySet()) {
      List<TestPupil> pupils = new ArrayList<>();
      int size = 5 + random.nextInt(30);
      for (int i = 1; i <= size; i++) {
        String upn = TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), i);
        TestPupil p =
            TestPupil.of(
                upn,
                pick(RWM, random),
                pick(RWM, random),
                pick(RWM, random),
                pick(SCIENCE, random));
        pupils.add(i % 2 == 0 ? p.withSex("M") : p);
      }
      // a pupil whose subject results are wrong counts in the other subjects only
      pupils.add(
          TestPupil.of(
              TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), 900),
              "HNM",
              "EXS",
              "GDS",
              "PK2"));
      List<TestPupil> inFile = new ArrayList<>(pupils);
      // a pupil with a wrong check letter does not count at all
      inFile.add(
          TestPupil.of(
              TestUpns.withWrongCheckLetter(
                  TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), 901)),
              "GDS",
              "GDS",
              "GDS",
              "EXS"));
      CtfBuilder.school(laestab)
          .pupils(inFile)
          .writeTo(collection.resolve(laestab.substring(0, 3)));
      counting.put(laestab, pupils);
    }
    // the same pupils (with their own UPNs) through every CTF variant, one school each
    List<Function<CtfBuilder, CtfBuilder>> variants =
        List.of(
            b -> b.inNamespace("urn:example:ctf"),
            CtfBuilder::withSexElement,
            CtfBuilder::withBom,
            CtfBuilder::withCrlf,
            CtfBuilder::inIso88591,
            b -> b.components("READ", "WRIT", "MAT", "SCI"),
            CtfBuilder::withOtherStagesAndBlocks);
    List<TestPupil> base = counting.get("3302001");
    for (int v = 0; v < variants.size(); v++) {
      String laestab = "33030" + (10 + v);
      List<TestPupil> pupils = new ArrayList<>();
      for (int i = 0; i < base.size(); i++) {
        pupils.add(
            base.get(i)
                .withUpn(TestUpns.unique("330", laestab.substring(3), i + 1))
                .withNames("Zoë", "O'Brien"));
      }
      variants
          .get(v)
          .apply(CtfBuilder.school(laestab).pupils(pupils))
          .writeTo(collection.resolve("330"));
      counting.put(laestab, pupils);
    }
    // bad files: another LA's school, a truncated CTF, a CTF with a DTD, a KS2-only CTF
    CtfBuilder.school("9302001").pupils(base).writeTo(collection.resolve("330"), "other-la.xml");
    String good = CtfBuilder.school("3302099").pupils(base).xml();
    Files.writeString(
        collection.resolve("330/truncated.xml"), good.substring(0, good.length() / 2));
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CANARY");
    Files.writeString(
        collection.resolve("330/dtd.xml"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + good.substring(good.indexOf("<CTfile>")).replace("Test Primary School", "&x;"));
    Files.write(collection.resolve("330/mtc.xml"), Samples.bytes("mtc-ks2.ctf.xml"));

    data = tmp.resolve("data");
    store = data.resolve("ks1.duckdb");
    assertThat(Ks1.execute("load", "--data", data.toString(), collection.toString())).isZero();
  }

  private static String pick(String[] codes, Random random) {
    return codes[random.nextInt(codes.length)];
  }

  private Figures expected(Function<String, Boolean> schoolFilter) {
    return ExpectedFigures.of(
        counting.entrySet().stream()
            .filter(e -> schoolFilter.apply(e.getKey()))
            .flatMap(e -> e.getValue().stream())
            .toList());
  }

  @Test
  void nationalFiguresAreExactToThePupil() throws Exception {
    Figures england = expected(s -> true);
    assertThat(
            StoreQueries.one(
                store,
                "SELECT las, schools, " + ExpectedFigures.COUNT_COLUMNS + " FROM national_summary"))
        .isEqualTo("4|" + counting.size() + "|" + england.counts());
    String pct =
        StoreQueries.one(
            store,
            "SELECT reading_exs_plus_pct, writing_gds_pct, science_exs_pct, rwm_exs_plus_pct,"
                + " rwm_gds_pct FROM national_summary");
    String[] p = pct.split("\\|");
    assertThat(Double.parseDouble(p[0])).isCloseTo(england.reading().exsPlusPct(), within(1e-9));
    assertThat(Double.parseDouble(p[1])).isCloseTo(england.writing().gdsPct(), within(1e-9));
    assertThat(Double.parseDouble(p[2])).isCloseTo(england.science().exsPlusPct(), within(1e-9));
    assertThat(Double.parseDouble(p[3])).isCloseTo(england.rwm().exsPlusPct(), within(1e-9));
    assertThat(Double.parseDouble(p[4])).isCloseTo(england.rwm().gdsPct(), within(1e-9));
  }

  @Test
  void regionalLaAndSchoolFiguresAreExactToThePupil() throws Exception {
    LaRegistry las = LaRegistry.standard();
    for (String region : List.of("London", "West Midlands", "South West", "East of England")) {
      Figures f =
          expected(s -> las.current(s.substring(0, 3)).orElseThrow().region().equals(region));
      assertThat(
              StoreQueries.one(
                  store,
                  "SELECT "
                      + ExpectedFigures.COUNT_COLUMNS
                      + " FROM region_summary WHERE region = '"
                      + region
                      + "'"))
          .as(region)
          .isEqualTo(f.counts());
    }
    for (String la : List.of("201", "330", "801", "926")) {
      assertThat(
              StoreQueries.one(
                  store,
                  "SELECT "
                      + ExpectedFigures.COUNT_COLUMNS
                      + " FROM la_summary WHERE la_code = '"
                      + la
                      + "'"))
          .as("LA " + la)
          .isEqualTo(expected(s -> s.startsWith(la)).counts());
    }
    for (String school : counting.keySet()) {
      assertThat(
              StoreQueries.one(
                  store,
                  "SELECT "
                      + ExpectedFigures.COUNT_COLUMNS
                      + " FROM school_summary WHERE laestab = '"
                      + school
                      + "'"))
          .as("school " + school)
          .isEqualTo(expected(s -> s.equals(school)).counts());
    }
  }

  @Test
  void everyCtfVariantGivesTheSameFiguresAsThePlainFile() throws Exception {
    List<String> rows =
        StoreQueries.rows(
            store,
            "SELECT DISTINCT "
                + ExpectedFigures.COUNT_COLUMNS
                + " FROM school_summary"
                + " WHERE laestab = '3302001' OR laestab LIKE '33030%'");
    assertThat(rows).hasSize(1);
    assertThat(
            StoreQueries.one(
                store, "SELECT count(*) FROM school_summary WHERE laestab LIKE '33030%'"))
        .isEqualTo("7");
  }

  @Test
  void eachSubmissionRecordsItsErrorsAndStatus() throws Exception {
    assertThat(
            StoreQueries.rows(
                store, "SELECT DISTINCT status FROM submissions WHERE laestab IS NOT NULL"))
        .containsExactly("successful with errors");
    // the random codes raise the cross-subject queries; work out which, from the wording of
    // docs/domain.md "Validation"
    List<String> queries = new ArrayList<>();
    List<TestPupil> inFile = counting.get("8012000");
    for (int i = 0; i < inFile.size(); i++) {
      int row = i + 1;
      CrossSubjectQueries.raisedBy(inFile.get(i)).forEach(q -> queries.add(row + " " + q));
    }
    assertThat(
            StoreQueries.one(
                store, "SELECT errors, queries FROM submissions WHERE laestab = '8012000'"))
        .isEqualTo("3|" + queries.size()); // 1510 for the bad UPN; R01 for HNM and PK2
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT rule_id, field FROM validation_issues WHERE laestab = '8012000'"
                    + " AND severity = 'error' ORDER BY row_number, rule_id"))
        .containsExactly("R01|Reading", "R01|Science", "1510|UPN");
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT row_number || ' ' || rule_id FROM validation_issues"
                    + " WHERE laestab = '8012000' AND severity = 'query'"
                    + " ORDER BY row_number, rule_id"))
        .containsExactlyElementsOf(queries);
  }

  @Test
  void aSchoolFromAnotherLasFolderIsRejectedAndNothingOfItCounts() throws Exception {
    assertThat(Files.exists(data.resolve("failed/330/other-la.xml"))).isTrue();
    assertThat(Files.readString(data.resolve("failed/330/other-la.xml.report.txt")))
        .contains(
            "[F04] School 9302001 belongs to LA 930",
            "folder of LA 330 (Birmingham)",
            "Nothing in this file was counted");
    assertThat(
            StoreQueries.one(
                store, "SELECT status, la_code FROM submissions WHERE file_name = 'other-la.xml'"))
        .isEqualTo("upload error|330");
    assertThat(
            StoreQueries.one(store, "SELECT count(*) FROM pupil_records WHERE laestab = '9302001'"))
        .isEqualTo("0");
  }

  @Test
  void malformedXmlIsKeptAsideWithItsReportAndTheOtherFilesAreProcessed() throws Exception {
    assertThat(Files.exists(data.resolve("failed/330/truncated.xml"))).isTrue();
    assertThat(Files.readString(data.resolve("failed/330/truncated.xml.report.txt")))
        .contains("[F01] The file is not well-formed XML", "line ");
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT rule_id FROM validation_issues v JOIN submissions s USING (submission_id) WHERE s.file_name = 'truncated.xml'"))
        .containsExactly("F01");
    try (var done = Files.list(data.resolve("done/330"))) {
      // beside each accepted CTF are its error reports (every school has a bad UPN)
      assertThat(done.filter(f -> f.toString().endsWith(".xml")).count()).isEqualTo(3 + 7);
    }
    assertThat(data.resolve("done/330/3302001_KS1_330LLLL_001.xml.report.csv")).exists();
  }

  @Test
  void aFileWithADtdIsRejectedWithoutReadingTheEntity() throws Exception {
    String report = Files.readString(data.resolve("failed/330/dtd.xml.report.txt"));
    assertThat(report).contains("[F03]").doesNotContain("TOP-SECRET-CANARY");
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT count(*) FROM validation_issues WHERE message LIKE '%CANARY%' OR value LIKE '%CANARY%'"))
        .containsExactly("0");
  }

  @Test
  void aCtfWithoutKs1ResultsIsAnUploadError() throws Exception {
    assertThat(
            Files.readString(data.resolve("failed/330/mtc.xml.report.txt"), StandardCharsets.UTF_8))
        .contains(
            "[F05]",
            // no collection's results: the file names them all, as any of them could be meant
            "2 pupil(s) but no KS1 teacher-assessment results or phonics screening check results"
                + " or EYFS profile results (skipped: 2 assessments of other stages,"
                + " 2 pupils without KS1 TA results for the year)",
            "Export the KS1 TA CTF or phonics CTF or EYFSP CTF");
  }

  @Test
  void theInboxIsEmptyAfterTheLoad() throws Exception {
    try (var files = Files.walk(data.resolve("inbox"))) {
      assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
    }
  }
}
