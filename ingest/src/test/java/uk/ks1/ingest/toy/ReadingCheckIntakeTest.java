package uk.ks1.ingest.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.ingest.csv.CsvParser;
import uk.ks1.ingest.ctf.CtfParser;
import uk.ks1.ingest.file.FileParser;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;
import uk.ks1.testkit.Samples;

/**
 * A second collection, defined in test code only ({@link ReadingCheck}), is read from a CTF and
 * from a CSV by the same parsers as KS1 TA, registered beside it: the records and the header say
 * which collection a file holds.
 */
class ReadingCheckIntakeTest {
  private static final CollectionRegistry BOTH =
      new CollectionRegistry(List.of(Ks1Ta.definition(), ReadingCheck.DEFINITION));

  private final CtfParser ctf = new CtfParser(BOTH);
  private final CsvParser csv = new CsvParser(BOTH, 1000);

  @Test
  void aCtfOfReadingCheckResultsIsAReadingCheckReturn() throws Exception {
    String xml =
        ctf(
            pupil(
                "A",
                keyStage("RC", row("2024", "RC", "WR", "32"), row("2024", "RC", "FL", "F"))
                    + keyStage("KS1", row("2024", "ENG", "AT2", "EXS"))),
            pupil(
                "B",
                keyStage(
                    "RCHK",
                    row("2024", "RC", "WORD", "12"),
                    row("2024", "rc", "fl", "N"),
                    row("2024", "RC", "XX", "7"))));
    SchoolReturn school = only(ctf, "rc.xml", xml);

    assertThat(school.collection()).isEqualTo("READING_CHECK");
    assertThat(school.laestab().value()).isEqualTo("3302001");
    assertThat(school.year()).isEqualTo(2024);
    assertThat(school.pupils())
        .extracting(PupilRecord::forename, PupilRecord::items)
        .containsExactly(
            tuple("A", Map.of("word_reading", "32", "fluency", "F")),
            tuple("B", Map.of("word_reading", "12", "fluency", "N")));
    assertThat(school.skipped())
        .containsExactlyEntriesOf(Map.of("assessments of stages other than the reading check", 1));
    assertThat(school.parseIssues())
        .extracting(ValidationIssue::ruleId, ValidationIssue::row, ValidationIssue::message)
        .containsExactly(
            tuple(
                "R20",
                2,
                "A reading check result has Subject RC and Component XX, which is not a known"
                    + " reading check item, so it was not counted. Tell the LA which subject it is"
                    + " so the mapping can be extended."));
    assertThat(school.parseIssues().get(0).allowed())
        .isEqualTo("RC/WR (word_reading), RC/FL (fluency) or a known alias");
  }

