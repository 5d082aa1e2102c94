package uk.ks1.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.ingest.Ks1Registry;
import uk.ks1.ingest.zip.ZipBundle;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.Ks1Items;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;
import uk.ks1.testkit.ZipBuilder;

/** Templates, many schools and zips through {@link FileIntake}, with every parser. */
class FileIntakeBundleTest {
  @TempDir Path dir;
  private final Instant now = Instant.parse("2023-06-21T09:00:00Z");
  private final FileIntake intake =
      FileIntake.standard(Ks1Registry.KS1, LaRegistry.standard(), 100_000, 2023);

  private static List<TestPupil> pupils(String laestab, int n) {
    List<TestPupil> list = new java.util.ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(
          TestPupil.of(
              TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), i),
              "EXS",
              "WTS",
              "GDS",
              "EXS"));
    }
    return list;
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void aCsvOfManySchoolsIsOneSubmissionPerSchool() throws Exception {
    byte[] csv =
        TemplateBuilder.template()
            .school("3302001", pupils("3302001", 2))
            .school("3302002", pupils("3302002", 3))
            .csv();
    List<IntakeResult> results = intake.intake(write("trust.csv", csv), "330", now);
    assertThat(results).hasSize(1);
    IntakeResult r = results.get(0);
    assertThat(r.accepted()).isTrue();
    assertThat(r.submissions())
        .extracting(SubmissionReceived::laestab, s -> s.pupils().size(), SubmissionReceived::year)
        .containsExactly(tuple("3302001", 2, 2023), tuple("3302002", 3, 2023));
    assertThat(r.outcome().laestabs()).containsExactly("3302001", "3302002");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void anAcceptedFileRunsNoPupilRuleAndNamesTheSchoolsColumnsForItsReport() throws Exception {
    List<TestPupil> ps = pupils("3302001", 2);
    String badUpn = TestUpns.withWrongCheckLetter(ps.get(0).upn());
    byte[] csv =
        TemplateBuilder.template()
            .otherHeaderNames()
            .school(
                "3302001",
                List.of(
                    ps.get(0).withUpn(badUpn),
                    TestPupil.of(ps.get(1).upn(), "HNM", "EXS", "EXS", "EXS")))
            .csv();
    IntakeResult r = intake.intake(write("ks1.csv", csv), "330", now).get(0);
    assertThat(r.accepted()).isTrue();
    // the validate role runs the rules, once; the intake passes the values on as written
    assertThat(r.problems()).isEmpty();
    assertThat(r.submissions().get(0).pupils())
        .extracting(
            p -> p.upn(), p -> Ks1Items.results(p).get(uk.ks1.collections.ks1ta.Subject.READING))
        .containsExactly(tuple(badUpn, "EXS"), tuple(ps.get(1).upn(), "HNM"));
    assertThat(r.columns())
        .containsEntry(Field.UPN, "upn")
        .containsEntry(Subject.READING.field(), "KS1 Reading TA");
    assertThat(r.outcome().reportColumns())
        .containsEntry("UPN", "upn")
        .containsEntry("Reading", "KS1 Reading TA");
  }

  @Test
  void aZipIsEachFileAsIfDroppedAloneThenTheZipItself() throws Exception {
    byte[] zip =
        ZipBuilder.zip()
            .entry(
                "trust/3302001.xml",
                CtfBuilder.school("3302001").pupils(pupils("3302001", 2)).bytes())
            .entry(
                "trust/more.csv",
                TemplateBuilder.template().school("3302002", pupils("3302002", 1)).csv())
            .entry(
                "other-la.csv",
                TemplateBuilder.template().school("9302001", pupils("9302001", 1)).csv())
            .entry("letter.docx", "hello".getBytes(StandardCharsets.UTF_8))
            .entry("inner.zip", ZipBuilder.zip().entry("x.csv", new byte[] {1}).bytes())
            .entry("__MACOSX/._more.csv", new byte[] {1})
            .bytes();
    List<IntakeResult> results = intake.intake(write("bundle.zip", zip), "330", now);
    assertThat(results)
        .extracting(r -> r.facts().fileName(), r -> r.facts().format(), IntakeResult::accepted)
        .containsExactly(
            tuple("bundle.zip!trust!3302001.xml", "CTF", true),
            tuple("bundle.zip!trust!more.csv", "CSV", true),
            tuple("bundle.zip!other-la.csv", "CSV", false),
            tuple("bundle.zip!letter.docx", "unknown", false),
            tuple("bundle.zip!inner.zip", "ZIP", false),
            tuple("bundle.zip", "ZIP", true));
    assertThat(
            results.stream()
                .map(r -> r.outcome().reasons())
                .map(l -> l.isEmpty() ? "" : l.get(0).ruleId()))
        .containsExactly("", "", "F04", "F02", "F14", "");
    IntakeResult zipItself = results.get(5);
    assertThat(zipItself.submissions()).isEmpty();
    assertThat(zipItself.outcome().skipped()).isEqualTo(Map.of(ZipBundle.SYSTEM_FILES, 1));
    assertThat(results.get(0).submissions().get(0).file().fileName())
        .isEqualTo("bundle.zip!trust!3302001.xml");
    assertThat(results.get(2).unpacked()).isNotNull();
    assertThat(results.get(0).unpacked()).isNull();
    assertThat(results.stream().map(r -> r.facts().fileId()).distinct()).hasSize(6);
  }

  @Test
  void aHostileZipIsRejectedWholeAndNothingInItCounts() throws Exception {
    byte[] zip =
        ZipBuilder.zip()
            .entry("3302001.xml", CtfBuilder.school("3302001").pupils(pupils("3302001", 2)).bytes())
            .entry("../../etc/passwd", new byte[] {1})
            .bytes();
    List<IntakeResult> results = intake.intake(write("evil.zip", zip), "330", now);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).outcome().reasons())
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F13");
    assertThat(results.get(0).submissions()).isEmpty();
  }

  @Test
  void anEntryOverTheSizeLimitIsRejectedAloneWithoutBeingKept() throws Exception {
    FileIntake small =
        new FileIntake(
            Ks1Registry.KS1,
            LaRegistry.standard(),
            FileIntake.standardParsers(Ks1Registry.KS1, 100),
            2_000,
            2023);
    byte[] big = "UPN,School DFE\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    byte[] zip =
        ZipBuilder.zip()
            .entry("big.csv", big)
            .entry(
                "ok.csv", TemplateBuilder.template().school("3302002", pupils("3302002", 1)).csv())
            .bytes();
    List<IntakeResult> results = small.intake(write("b.zip", zip), "330", now);
    assertThat(results)
        .extracting(r -> r.facts().fileName(), IntakeResult::accepted)
        .containsExactly(
            tuple("b.zip!big.csv", false), tuple("b.zip!ok.csv", true), tuple("b.zip", true));
    assertThat(results.get(0).outcome().reasons().get(0).ruleId()).isEqualTo("F08");
    assertThat(results.get(0).outcome().reasons().get(0).message())
        .contains("b.zip!big.csv is 3000 bytes; the limit is 2000 bytes");
  }

  @Test
  void anEmptyFileOfAnyTypeIsEmpty() throws Exception {
    for (String name : List.of("e.xml", "e.csv", "e.xlsx")) {
      IntakeResult r = intake.intake(write(name, new byte[0]), "330", now).get(0);
      assertThat(r.outcome().reasons())
          .as(name)
          .extracting(ValidationIssue::ruleId)
          .containsExactly("F10");
    }
  }
}
