package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ks1.aggregate.writer.StoreFixture.accepted;
import static uk.ks1.aggregate.writer.StoreFixture.file;
import static uk.ks1.aggregate.writer.StoreFixture.validated;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.TestUpns;

/**
 * The chronology of a school's submissions: replaced, duplicated, reverted, processing, deleted.
 */
class SubmissionHistoryTest {
  private static final Instant T1 = Instant.parse("2023-06-20T09:00:00Z");
  private static final Instant T2 = Instant.parse("2023-06-21T09:00:00Z");
  private static final Instant T3 = Instant.parse("2023-06-22T09:00:00Z");
  private static final List<PupilRecord> TWO_PUPILS =
      List.of(
          Records.pupil(1, TestUpns.unique("330", "2001", 1), "GDS", "EXS", "EXS", "EXS"),
          Records.pupil(2, TestUpns.unique("330", "2001", 2), "WTS", "WTS", "WTS", "HNM"));

  @TempDir Path dir;
  private StoreFixture fx;

  @BeforeEach
  void open() throws SQLException {
    fx = new StoreFixture(dir);
  }

  @AfterEach
  void close() throws SQLException {
    fx.close();
  }

  private static SubmissionValidated from(String id, FileFacts f) {
    return validated(id, "3302001", f, TWO_PUPILS, List.of());
  }

  @Test
  void theSameContentAsTheSchoolsCurrentSubmissionIsADuplicateThatReplacesNothing()
      throws SQLException {
    FileFacts first = file("f1", "330", "3302001_KS1_330LLLL_001.xml", "A", T1);
    FileFacts again = file("f2", "330", "copy of my return.xml", "A", T2);
    SubmissionValidated s1 = from("S1", first);
    SubmissionValidated s2 = from("S2", again);
    fx.write(accepted(first, List.of(s1)), s1);
    // the file's outcome comes first, its submission in a later batch (another topic)
    fx.write(accepted(again, List.of(s2)));
    assertThat(fx.rows("SELECT status FROM submissions WHERE submission_id = 'S2'"))
        .containsExactly("processing");
    fx.write(s2);

    assertThat(
            fx.rows(
                "SELECT submission_id, status, replaced_by, duplicate_of FROM submissions"
                    + " ORDER BY received_at"))
        .containsExactly("S1|successful|null|null", "S2|duplicate|null|S1");
    assertThat(fx.rows("SELECT file_name, outcome, duplicate_of FROM files ORDER BY received_at"))
        .containsExactly(
            "3302001_KS1_330LLLL_001.xml|accepted|null", "copy of my return.xml|duplicate|S1");
    assertThat(fx.rows("SELECT DISTINCT submission_id, held_since::VARCHAR FROM pupil_records"))
        .containsExactly("S1|2023-06-20 09:00:00");
    assertThat(fx.rows("SELECT schools, pupils, reading_gds FROM national_summary"))
        .containsExactly("1|2|1");
  }

  @Test
  void aDuplicateIsRecognisedWhicheverOfItsFileOutcomeAndSubmissionComesFirst()
      throws SQLException {
    FileFacts first = file("f1", "330", "a.xml", "A", T1);
    FileFacts again = file("f2", "330", "b.xml", "A", T2);
    SubmissionValidated s1 = from("S1", first);
    SubmissionValidated s2 = from("S2", again);
    fx.write(s1, accepted(first, List.of(s1)));
    fx.write(s2);
    fx.write(accepted(again, List.of(s2)));
    assertThat(fx.rows("SELECT file_name, outcome, duplicate_of FROM files ORDER BY file_name"))
        .containsExactly("a.xml|accepted|null", "b.xml|duplicate|S1");
  }