  @Test
  void aCtfWithKs1TeacherAssessmentsAndReadingCheckResultsGivesAReturnOfEach() throws Exception {
    String ta =
        "<StageAssessment><Year>2024</Year><Subject>ENG</Subject><Method>TA</Method>"
            + "<Component>AT2</Component><Result>EXS</Result></StageAssessment>";
    String xml =
        ctf(
            pupil("A", keyStage("RC", row("2024", "RC", "WR", "32")) + keyStage("KS1", ta)),
            pupil("B", keyStage("RC", row("2024", "RC", "WR", "12"))));
    List<SchoolReturn> returns =
        ctf.parse(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            facts("both.xml"),
            2027);

    assertThat(returns)
        .extracting(SchoolReturn::collection)
        .containsExactly(Ks1Ta.ID, "READING_CHECK");
    SchoolReturn ks1 = returns.get(0);
    assertThat(ks1.pupils())
        .extracting(PupilRecord::forename, PupilRecord::items)
        .containsExactly(tuple("A", Map.of("reading", "EXS")));
    assertThat(ks1.skipped())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "assessments of other stages", 2, "pupils without KS1 TA results for the year", 1));
    assertThat(returns.get(1).pupils())
        .extracting(PupilRecord::forename, PupilRecord::items)
        .containsExactly(
            tuple("A", Map.of("word_reading", "32")), tuple("B", Map.of("word_reading", "12")));
    assertThat(returns.get(1).skipped())
        .containsExactlyEntriesOf(Map.of("assessments of stages other than the reading check", 1));
  }

  @Test
  void theSameParserReadsAKs1CtfAsKs1() throws Exception {
    SchoolReturn school =
        ctf.parse(
                new ByteArrayInputStream(Samples.bytes("ks1-synthetic.ctf.xml")),
                facts("s.xml"),
                2027)
            .get(0);
    assertThat(school.collection()).isEqualTo(Ks1Ta.ID);
    assertThat(school.year()).isEqualTo(2023);
    assertThat(school.pupils().get(0).items())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("reading", "EXS", "writing", "WTS", "maths", "GDS", "science", "EXS"));
  }

  @Test
  void aCtfOfNeitherCollectionNamesBoth() {
    String xml = ctf(pupil("A", keyStage("KS2", row("2024", "ENG", "SUB", "110"))));
    assertThatThrownBy(() -> only(ctf, "ks2.xml", xml))
        .isInstanceOf(FileRejectedException.class)
        .extracting(e -> ((FileRejectedException) e).reasons())
        .satisfies(
            reasons ->
                assertThat(reasons)
                    .extracting(ValidationIssue::ruleId, ValidationIssue::message)
                    .containsExactly(
                        tuple(
                            "F05",
                            "The file has 1 pupil(s) but no KS1 teacher-assessment results or"
                                + " reading check results (skipped: 1 assessments of other"
                                + " stages, 1 pupils without KS1 TA results for the year). Export"
                                + " the KS1 TA CTF or reading check CTF from the school's MIS.")));
  }

  @Test
  void aCsvWithTheReadingChecksColumnsIsAReadingCheckReturn() throws Exception {
    String file =
        "School DFE,UPN,Forename,Surname,Gender,Date of birth,Word reading mark,Fluency\n"
            + "3302001,X330200110001,Alpha,Test,F,14/10/2017,32.0,F\n"
            + "3302001,X330200110002,Bravo,Test,M,03/05/2018,,N\n";
    SchoolReturn school = only(csv, "RC_3302001_23.csv", file);

    assertThat(school.collection()).isEqualTo("READING_CHECK");
    assertThat(school.year()).isEqualTo(2023); // the file name's token, school and year
    assertThat(school.pupils())
        .extracting(PupilRecord::forename, PupilRecord::dateOfBirth, PupilRecord::items)
        .containsExactly(
            tuple("Alpha", "2017-10-14", Map.of("word_reading", "32", "fluency", "F")),
            tuple("Bravo", "2018-05-03", Map.of("fluency", "N")));
    assertThat(school.columns())
        .extracting(Map::values)
        .satisfies(
            v ->
                assertThat(List.copyOf(v))
                    .containsExactly(
                        "School DFE",
                        "UPN",
                        "Forename",
                        "Surname",
                        "Gender",
                        "Date of birth",
                        "Word reading mark",
                        "Fluency"));
  }

  @Test
  void aCsvLackingARequiredReadingCheckColumnNamesItInTheReadingChecksWords() {
    String file =
        "School DFE,UPN,Forename,Surname,Gender,Date of birth,Word reading\n"
            + "3302001,X330200110001,Alpha,Test,F,14/10/2017,32\n";
    assertThatThrownBy(() -> only(csv, "rc.csv", file))
        .isInstanceOf(FileRejectedException.class)
        .extracting(e -> ((FileRejectedException) e).reasons())
        .satisfies(
            reasons ->
                assertThat(reasons)
                    .extracting(
                        ValidationIssue::ruleId, ValidationIssue::message, ValidationIssue::allowed)
                    .containsExactly(
                        tuple(
                            "F12",
                            "The header row (row 1) of rc.csv lacks the column(s) Reading check:"
                                + " fluency. Use the template's column names (any case and"
                                + " spacing); extra columns are fine.",
                            "A header row (in the first 20 rows) naming School DFE, UPN,"
                                + " Forename, Surname, Gender, Date of birth and Reading check:"
                                + " word reading, fluency")));
  }

  @Test
  void aKs1CsvIsStillKs1() throws Exception {
    String file =
        "School DFE,UPN,Forename,Surname,Gender,Date of birth,Reading,Writing,Maths,Science\n"
            + "3302001,X330200110001,Alpha,Test,F,14/10/2015,EXS,WTS,GDS,EXS\n";
    SchoolReturn school = only(csv, "ks1.csv", file);
    assertThat(school.collection()).isEqualTo(Ks1Ta.ID);
    assertThat(school.pupils().get(0).items())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("reading", "EXS", "writing", "WTS", "maths", "GDS", "science", "EXS"));
  }

  private static SchoolReturn only(FileParser parser, String name, String content)
      throws FileRejectedException {
    List<SchoolReturn> schools =
        parser.parse(
            new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), facts(name), 2027);
    assertThat(schools).hasSize(1);
    return schools.get(0);
  }

  private static FileFacts facts(String name) {
    return new FileFacts("id", "330", name, "sha", "CSV", 1, Instant.EPOCH);
  }

  private static String ctf(String... pupils) {
    return "<CTfile><Header><CTFversion>22.0</CTFversion><SourceSchool><LEA>330</LEA>"
        + "<Estab>2001</Estab><SchoolName>Toy Primary</SchoolName></SourceSchool></Header>"
        + "<CTFpupilData>"
        + String.join("", pupils)
        + "</CTFpupilData></CTfile>";
  }

  private static String pupil(String forename, String stageAssessments) {
    return "<Pupil><UPN>X33020011000"
        + forename.length()
        + "</UPN><Surname>Test</Surname><Forename>"
        + forename
        + "</Forename><DOB>2017-10-14</DOB><Gender>F</Gender><StageAssessments>"
        + stageAssessments
        + "</StageAssessments></Pupil>";
  }

  private static String keyStage(String stage, String... rows) {
    return "<KeyStage><Stage>" + stage + "</Stage>" + String.join("", rows) + "</KeyStage>";
  }

  private static String row(String year, String subject, String component, String result) {
    return "<StageAssessment><Year>"
        + year
        + "</Year><Subject>"
        + subject
        + "</Subject><Method>TT</Method><Component>"
        + component
        + "</Component><Result>"
        + result
        + "</Result></StageAssessment>";
  }
}
