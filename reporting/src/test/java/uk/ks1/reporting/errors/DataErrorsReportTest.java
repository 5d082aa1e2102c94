package uk.ks1.reporting.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.Incoming;
import uk.ks1.aggregate.writer.StoreWriter;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.Inbound;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.core.topic.Topics;
import uk.ks1.reporting.Ks1Store;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.TestUpns;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;

/** The data-errors report from a real store: its rows, counts, and both exports read back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataErrorsReportTest {
  private static final String HOSTILE_NAME = "=HYPERLINK(\"http://x.example\",\"Click\")";
  private static final Instant AT = Instant.parse("2023-06-21T09:00:00Z");

  @TempDir static Path dir;
  private Store store;
  private DataErrorsReport la;

  @BeforeAll
  void storeWithIssues() throws SQLException {
    store = Ks1Store.open(dir.resolve("ks1.duckdb"));
    StoreWriter writer = new StoreWriter(store, new PupilKeys(new byte[32]), LaRegistry.standard());
    SubmissionValidator validator =
        new SubmissionValidator(RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())));
    List<Inbound> events = new ArrayList<>();
    events.add(
        validator.validate(
            submission(
                "3302001",
                HOSTILE_NAME,
                List.of(
                    Records.pupil(1, TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"),
                    Records.pupil(2, TestUpns.unique("330", "2001", 2), "HNM", "EXS", "EXS", "A"),
                    Records.pupil(3, TestUpns.temporary("330", "2001", 1), "A", "A", "A", "A"))),
            AT));
    events.add(
        validator.validate(
            submission(
                "3302002",
                "Second School",
                List.of(
                    Records.withScore(
                        Records.pupil(
                            1, TestUpns.unique("330", "2002", 1), "EXS", null, "EXS", "EXS"),
                        ScaledScore.GPS,
                        "-5"))),
            AT));
    events.add(
        validator.validate(
            submission(
                "8012000",
                "Elsewhere",
                List.of(Records.pupil(1, TestUpns.unique("801", "2000", 1), "D", "A", "A", "A"))),
            AT));
    FileFacts bad = new FileFacts("bad", "330", "broken.xml", "abc", "CTF", 10, AT);
    events.add(
        new FileProcessed(
            bad,
            false,
            List.of(),
            List.of(),
            List.of(
                new ValidationIssue(
                    "F01",
                    Severity.ERROR,
                    Effect.FILE,
                    null,
                    Field.FILE,
                    "",
                    "The file is not well-formed XML",
                    "A CTF")),
            Map.of(),
            AT));
    List<Incoming> consumed = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      consumed.add(new Incoming(Topics.VALIDATED.name(), 0, i));
    }
    writer.write(events, consumed);
    try (DuckDBConnection c = store.reader()) {
      la = DataErrorsReport.read(c, ReportScope.la("330"), true);
    }
  }

  private static SubmissionReceived submission(
      String laestab, String name, List<PupilRecord> pupils) {
    SubmissionReceived s = Records.submission(laestab, 2023, pupils);
    return new SubmissionReceived(
        laestab + "-0000000000",
        s.collection(),
        s.year(),
        s.file(),
        laestab,
        name,
        pupils,
        List.of(),
        Map.of());
  }

  @AfterAll
  void close() throws SQLException {
    store.close();
  }

  @Test
  void anLasReportIsGroupedBySchoolThenPupilWithErrorsBeforeQueries() {
    assertThat(
            la.rows().stream()
                .map(r -> r.laestab() + " " + r.row() + " " + r.severity() + " " + r.ruleId())
                .toList())
        .containsExactly(
            "null null error F01",
            "3302001 2 error R01",
            "3302001 3 query R11",
            "3302001 3 query U02",
            "3302002 1 error R02",
            "3302002 1 error R03");
    assertThat(la.rows().get(1))
        .extracting(DataErrorRow::upn, DataErrorRow::forename, DataErrorRow::field)
        .containsExactly(TestUpns.unique("330", "2001", 2), "Alex", "Reading");
    assertThat(la.errors()).isEqualTo(4);
    assertThat(la.queries()).isEqualTo(2);
    assertThat(la.schools()).containsExactly("3302001", "3302002");
  }

  @Test
  void countsPerRuleErrorsFirst() {
    assertThat(la.counts())
        .containsExactly(
            new RuleCount("F01", "error", "File unreadable or malformed", 1, 0, 0),
            new RuleCount(
                "R01", "error", "Result code not valid for the subject and year", 1, 1, 1),
            new RuleCount("R02", "error", "Result missing for a subject", 1, 1, 1),
            new RuleCount(
                "R03", "error", "Scaled score not a whole number from 85 to 115", 1, 1, 1),
            new RuleCount("R11", "query", "A (absent) in all four subjects", 1, 1, 1),
            new RuleCount("U02", "query", "Temporary UPN", 1, 1, 1));
  }

  @Test
  void aSchoolsReportHasOnlyItsOwnRowsAndCanLeaveOutIdentities() throws SQLException {
    DataErrorsReport school;
    try (DuckDBConnection c = store.reader()) {
      school = DataErrorsReport.read(c, ReportScope.school("3302002"), false);
    }
    assertThat(school.rows())
        .extracting(DataErrorRow::ruleId, DataErrorRow::upn, DataErrorRow::value)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("R02", null, ""),
            org.assertj.core.api.Assertions.tuple("R03", null, "-5"));
    assertThat(la.forSchool("3302002").rows())
        .extracting(DataErrorRow::ruleId)
        .containsExactly("R02", "R03");
    assertThatThrownBy(() -> ReportScope.school("33020")).isInstanceOf(RuntimeException.class);
  }

  @Test
  void withoutIdentitiesNoUpnIsShownAsAValueFoundEither() throws SQLException {
    DataErrorsReport school;
    try (DuckDBConnection c = store.reader()) {
      school = DataErrorsReport.read(c, ReportScope.school("3302001"), false);
    }
    assertThat(school.rows())
        .filteredOn(r -> r.ruleId().equals("U02"))
        .extracting(DataErrorRow::field, DataErrorRow::value)
        .containsExactly(org.assertj.core.api.Assertions.tuple("UPN", "(withheld)"));
    assertThat(la.rows())
        .filteredOn(r -> r.ruleId().equals("U02"))
        .extracting(DataErrorRow::value)
        .doesNotContain("(withheld)");
  }

  @Test
  void csvDefusesFormulaLikeCells() throws Exception {
    List<Path> files = DataErrorsExport.write(la, dir.resolve("out"));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "data-errors-330.csv", "data-errors-330-counts.csv", "data-errors-330.xlsx");
    List<String> lines = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFFLA,School DfE number,School name,Submission,File,Status,Row,UPN,Forename,"
                + "Surname,Field,Rule,Severity,Effect,Value found,Message,Allowed");
    assertThat(lines).hasSize(7);
    assertThat(lines.get(2))
        .startsWith("330,3302001,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Click\"\")\",");
    assertThat(lines.get(6)).contains(",R03,error,score,'-5,");
    assertThat(Files.readAllLines(files.get(1), StandardCharsets.UTF_8))
        .containsExactly(
            "\uFEFFRule,Severity,What it checks,Issues,Schools,Pupil rows",
            "F01,error,File unreadable or malformed,1,0,0",
            "R01,error,Result code not valid for the subject and year,1,1,1",
            "R02,error,Result missing for a subject,1,1,1",
            "R03,error,Scaled score not a whole number from 85 to 115,1,1,1",
            "R11,query,A (absent) in all four subjects,1,1,1",
            "U02,query,Temporary UPN,1,1,1");
  }

  @Test
  void xlsxWritesEveryTextAsTextAndNeverAFormula() throws Exception {
    Path xlsx = DataErrorsExport.write(la, dir.resolve("xlsx")).get(2);
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet issues = book.getSheet(DataErrorsXlsx.ISSUES_SHEET);
      assertThat(issues.getLastRowNum()).isEqualTo(6);
      for (Row row : issues) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
      Cell name = issues.getRow(2).getCell(2);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo(HOSTILE_NAME);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      Cell row = issues.getRow(2).getCell(6);
      assertThat(row.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getNumericCellValue()).isEqualTo(2.0);
      Cell value = issues.getRow(6).getCell(14);
      assertThat(value.getStringCellValue()).isEqualTo("-5");
      assertThat(value.getCellStyle().getQuotePrefixed()).isTrue();
      Sheet counts = book.getSheet(DataErrorsXlsx.COUNTS_SHEET);
      assertThat(counts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("F01");
      assertThat(counts.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1.0);
    }
  }
}
