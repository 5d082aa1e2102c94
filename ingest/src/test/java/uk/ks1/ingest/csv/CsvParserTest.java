package uk.ks1.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.ks1.ingest.Rejections.reasons;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.ingest.Ks1Registry;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;
import uk.ks1.testkit.Ks1Items;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

class CsvParserTest {
  private final CsvParser parser = new CsvParser(Ks1Registry.KS1, 1000);

  private static final List<TestPupil> PUPILS =
      List.of(
          TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "GDS", "WTS", "EXS")
              .withNames("Zoë", "O'Connor-Brontë"),
          TestPupil.of(TestUpns.unique("330", "2001", 2), "PK1", "EM", "A", "HNM")
              .withSex("M")
              .withDob("2015-09-01"));

  private List<SchoolReturn> parse(String name, byte[] bytes) throws FileRejectedException {
    FileFacts facts = new FileFacts("id", "330", name, "sha", "CSV", bytes.length, Instant.EPOCH);
    return parser.parse(new ByteArrayInputStream(bytes), facts, 2027);
  }

  private List<SchoolReturn> parse(byte[] bytes) throws FileRejectedException {
    return parse("ks1.csv", bytes);
  }

  private static TemplateBuilder template() {
    return TemplateBuilder.template().school("3302001", PUPILS);
  }

  @Test
  void readsThePlainTemplateAsWritten() throws Exception {
    List<SchoolReturn> schools = parse(template().csv());
    assertThat(schools).hasSize(1);
    SchoolReturn s = schools.get(0);
    assertThat(s.laestab().value()).isEqualTo("3302001");
    assertThat(s.year()).isEqualTo(2027);
    assertThat(s.pupils())
        .extracting(
            PupilRecord::row,
            PupilRecord::upn,
            PupilRecord::forename,
            PupilRecord::surname,
            PupilRecord::sex,
            PupilRecord::dateOfBirth,
            PupilRecord::ncYear,
            Ks1Items::results)
        .containsExactly(
            tuple(
                2,
                PUPILS.get(0).upn(),
                "Zoë",
                "O'Connor-Brontë",
                "F",
                "2016-01-15",
                "2",
                results("EXS", "GDS", "WTS", "EXS")),
            tuple(
                3,
                PUPILS.get(1).upn(),
                "Pupil",
                "Tester",
                "M",
                "2015-09-01",
                "2",
                results("PK1", "EM", "A", "HNM")));
    assertThat(s.columns())
        .containsEntry(Field.LAESTAB, "School DFE")
        .containsEntry(Subject.READING.field(), "Teacher Assessment: KS1 Reading")
        .containsEntry(Field.SEX, "Gender");
  }

  @Test
  void everyExcelHabitGivesTheSamePupils() throws Exception {
    List<PupilRecord> plain = parse(template().csv()).get(0).pupils();
    List<UnaryOperator<TemplateBuilder>> variants =
        List.of(
            TemplateBuilder::otherHeaderNames,
            b -> b.titleRow("KS1 teacher assessment 2023, Test Primary School"),
            TemplateBuilder::datesDayFirst,
            TemplateBuilder::leadingApostrophes,
            b -> b.trailingBlankRows(5),
            TemplateBuilder::extraColumn,
            TemplateBuilder::withBom,
            TemplateBuilder::withLf,
            TemplateBuilder::inWindows1252,
            b -> b.separator(';'),
            b -> b.separator('\t'));
    for (UnaryOperator<TemplateBuilder> variant : variants) {
      List<PupilRecord> pupils = parse(variant.apply(template()).csv()).get(0).pupils();
      assertThat(pupils)
          .extracting(PupilRecord::upn, PupilRecord::forename, PupilRecord::dateOfBirth)
          .containsExactlyElementsOf(
              plain.stream().map(p -> tuple(p.upn(), p.forename(), p.dateOfBirth())).toList());
      assertThat(pupils)
          .extracting(Ks1Items::results)
          .isEqualTo(plain.stream().map(Ks1Items::results).toList());
    }
  }

  @Test
  void headersWithAFormatHintAreTheTemplatesColumns() throws Exception {
    TemplateBuilder hinted =
        template()
            .header(
                List.of(
                    "School DFE",
                    "UPN",
                    "Forename",
                    "Surname",
                    "Gender (M/F)",
                    "Date of birth (dd/mm/yyyy)",
                    "NC Year",
                    "Teacher Assessment: KS1 Reading",
                    "Teacher Assessment: KS1 Writing",
                    "Teacher Assessment: KS1 Maths",
                    "Teacher Assessment: KS1 Science"))
            .datesDayFirst();
    SchoolReturn s = parse(hinted.csv()).get(0);
    assertThat(s.pupils())
        .extracting(PupilRecord::sex, PupilRecord::dateOfBirth)
        .containsExactly(tuple("F", "2016-01-15"), tuple("M", "2015-09-01"));
    assertThat(s.columns())
        .containsEntry(Field.SEX, "Gender (M/F)")
        .containsEntry(Field.DATE_OF_BIRTH, "Date of birth (dd/mm/yyyy)");
  }

  @Test
  void sexInWordsIsKeptAsWrittenForTheRules() throws Exception {
    assertThat(parse(template().sexInWords().csv()).get(0).pupils())
        .extracting(PupilRecord::sex)
        .containsExactly("Female", "Male");
  }

  @Test
  void rowsWithOnlyAPrefilledSchoolDfeOrNcYearAreSkippedLikeBlankRows() throws Exception {
    String text = template().csvText() + "3302001,,,,,,,,,,\r\n" + "3302001,,,,,,2,,,,\r\n";
    List<SchoolReturn> schools = parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(schools).hasSize(1);
    assertThat(schools.get(0).pupils())
        .extracting(PupilRecord::row, PupilRecord::upn)
        .containsExactly(tuple(2, PUPILS.get(0).upn()), tuple(3, PUPILS.get(1).upn()));

    String header = template().csvText().lines().findFirst().orElseThrow();
    String prefilledOnly = header + "\r\n3302001,,,,,,2,,,,\r\n";
    assertThat(reasons(() -> parse(prefilledOnly.getBytes(StandardCharsets.UTF_8))))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F10");
  }

  @Test
  void excelsSepLineChoosesTheSeparator() throws Exception {
    String text = "sep=;\r\n" + template().separator(';').csvText();
    List<SchoolReturn> schools = parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(schools.get(0).pupils()).extracting(PupilRecord::row).containsExactly(2, 3);
  }

  @Test
  void aFileOfManySchoolsGivesOneReturnPerSchoolInOrder() throws Exception {
    TemplateBuilder b =
        TemplateBuilder.template()
            .school("3302002", List.of(PUPILS.get(1)))
            .school("3302001", PUPILS)
            .school("3302002", List.of(PUPILS.get(0).withUpn(TestUpns.unique("330", "2002", 9))));
    List<SchoolReturn> schools = parse(b.csv());
    assertThat(schools)
        .extracting(
            s -> s.laestab().value(), s -> s.pupils().stream().map(PupilRecord::row).toList())
        .containsExactly(tuple("3302002", List.of(2, 5)), tuple("3302001", List.of(3, 4)));
  }

  @Test
  void scaledScoresAreCarriedWithWholeNumbersMadeWhole() throws Exception {
    String upn = PUPILS.get(0).upn();
    TemplateBuilder b = template().score(upn, "103", "97.0", "");
    PupilRecord p = parse(b.csv()).get(0).pupils().get(0);
    assertThat(Ks1Items.scores(p))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ScaledScore.READING, "103", ScaledScore.MATHS, "97"));
    assertThat(Ks1Items.scores(parse(b.csv()).get(0).pupils().get(1))).isEmpty();
  }

  @Test
  void theYearComesFromAYearColumnThenTheFileNameThenTheService() throws Exception {
    assertThat(parse(template().yearColumn("2022/23").csv()).get(0).year()).isEqualTo(2023);
    assertThat(parse(template().yearColumn("2019").csv()).get(0).year()).isEqualTo(2019);
    assertThat(parse("KS1_2001_23.csv", template().csv()).get(0).year()).isEqualTo(2023);
    assertThat(parse("2022KS1RS_330.csv", template().csv()).get(0).year()).isEqualTo(2022);
    assertThat(parse("3302001 KS1 2020-21.csv", template().csv()).get(0).year()).isEqualTo(2021);
    assertThat(parse("3302001.csv", template().csv()).get(0).year()).isEqualTo(2027);
  }

  @Test
  void aYearColumnOfYearGroupsIsTheNcYearWhenThereIsNoNcYearColumn() throws Exception {
    String text =
        template()
            .csvText()
            .replaceFirst(",NC Year,", ",Year,")
            .replaceFirst(",2,EXS,", ",Y2,EXS,")
            .replaceFirst(",2,PK1,", ",Year 2,PK1,");
    SchoolReturn s = parse("KS1_2001_23.csv", text.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(s.year()).isEqualTo(2023);
    assertThat(s.pupils()).extracting(PupilRecord::ncYear).containsExactly("Y2", "Year 2");
    assertThat(s.columns()).containsEntry(Field.NC_YEAR, "Year");

    String numbers = template().csvText().replaceFirst(",NC Year,", ",Year,");
    assertThat(parse(numbers.getBytes(StandardCharsets.UTF_8)).get(0).pupils())
        .extracting(PupilRecord::ncYear)
        .containsExactly("2", "2");
  }

  @Test
  void aYearColumnOfYearGroupsBesideAnNcYearColumnIsLeftAlone() throws Exception {
    SchoolReturn s = parse("KS1_2001_23.csv", template().yearColumn("Y2").csv()).get(0);
    assertThat(s.year()).isEqualTo(2023);
    assertThat(s.pupils()).extracting(PupilRecord::ncYear).containsExactly("2", "2");
  }

  @Test
  void rejectsAYearColumnThatIsNoYearOrTwoYearsForOneSchool() {
    List<ValidationIssue> bad = reasons(() -> parse(template().yearColumn("Summer").csv()));
    assertThat(bad)
        .extracting(ValidationIssue::ruleId, ValidationIssue::row, ValidationIssue::value)
        .containsExactly(tuple("F17", 2, "Summer"), tuple("F17", 3, "Summer"));
    assertThat(bad.get(0).message()).contains("Row 2 of ks1.csv", "column 'Year'", "'Summer'");

    String mixed = template().yearColumn("2023").csvText().replaceFirst(",2023\r\n", ",2022\r\n");
    assertThat(reasons(() -> parse(mixed.getBytes(StandardCharsets.UTF_8))))
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F17", "[2022, 2023]"));
  }

  @Test
  void rejectsRowsWithoutAValidSchoolDfeNamingEachRow() {
    String text =
        template()
            .csvText()
            .replaceFirst("\r\n3302001,", "\r\n2001,")
            .replaceFirst("\r\n3302001,", "\r\n,");
    List<ValidationIssue> bad = reasons(() -> parse(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(bad)
        .extracting(ValidationIssue::ruleId, ValidationIssue::row, ValidationIssue::value)
        .containsExactly(tuple("F07", 2, "2001"), tuple("F07", 3, ""));
    assertThat(bad.get(0).message())
        .isEqualTo(
            "Row 2 of ks1.csv: column 'School DFE' holds '2001', an establishment number"
                + " without its LA code. Write the school's full DfE number, LA code first (e.g."
                + " 3302001).");
  }

  @Test
  void rejectsAHeaderMissingRequiredColumnsNamingThem() {
    String text =
        template().csvText().replace("Forename,Surname", "First,Last").replace("Gender", "G");
    List<ValidationIssue> bad = reasons(() -> parse(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(bad).extracting(ValidationIssue::ruleId).containsExactly("F12");
    assertThat(bad.get(0).message())
        .contains("header row (row 1) of ks1.csv lacks the column(s) Forename, Surname, Gender");
  }

  @Test
  void rejectsACsvWithoutRecognisableHeaders() {
    String text = "Name,Score\r\nAlice,3\r\nBob,4\r\n";
    List<ValidationIssue> bad = reasons(() -> parse(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(bad)
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F12", "2 cells"));
    assertThat(bad.get(0).message())
        .contains("No header row with the template's column names was found in the first 20 rows")
        .contains("its first row with text has 2 cells");
  }

  @Test
  void aFileWithoutItsHeaderNeverHasItsFirstPupilCopiedIntoTheReason() {
    String upn = "A330200100001";
    String text = "3302001," + upn + ",Zoë,O'Brien,F,2016-01-15,2,EXS,EXS,EXS,EXS\r\n";
    List<ValidationIssue> bad = reasons(() -> parse(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(bad).extracting(ValidationIssue::ruleId).containsExactly("F12");
    assertThat(bad.get(0).value() + bad.get(0).message())
        .doesNotContain(upn)
        .doesNotContain("O'Brien")
        .doesNotContain("2016-01-15");
  }

  @Test
  void rejectsEmptyFilesAndHeaderOnlyFiles() {
    assertThat(reasons(() -> parse(new byte[0])))
        .extracting(ValidationIssue::ruleId, ValidationIssue::message)
        .containsExactly(tuple("F10", "ks1.csv is empty (0 bytes)."));
    assertThat(reasons(() -> parse(",,,\r\n,,\r\n".getBytes(StandardCharsets.UTF_8))))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F10");
    String headerOnly = template().csvText().lines().findFirst().orElseThrow() + "\r\n,,,,\r\n";
    assertThat(reasons(() -> parse(headerOnly.getBytes(StandardCharsets.UTF_8))))
        .extracting(ValidationIssue::ruleId, ValidationIssue::message)
        .containsExactly(
            tuple(
                "F10",
                "ks1.csv has a header row (row 1) but no pupil rows below it. Add one row per"
                    + " pupil."));
  }

  @Test
  void rejectsAFileOverTheRowLimitAsSoonAsItIsPassed() {
    CsvParser small = new CsvParser(Ks1Registry.KS1, 3);
    StringBuilder text = new StringBuilder(template().csvText());
    for (int i = 0; i < 5; i++) {
      text.append(template().csvText().lines().skip(1).findFirst().orElseThrow()).append("\r\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    FileFacts facts = new FileFacts("id", "330", "big.csv", "", "CSV", 1, Instant.EPOCH);
    List<ValidationIssue> bad =
        reasons(() -> small.parse(new ByteArrayInputStream(bytes), facts, 2023));
    assertThat(bad)
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F16", "more than 3"));
  }

  @Test
  void rejectsAnUnclosedQuote() {
    String text = template().csvText().replace(",Zoë,", ",\"Zoë,");
    List<ValidationIssue> bad = reasons(() -> parse(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(bad).extracting(ValidationIssue::ruleId).containsExactly("F01");
    assertThat(bad.get(0).message()).contains("ks1.csv is not a well-formed CSV", "quoted value");
  }

  private static Map<Subject, String> results(String r, String w, String m, String s) {
    return Map.of(Subject.READING, r, Subject.WRITING, w, Subject.MATHS, m, Subject.SCIENCE, s);
  }
}
