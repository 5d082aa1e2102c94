package uk.ks1.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.collection.CollectionWindow;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.ingest.Ks1Registry;
import uk.ks1.ingest.ctf.CtfParser;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

class FileIntakeTest {
  @TempDir Path dir;
  private final Instant now = Instant.parse("2023-06-21T09:00:00Z");
  private final FileIntake intake =
      new FileIntake(
          Ks1Registry.KS1,
          LaRegistry.standard(),
          Map.of(FileFormat.CTF, new CtfParser(Ks1Registry.KS1)),
          10_000,
          2027);

  private static IntakeResult only(java.util.List<IntakeResult> results) {
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private Path ctf(String laestab) {
    return CtfBuilder.school(laestab)
        .pupil(
            TestPupil.of(
                TestUpns.unique(laestab.substring(0, 3), "2001", 1), "EXS", "EXS", "EXS", "EXS"))
        .writeTo(dir);
  }

  @Test
  void acceptsACtfAsOneSubmissionWithStableIds() throws Exception {
    Path file = ctf("3302001");
    IntakeResult first = only(intake.intake(file, "330", now));
    IntakeResult again = only(intake.intake(file, "330", now.plusSeconds(60)));

    assertThat(first.accepted()).isTrue();
    SubmissionReceived s = first.submissions().get(0);
    assertThat(s.laestab()).isEqualTo("3302001");
    assertThat(s.year()).isEqualTo(2023);
    assertThat(s.submissionId()).startsWith("3302001-");
    assertThat(first.outcome().submissionIds()).containsExactly(s.submissionId());
    assertThat(again.submissions().get(0).submissionId()).isEqualTo(s.submissionId());
    assertThat(first.facts().sha256()).hasSize(64);
  }

  @Test
  void aWindowTakesFilesForItsYearsOnlyAndNoneTakesEvery() throws Exception {
    Path file = ctf("3302001"); // a 2023 return
    IntakeResult outside =
        only(intake.within(new CollectionWindow(2024, 2025)).intake(file, "330", now));
    assertThat(outside.accepted()).isFalse();
    assertThat(outside.submissions()).isEmpty();
    assertThat(outside.outcome().reasons())
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F06", "2023"));
    assertThat(outside.outcome().reasons().get(0).message())
        .isEqualTo(
            "The results of school 3302001 are for the summer of 2023, but this service takes"
                + " files for 2024 to 2025 only; nothing in this file was counted. Send the 2025"
                + " results, or ask the LA to load 2023 on its own.");
    assertThat(
            only(intake.within(new CollectionWindow(2023, 2023)).intake(file, "330", now))
                .accepted())
        .isTrue();
    assertThat(only(intake.intake(file, "330", now)).accepted()).isTrue();
  }

  @Test
  void aWindowIsOneYearOrARange() {
    assertThat(CollectionWindow.parse("2023")).contains(new CollectionWindow(2023, 2023));
    assertThat(CollectionWindow.parse(" 2022 - 2023 ")).contains(new CollectionWindow(2022, 2023));
    assertThat(CollectionWindow.parse("2023-2022")).isEmpty();
    assertThat(CollectionWindow.parse("2022/23")).isEmpty();
    assertThat(CollectionWindow.ANY.contains(2016)).isTrue();
  }

  @Test
  void rejectsASchoolFromAnotherLasFolder() throws Exception {
    IntakeResult r = only(intake.intake(ctf("9302001"), "330", now));
    assertThat(r.accepted()).isFalse();
    assertThat(r.submissions()).isEmpty();
    assertThat(r.outcome().reasons())
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F04", "9302001"));
    assertThat(r.outcome().reasons().get(0).message())
        .contains("belongs to LA 930", "folder of LA 330 (Birmingham)");
  }

  @Test
  void rejectsAFolderThatIsNotAnLa() throws Exception {
    IntakeResult r = only(intake.intake(ctf("3302001"), "999", now));
    assertThat(r.outcome().reasons()).extracting(ValidationIssue::ruleId).containsExactly("F09");
  }

  @Test
  void rejectsFilesOverTheSizeLimitWithoutReadingThem() throws Exception {
    Path big = dir.resolve("big.xml");
    Files.write(big, new byte[20_000]);
    IntakeResult r = only(intake.intake(big, "330", now));
    assertThat(r.outcome().reasons()).extracting(ValidationIssue::ruleId).containsExactly("F08");
    assertThat(r.outcome().reasons().get(0).message()).contains("20000 bytes", "10000 bytes");
  }

  @Test
  void rejectsAnUnsupportedTypeAndWritesAReadableReport() throws Exception {
    Path doc = dir.resolve("results.docx");
    Files.writeString(doc, "hello", StandardCharsets.UTF_8);
    IntakeResult r = only(intake.intake(doc, "330", now));
    assertThat(r.outcome().reasons()).extracting(ValidationIssue::ruleId).containsExactly("F02");
    assertThat(RejectionReport.text(r))
        .contains("results.docx", "Nothing in this file was counted", "[F02]", "Allowed: CTF");
  }

  @Test
  void rejectsBinaryJunkNamedXml() throws Exception {
    Path junk = dir.resolve("junk.xml");
    Files.write(junk, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 42});
    IntakeResult r = only(intake.intake(junk, "330", now));
    assertThat(r.outcome().reasons()).extracting(ValidationIssue::ruleId).containsExactly("F01");
  }
}
