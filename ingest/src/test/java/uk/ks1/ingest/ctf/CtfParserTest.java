package uk.ks1.ingest.ctf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.ingest.Ks1Registry;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.Ks1Items;
import uk.ks1.testkit.Samples;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

class CtfParserTest {
  private static final FileFacts FACTS =
      new FileFacts("id", "330", "f.xml", "sha", "CTF", 1, Instant.EPOCH);
  private static final IntakeWording WORDING = Ks1Ta.definition().intake().wording();
  private final CtfParser parser = new CtfParser(Ks1Registry.KS1);

  private SchoolReturn parse(byte[] bytes) throws FileRejectedException {
    List<SchoolReturn> schools = parser.parse(new ByteArrayInputStream(bytes), FACTS, 2027);
    assertThat(schools).hasSize(1);
    return schools.get(0);
  }

  private static Map<Subject, String> results(String r, String w, String m, String s) {
    return Map.of(Subject.READING, r, Subject.WRITING, w, Subject.MATHS, m, Subject.SCIENCE, s);
  }

  @Test
  void readsTheSharedSyntheticSample() throws Exception {
    SchoolReturn school;
    try (InputStream in = new ByteArrayInputStream(Samples.bytes("ks1-synthetic.ctf.xml"))) {
      school = parser.parse(in, FACTS, 2027).get(0);
    }
    assertThat(school.laestab().value()).isEqualTo("2019999");
    assertThat(school.schoolName()).isEqualTo("Synthetic Example Primary School");
    assertThat(school.year()).isEqualTo(2023);
    assertThat(school.pupils())
        .extracting(PupilRecord::row, PupilRecord::upn, PupilRecord::sex, Ks1Items::results)
        .containsExactly(
            tuple(1, "X201999920001", "F", results("EXS", "WTS", "GDS", "EXS")),
            tuple(2, "L201999920002", "M", results("PK3", "EM", "PK4", "HNM")),
            tuple(3, "A201999920003", "M", results("A", "A", "A", "A")));
    PupilRecord bravo = school.pupils().get(1);
    assertThat(bravo.formerUpn()).isEqualTo("W20199992001A");
    assertThat(bravo.dateOfBirth()).isEqualTo("2016-05-03");
    assertThat(bravo.ncYear()).isEqualTo("2");
    assertThat(school.parseIssues()).isEmpty();
    assertThat(school.skipped()).isEmpty();
  }

