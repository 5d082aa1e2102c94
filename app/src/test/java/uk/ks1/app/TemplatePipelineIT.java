package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CrossSubjectQueries;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.ExpectedFigures;
import uk.ks1.testkit.ExpectedFigures.Figures;
import uk.ks1.testkit.Fixtures;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;
import uk.ks1.testkit.ZipBuilder;

/**
 * One load, through the real CLI, embedded broker and DuckDB, of every format schools send: a CSV
 * of four schools (and the same pupils as four CTFs), a workbook made with POI and one made by
 * LibreOffice Calc, a Windows-1252 CSV, and a zip of a CTF, a CSV, a workbook and a bad file.
 * Figures are checked to the pupil against {@link ExpectedFigures}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class TemplatePipelineIT {
  private static final String[] RWM = {"GDS", "EXS", "EXS", "WTS", "PK4", "PK1", "EM", "A"};
  private static final String[] SCIENCE = {"EXS", "EXS", "HNM", "A"};

  @TempDir static Path tmp;
  private Path data;
  private Path store;

  /** The pupils that count, per school. */
  private final Map<String, List<TestPupil>> counting = new LinkedHashMap<>();

  private final Random random = new Random(20230701);

  private List<TestPupil> pupils(String laestab, int n) {
    List<TestPupil> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      TestPupil p =
          TestPupil.of(
              TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), i),
              pick(RWM),
              pick(RWM),
              pick(RWM),
              pick(SCIENCE));
      list.add(i % 3 == 0 ? p.withSex("M") : p);
    }
    return list;
  }

  private String pick(String[] codes) {
    return codes[random.nextInt(codes.length)];
  }

  @BeforeAll
  void loadEveryFormat() throws Exception {
    Path la = tmp.resolve("collection/330");
    // four schools in one CSV, each with a pupil whose UPN is wrong (not counted)
    TemplateBuilder trust = TemplateBuilder.template().sexInWords().datesDayFirst();
    for (int s = 1; s <= 4; s++) {
      String laestab = "330210" + s;
      List<TestPupil> ps = pupils(laestab, 6 + 3 * s);
      List<TestPupil> inFile = new ArrayList<>(ps);
      inFile.add(
          TestPupil.of(
              TestUpns.withWrongCheckLetter(TestUpns.unique("330", laestab.substring(3), 99)),
              "GDS",
              "GDS",
              "GDS",
              "EXS"));
      trust.school(laestab, inFile);
      counting.put(laestab, ps);
      // the same pupils as a CTF of a twin school
      String twin = "330220" + s;
      List<TestPupil> twins = new ArrayList<>();
      for (TestPupil p : ps) {
        twins.add(p.withUpn(TestUpns.unique("330", twin.substring(3), twins.size() + 1)));
      }
      CtfBuilder.school(twin).pupils(twins).writeTo(la);
      counting.put(twin, twins);
    }
    trust.score(counting.get("3302101").get(0).upn(), "110", "95.0", "87");
    trust.writeCsv(la, "KS1_trust_23.csv");

    // a workbook with a title row, apostrophes and date cells, two schools
    TemplateBuilder book =
        TemplateBuilder.template()
            .titleRow("Key stage 1 teacher assessment")
            .otherHeaderNames()
            .extraColumn()
            .datesDayFirst()
            .trailingBlankRows(4);
    for (String laestab : List.of("3302301", "3302302")) {
      // a file with no problems at all (so it gets no error report): no cross-subject queries
      List<TestPupil> ps = pupils(laestab, 7).stream().map(CrossSubjectQueries::avoided).toList();
      book.school(laestab, ps);
      counting.put(laestab, ps);
    }
    book.writeXlsx(la, "2023KS1RS_330.xlsx");

    // a workbook saved by LibreOffice Calc
    TemplateBuilder.write(la, "calc.xlsx", Fixtures.bytes(Fixtures.LIBREOFFICE_XLSX));
    counting.put(
        "3302005",
        List.of(
            TestPupil.of("K330200516001", "GDS", "EXS", "GDS", "EXS"),
            TestPupil.of("Z330200516002", "EXS", "WTS", "EXS", "EXS"),
            TestPupil.of("N330200516003", "PK4", "PK3", "WTS", "HNM")));
    counting.put(
        "3302006",
        List.of(
            TestPupil.of("U330200616001", "A", "A", "A", "A"),
            TestPupil.of("H330200616002", "EXS", "EXS", "EXS", "EXS")));

    // Windows-1252, as plain "CSV" from Excel on a UK PC
    List<TestPupil> accented =
        List.of(
            TestPupil.of(TestUpns.unique("330", "2501", 1), "EXS", "EXS", "EXS", "EXS")
                .withNames("Zoë", "Ødegård"));
    TemplateBuilder.template().school("3302501", accented).inWindows1252().writeCsv(la, "1252.csv");
    counting.put("3302501", accented);

    // a zip of a CTF, a CSV, a workbook, a file of another LA's school and macOS clutter
    List<TestPupil> z1 = pupils("3302401", 5);
    List<TestPupil> z2 = pupils("3302402", 4);
    List<TestPupil> z3 = pupils("3302403", 3);
    byte[] zip =
        ZipBuilder.zip()
            .entry("trust/3302401.xml", CtfBuilder.school("3302401").pupils(z1).bytes())
            .entry("trust/3302402.csv", TemplateBuilder.template().school("3302402", z2).csv())
            .entry("trust/3302403.xlsx", TemplateBuilder.template().school("3302403", z3).xlsx())
            .entry("other-la.csv", TemplateBuilder.template().school("9302001", z3).csv())
            .entry("__MACOSX/trust/._3302402.csv", new byte[] {0, 5, 22})
            .bytes();
    TemplateBuilder.write(la, "bundle.zip", zip);
    counting.put("3302401", z1);
    counting.put("3302402", z2);
    counting.put("3302403", z3);

    data = tmp.resolve("data");
    store = data.resolve("ks1.duckdb");
    assertThat(
            Ks1.execute(
                "load",
                "--data",
                data.toString(),
                "--year",
                "2023",
                tmp.resolve("collection").toString()))
        .isZero();
  }

  private Figures expected(Predicate<String> school) {
    return ExpectedFigures.of(
        counting.entrySet().stream()
            .filter(e -> school.test(e.getKey()))
            .flatMap(e -> e.getValue().stream())
            .toList());
  }

  private String schoolFigures(String laestab) throws Exception {
    return StoreQueries.schoolCounts(store, laestab);
  }

  @Test
  void aCsvOfFourSchoolsGivesFourSubmissionsWithTheFiguresOfFourCtfs() throws Exception {
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT laestab, format, year FROM submissions WHERE file_name = 'KS1_trust_23.csv'"
                    + " ORDER BY laestab"))
        .containsExactly(
            "3302101|CSV|2023", "3302102|CSV|2023", "3302103|CSV|2023", "3302104|CSV|2023");
    for (int s = 1; s <= 4; s++) {
      String csvSchool = "330210" + s;
      String ctfSchool = "330220" + s;
      assertThat(schoolFigures(csvSchool)).as(csvSchool).isEqualTo(schoolFigures(ctfSchool));
      assertThat(schoolFigures(csvSchool))
          .as(csvSchool)
          .isEqualTo(expected(csvSchool::equals).counts());
    }
    assertThat(
            StoreQueries.one(
                store,
                "SELECT reading_score, maths_score, gps_score FROM pupil_records"
                    + " WHERE laestab = '3302101' AND row_number = 2"))
        .isEqualTo("110|95|87");
  }

  @Test
  void nationalFiguresCountEveryGoodFileOfEveryFormatExactly() throws Exception {
    assertThat(
            StoreQueries.one(
                store,
                "SELECT las, schools, " + ExpectedFigures.COUNT_COLUMNS + " FROM national_summary"))
        .isEqualTo("1|" + counting.size() + "|" + expected(s -> true).counts());
  }

  @Test
  void workbooksFromPoiAndFromLibreOfficeCountExactly() throws Exception {
    for (String school : List.of("3302301", "3302302", "3302005", "3302006")) {
      assertThat(schoolFigures(school)).as(school).isEqualTo(expected(school::equals).counts());
    }
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT row_number, sex, reading_score, maths_score, gps_score FROM pupil_records"
                    + " WHERE laestab = '3302005' ORDER BY row_number"))
        .containsExactly("3|F|112|108|null", "4|M|101|99|100", "5|F|null|null|null");
    assertThat(
            StoreQueries.one(
                store,
                "SELECT date_of_birth FROM pupil_identities i JOIN pupil_records r"
                    + " USING (submission_id, row_number) WHERE r.laestab = '3302005'"
                    + " AND row_number = 3"))
        .isEqualTo("2016-03-05");
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT DISTINCT year FROM submissions WHERE file_name IN"
                    + " ('2023KS1RS_330.xlsx', 'calc.xlsx')"))
        .containsExactly("2023");
  }

  @Test
  void aWindows1252CsvKeepsItsAccents() throws Exception {
    assertThat(
            StoreQueries.one(
                store,
                "SELECT forename, surname FROM pupil_identities i JOIN submissions s"
                    + " USING (submission_id) WHERE s.laestab = '3302501'"))
        .isEqualTo("Zoë|Ødegård");
  }

  @Test
  void eachFileInAZipHasItsOwnOutcomeAndTheZipItsOwn() throws Exception {
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT file_name, format, outcome, submissions FROM files"
                    + " WHERE file_name LIKE 'bundle.zip%' ORDER BY file_name"))
        .containsExactly(
            "bundle.zip|ZIP|accepted|0",
            "bundle.zip!other-la.csv|CSV|rejected|0",
            "bundle.zip!trust!3302401.xml|CTF|accepted|1",
            "bundle.zip!trust!3302402.csv|CSV|accepted|1",
            "bundle.zip!trust!3302403.xlsx|XLSX|accepted|1");
    for (String school : List.of("3302401", "3302402", "3302403")) {
      assertThat(schoolFigures(school)).as(school).isEqualTo(expected(school::equals).counts());
    }
    assertThat(
            StoreQueries.one(
                store,
                "SELECT status, rule_id FROM submissions JOIN validation_issues"
                    + " USING (submission_id) WHERE file_name = 'bundle.zip!other-la.csv'"))
        .isEqualTo("upload error|F04");
    assertThat(data.resolve("done/330/bundle.zip")).exists();
    Path failed = data.resolve("failed/330");
    assertThat(failed.resolve("bundle.zip!other-la.csv")).exists();
    assertThat(Files.readString(failed.resolve("bundle.zip!other-la.csv.report.txt")))
        .contains("[F04] School 9302001 belongs to LA 930");
    assertThat(failed.resolve("bundle.zip!other-la.csv.report.xlsx")).exists();
    assertThat(
            StoreQueries.one(store, "SELECT count(*) FROM pupil_records WHERE laestab = '9302001'"))
        .isEqualTo("0");
  }

  @Test
  void anAcceptedFileWithProblemsGetsAnErrorReportInTheSchoolsWords() throws Exception {
    Path report = data.resolve("done/330/KS1_trust_23.csv.report.csv");
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo("\uFEFFfile,row,column,value,rule id,severity,message,allowed");
    String badUpn = TestUpns.withWrongCheckLetter(TestUpns.unique("330", "2101", 99));
    assertThat(lines)
        .filteredOn(l -> l.contains(",1510,"))
        .hasSize(4)
        .first()
        .asString()
        .startsWith("KS1_trust_23.csv,11,UPN," + badUpn + ",1510,error,");
    assertThat(data.resolve("done/330/KS1_trust_23.csv.report.xlsx")).exists();
    assertThat(data.resolve("done/330/2023KS1RS_330.xlsx.report.csv")).doesNotExist();
  }
}