  @Test
  void contentIdenticalToAnOverwrittenFileIsARevertAndReplaces() throws SQLException {
    SubmissionValidated s1 = from("S1", file("f1", "330", "a.xml", "A", T1));
    SubmissionValidated s2 =
        validated(
            "S2",
            "3302001",
            file("f2", "330", "b.xml", "B", T2),
            List.of(TWO_PUPILS.get(0)),
            List.of());
    SubmissionValidated s3 = from("S3", file("f3", "330", "a again.xml", "A", T3));
    fx.write(s1);
    fx.write(s2);
    fx.write(s3);
    assertThat(
            fx.rows(
                "SELECT submission_id, status, replaced_by, duplicate_of FROM submissions"
                    + " ORDER BY received_at"))
        .containsExactly(
            "S1|overwritten|S2|null", "S2|overwritten|S3|null", "S3|successful|null|null");
    assertThat(fx.rows("SELECT pupils FROM school_summary")).containsExactly("2");
    // the pupil every file held keeps the time the school's data first held them
    assertThat(
            fx.rows(
                "SELECT row_number, held_since::VARCHAR FROM pupil_records ORDER BY row_number"))
        .containsExactly("1|2023-06-20 09:00:00", "2|2023-06-22 09:00:00");
  }

  @Test
  void aDuplicateInTheSameBatchAsItsOriginalIsRecognisedToo() throws SQLException {
    fx.write(
        from("S1", file("f1", "330", "a.xml", "A", T1)),
        from("S2", file("f2", "330", "b.xml", "A", T2)));
    assertThat(fx.rows("SELECT submission_id, status, duplicate_of FROM submissions ORDER BY 1"))
        .containsExactly("S1|successful|null", "S2|duplicate|S1");
  }

  @Test
  void anUploadErrorFromStrictModeLeavesTheSchoolsCurrentDataAsItWas() throws SQLException {
    fx.write(from("S1", file("f1", "330", "a.xml", "A", T1)));
    SubmissionValidated withErrors =
        validated(
            "S2",
            "3302001",
            file("f2", "330", "b.xml", "B", T2),
            List.of(Records.pupil(1, TestUpns.unique("330", "2001", 1), "D", "EXS", "EXS", "EXS")),
            List.of(
                new ValidationIssue(
                    "X02", Severity.ERROR, Effect.FILE, null, Field.FILE, "1", "strict", "none"),
                new ValidationIssue(
                    "R01",
                    Severity.ERROR,
                    Effect.SUBJECT,
                    1,
                    Subject.READING.field(),
                    "D",
                    "bad",
                    "ok")));
    SubmissionValidated rejected =
        new SubmissionValidated(
            withErrors.submission(),
            SubmissionStatus.UPLOAD_ERROR,
            withErrors.issues(),
            withErrors.validatedAt());
    fx.write(rejected);
    assertThat(fx.rows("SELECT submission_id, status, replaced_by FROM submissions ORDER BY 1"))
        .containsExactly("S1|successful|null", "S2|upload error|null");
    assertThat(fx.rows("SELECT DISTINCT submission_id FROM pupil_records")).containsExactly("S1");
    assertThat(fx.rows("SELECT submission_id, rule_id FROM data_errors"))
        .containsExactly("S2|X02", "S2|R01");
    // once the school sends a later file, the rejected one is history, not a current problem
    fx.write(from("S3", file("f3", "330", "c.xml", "C", T3)));
    assertThat(fx.rows("SELECT submission_id, status, replaced_by FROM submissions ORDER BY 1"))
        .containsExactly("S1|overwritten|S3", "S2|upload error|null", "S3|successful|null");
    assertThat(fx.rows("SELECT count(*) FROM data_errors")).containsExactly("0");
  }

  @Test
  void deletingTheCurrentSubmissionInTheBatchThatBroughtItLeavesNothingCounting()
      throws SQLException {
    CommitSummary summary =
        fx.write(
            from("S1", file("f1", "330", "a.xml", "A", T1)),
            new DeletionRequested("S1", "3302001", T2, "sent in error"),
            new DeletionRequested("S9", "3302001", T2, "no such submission"));
    assertThat(fx.rows("SELECT submission_id, status FROM submissions"))
        .containsExactly("S1|deleted");
    assertThat(fx.rows("SELECT count(*) FROM pupil_records")).containsExactly("0");
    assertThat(summary.deletions())
        .containsExactly(
            new CommitSummary.Deletion("S1", true, null),
            new CommitSummary.Deletion("S9", false, "no submission S9 is in the store"));
  }
}