  @Test
  void everyVariantParsesToTheSamePupils() throws Exception {
    List<TestPupil> pupils =
        List.of(
            TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "GDS", "WTS", "EXS")
                .withNames("Zoë", "O'Connor-Brontë"),
            TestPupil.of(TestUpns.unique("330", "2001", 2), "PK1", "EM", "A", "HNM"));
    SchoolReturn plain = parse(CtfBuilder.school("3302001").pupils(pupils).bytes());
    List<byte[]> variants =
        List.of(
            CtfBuilder.school("3302001").pupils(pupils).inNamespace("urn:dfe:ctf").bytes(),
            CtfBuilder.school("3302001").pupils(pupils).withSexElement().bytes(),
            CtfBuilder.school("3302001").pupils(pupils).withBom().bytes(),
            CtfBuilder.school("3302001").pupils(pupils).withCrlf().bytes(),
            CtfBuilder.school("3302001").pupils(pupils).inIso88591().bytes(),
            CtfBuilder.school("3302001")
                .pupils(pupils)
                .components("READ", "WRIT", "MAT", "SCI")
                .bytes(),
            CtfBuilder.school("3302001").pupils(pupils).components("RD", "WR", "MA", "SC").bytes(),
            CtfBuilder.school("3302001").pupils(pupils).withOtherStagesAndBlocks().bytes());
    for (byte[] variant : variants) {
      assertThat(parse(variant).pupils()).isEqualTo(plain.pupils());
    }
    assertThat(plain.pupils().get(0).forename()).isEqualTo("Zoë");
    assertThat(plain.pupils().get(0).surname()).isEqualTo("O'Connor-Brontë");
  }

  @Test
  void countsWhatItSkips() throws Exception {
    SchoolReturn school =
        parse(
            CtfBuilder.school("3302001")
                .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"))
                .withOtherStagesAndBlocks()
                .bytes());
    assertThat(school.skipped())
        .containsExactlyInAnyOrderEntriesOf(Map.of(WORDING.otherStages(), 2));
  }

  @Test
  void takesTheYearOfMostResultsAndQueriesAPupilWithResultsOfAnother() throws Exception {
    String xml =
        CtfBuilder.school("3302001")
            .year(2023)
            .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"))
            .pupil(TestPupil.of(TestUpns.unique("330", "2001", 2), "GDS", "EXS", "EXS", "EXS"))
            .pupil(TestPupil.of(TestUpns.unique("330", "2001", 3), "WTS", "EXS", "EXS", "EXS"))
            .xml();
    // pupil 3's reading mistyped as 2024: one later result must not make a 2024 return
    int third = xml.indexOf("<Year>2023</Year>", xml.indexOf(TestUpns.unique("330", "2001", 3)));
    xml = xml.substring(0, third) + "<Year>2024</Year>" + xml.substring(third + 17);
    SchoolReturn school = parse(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(school.year()).isEqualTo(2023);
    assertThat(school.pupils()).hasSize(3);
    assertThat(Ks1Items.results(school.pupils().get(2)))
        .doesNotContainKey(Subject.READING)
        .containsEntry(Subject.WRITING, "EXS");
    assertThat(school.skipped()).containsEntry(WORDING.otherYears(), 1);
    assertThat(school.parseIssues())
        .extracting(ValidationIssue::ruleId, ValidationIssue::row, ValidationIssue::value)
        .containsExactly(tuple("R21", 3, "2024"));
    assertThat(school.parseIssues().get(0).message())
        .isEqualTo(
            "1 KS1 teacher-assessment result(s) of this pupil are dated 2024, not 2023 like most"
                + " of the file's results, so they were not read for the 2023 return. Check the"
                + " Year of the pupil's results in the MIS.");
  }

  @Test
  void takesTheLaterYearWhenTwoHaveAsManyResults() throws Exception {
    String xml =
        CtfBuilder.school("3302001")
            .year(2023)
            .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"))
            .xml()
            .replaceFirst("<Year>2023</Year>", "<Year>2022</Year>")
            .replaceFirst("<Year>2023</Year>", "<Year>2022</Year>");
    SchoolReturn school = parse(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(school.year()).isEqualTo(2023);
    assertThat(school.skipped()).containsEntry(WORDING.otherYears(), 2);
    assertThat(Ks1Items.results(school.pupils().get(0)))
        .containsOnlyKeys(Subject.MATHS, Subject.SCIENCE);
    assertThat(school.parseIssues())
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("R21", "2022"));
  }

  @Test
  void queriesAnUnknownSubjectComponentPairInsteadOfDroppingIt() throws Exception {
    SchoolReturn school =
        parse(
            CtfBuilder.school("3302001")
                .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"))
                .components("AT2", "XYZ", "SUB", "SUB")
                .bytes());
    assertThat(school.parseIssues())
        .extracting(ValidationIssue::ruleId, ValidationIssue::row, ValidationIssue::value)
        .containsExactly(tuple("R20", 1, "ENG/XYZ"));
  }

  @Test
  void rejectsADtdBeforeReadingAnyContent() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<CTfile><Header><SourceSchool><SchoolName>&xxe;</SchoolName></SourceSchool>"
            + "</Header></CTfile>";
    assertThatThrownBy(() -> parse(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e -> {
              assertThat(e.reasons()).extracting(ValidationIssue::ruleId).containsExactly("F03");
              assertThat(e.reasons().get(0).message()).doesNotContain("root:");
            });
  }

  @Test
  void rejectsAnEntityExpansionBombAtItsDtdWithoutExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE CTfile [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + dtd
            + "<CTfile><Header><SourceSchool><SchoolName>&l10;"
            + "</SchoolName></SourceSchool></Header></CTfile>";
    List<ValidationIssue> reasons =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(2),
            () ->
                uk.ks1.ingest.Rejections.reasons(
                    () -> parse(xml.getBytes(StandardCharsets.UTF_8))));
    assertThat(reasons).extracting(ValidationIssue::ruleId).containsExactly("F03");
    assertThat(reasons.get(0).message()).contains("declares a DTD", "line 2");
  }

  @Test
  void rejectsTruncatedXmlWithWhereItBroke() {
    String xml = CtfBuilder.school("3302001").pupil(TestPupil.of("x", "A", "A", "A", "A")).xml();
    byte[] truncated = xml.substring(0, xml.length() / 2).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parse(truncated))
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e -> {
              assertThat(e.reasons()).extracting(ValidationIssue::ruleId).containsExactly("F01");
              assertThat(e.reasons().get(0).message()).contains("not well-formed XML", "line ");
            });
  }

  @Test
  void rejectsBytesThatAreNotUtf8WhereUtf8IsDeclaredSayingWhere() {
    byte[] xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CTfile>\u00ff</CTfile>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e -> {
              assertThat(e.reasons())
                  .extracting(ValidationIssue::ruleId, ValidationIssue::value)
                  .containsExactly(tuple("F01", "byte 46"));
              assertThat(e.reasons().get(0).message()).contains("is not valid UTF-8");
            });
  }

  @Test
  void rejectsXmlThatIsNotACtf() {
    assertThatThrownBy(() -> parse("<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e -> assertThat(e.reasons().get(0).message()).contains("root element is <html>"));
  }

  @Test
  void rejectsTheMtcSampleAsHavingNoKs1Records() throws Exception {
    byte[] bytes = Samples.bytes("mtc-ks2.ctf.xml");
    assertThatThrownBy(() -> parse(bytes))
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e -> {
              assertThat(e.reasons()).extracting(ValidationIssue::ruleId).containsExactly("F05");
              assertThat(e.reasons().get(0).message()).contains("2 pupil(s)");
            });
  }

  @Test
  void rejectsAHeaderWithoutAValidLaestab() {
    String xml =
        CtfBuilder.school("3302001")
            .pupil(TestPupil.of("x", "A", "A", "A", "A"))
            .xml()
            .replace("<Estab>2001</Estab>", "<Estab>20X1</Estab>");
    assertThatThrownBy(() -> parse(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e ->
                assertThat(e.reasons())
                    .extracting(ValidationIssue::ruleId, ValidationIssue::value)
                    .containsExactly(tuple("F07", "33020X1")));
  }
}
