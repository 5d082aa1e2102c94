package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.store.Store;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.topic.Topics;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.TestUpns;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;

/** The writer against a real DuckDB file: figures, replacement, replay and atomicity. */
class StoreWriterTest {
  @TempDir Path dir;
  private StoreFixture fx;
  private Store store;
  private StoreWriter writer;

  @BeforeEach
  void open() throws SQLException {
    fx = new StoreFixture(dir);
    store = fx.store;
    writer = fx.writer;
  }

  @AfterEach
  void close() throws SQLException {
    fx.close();
  }

  private static SubmissionValidated validated(
      String id,
      String laestab,
      List<PupilRecord> pupils,
      List<ValidationIssue> issues,
      Instant at) {
    return StoreFixture.validated(id, laestab, pupils, issues, at);
  }

  private CommitSummary write(Object... events) throws SQLException {
    return fx.write(events);
  }

  private List<String> rows(String sql) throws SQLException {
    return fx.rows(sql);
  }

  private static ValidationIssue issue(int row, Field field, Effect effect) {
    return new ValidationIssue("X", Severity.ERROR, effect, row, field, "v", "m", "a");
  }

  @Test
  void writesFiguresFromPupilRowsWithSubjectAndRecordErrorsApplied() throws SQLException {
    List<PupilRecord> pupils =
        List.of(
            Records.pupil(1, TestUpns.unique("801", "2000", 1), "GDS", "GDS", "GDS", "EXS"),
            Records.pupil(2, TestUpns.unique("801", "2000", 2), "EXS", "WTS", "EXS", "HNM"),
            Records.pupil(3, TestUpns.unique("801", "2000", 3), "HNM", "EXS", "EXS", "EXS"),
            Records.pupil(4, "bad", "EXS", "EXS", "EXS", "EXS"));
    write(
        validated(
            "S1",
            "8012000",
            pupils,
            List.of(
                issue(3, Subject.READING.field(), Effect.SUBJECT),
                issue(4, Field.UPN, Effect.RECORD)),
            Instant.parse("2023-06-21T09:00:00Z")));

    assertThat(
            rows(
                "SELECT las, schools, pupils, reading_eligible, reading_exs_plus, reading_gds,"
                    + " writing_exs_plus, science_eligible, science_exs, rwm_eligible, rwm_exs_plus,"
                    + " rwm_gds, round(rwm_exs_plus_pct, 4), updated_at::VARCHAR FROM national_summary"))
        .containsExactly("1|1|3|2|2|1|2|3|2|2|1|1|50.0|2023-06-21 09:00:00");
    assertThat(rows("SELECT region, pupils FROM region_summary")).containsExactly("South West|3");
    assertThat(rows("SELECT status, pupils, errors, queries FROM submissions"))
        .containsExactly("successful with errors|4|2|0");
    assertThat(rows("SELECT count(*) FROM pupil_identities")).containsExactly("4");
    assertThat(
            rows(
                "SELECT subject, code, pupils FROM code_counts WHERE level = 'school'"
                    + " AND subject = 'reading' ORDER BY code"))
        .containsExactly("reading|EXS|1", "reading|GDS|1");
  }

  @Test
  void aScaledScoreErrorLeavesOutThatScoreOnly() throws SQLException {
    PupilRecord pupil =
        Records.withScore(
            Records.withScore(
                Records.pupil(1, TestUpns.unique("801", "2000", 1), "GDS", "EXS", "EXS", "EXS"),
                ScaledScore.READING,
                "101"),
            ScaledScore.MATHS,
            "116");
    SubmissionValidated v =
        new SubmissionValidator(RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())))
            .validate(
                Records.submission("8012000", 2023, List.of(pupil)),
                Instant.parse("2023-06-21T09:00:00Z"));
    assertThat(v.issues())
        .extracting(ValidationIssue::ruleId, ValidationIssue::effect)
        .containsExactly(org.assertj.core.api.Assertions.tuple("R03", Effect.SCORE));
    write(v);
    assertThat(
            rows(
                "SELECT counts, reading, reading_score, maths_score, gps_score FROM pupil_records"))
        .containsExactly("true|GDS|101|null|null");
    assertThat(rows("SELECT pupils, reading_gds FROM national_summary")).containsExactly("1|1");
  }

  @Test
  void aResubmissionReplacesTheSchoolsDataAndAReplayChangesNothing() throws SQLException {
    var first =
        validated(
            "S1",
            "8012000",
            List.of(Records.pupil(1)),
            List.of(),
            Instant.parse("2023-06-21T09:00:00Z"));
    var second =
        validated(
            "S2",
            "8012000",
            List.of(
                Records.pupil(1),
                Records.pupil(2, TestUpns.unique("801", "2000", 9), "GDS", "GDS", "GDS", "EXS")),
            List.of(),
            Instant.parse("2023-06-22T09:00:00Z"));
    write(first);
    write(second);
    write(first, second); // replayed after a crash

    assertThat(rows("SELECT submission_id, status, replaced_by FROM submissions ORDER BY 1"))
        .containsExactly("S1|overwritten|S2", "S2|successful|null");
    assertThat(rows("SELECT pupils, reading_gds FROM national_summary")).containsExactly("2|1");
    assertThat(rows("SELECT count(*) FROM pupil_records")).containsExactly("2");
  }

  @Test
  void aDeletionRemovesTheCurrentSubmissionFromEveryFigure() throws SQLException {
    write(
        validated(
            "S1",
            "8012000",
            List.of(Records.pupil(1)),
            List.of(),
            Instant.parse("2023-06-21T09:00:00Z")));
    write(
        new DeletionRequested(
            "S1", "8012000", Instant.parse("2023-06-23T09:00:00Z"), "sent in error"));
    CommitSummary deleted =
        write(
            new DeletionRequested(
                "S1", "8012000", Instant.parse("2023-06-24T09:00:00Z"), "asked twice"));
    assertThat(rows("SELECT status, status_changed_at::VARCHAR FROM submissions"))
        .containsExactly("deleted|2023-06-23 09:00:00");
    assertThat(deleted.deletions())
        .containsExactly(
            new CommitSummary.Deletion(
                "S1", false, "S1 is deleted: only a school's current submission can be deleted"));
    assertThat(rows("SELECT count(*) FROM national_summary")).containsExactly("0");
    assertThat(rows("SELECT count(*) FROM pupil_identities")).containsExactly("0");
  }

  @Test
  void aDeletionRefusedInTheBatchThatOverwroteTheSubmissionSaysItIsOverwritten()
      throws SQLException {
    write(
        validated(
            "S1",
            "8012000",
            List.of(Records.pupil(1)),
            List.of(),
            Instant.parse("2023-06-21T09:00:00Z")));
    CommitSummary batch =
        write(
            validated(
                "S2",
                "8012000",
                List.of(Records.pupil(1)),
                List.of(),
                Instant.parse("2023-06-22T09:00:00Z")),
            new DeletionRequested(
                "S1", "8012000", Instant.parse("2023-06-23T09:00:00Z"), "the old one"));
    assertThat(batch.deletions())
        .containsExactly(
            new CommitSummary.Deletion(
                "S1",
                false,
                "S1 is overwritten: only a school's current submission can be deleted"));
  }

  @Test
  void aFailedBatchLeavesNothingBehindNotEvenItsOffsets() throws SQLException {
    var good = validated("S1", "8012000", List.of(Records.pupil(1)), List.of(), Instant.now());
    var dead = new DeadLetter("x/0@1", "poison", "8012000", new byte[0], Instant.EPOCH);
    List<Incoming> consumed =
        List.of(
            new Incoming(Topics.VALIDATED.name(), 0, 41), new Incoming(Topics.DLQ.name(), 0, 7));
    // the last step of the batch fails after the submission's rows were appended
    sql("DROP TABLE dead_letters");
    assertThatThrownBy(() -> writer.write(List.of(good, dead), consumed))
        .isInstanceOf(SQLException.class);
    assertThat(rows("SELECT count(*) FROM submissions")).containsExactly("0");
    assertThat(rows("SELECT count(*) FROM pupil_records")).containsExactly("0");
    assertThat(rows("SELECT count(*) FROM school_counts")).containsExactly("0");
    assertThat(rows("SELECT count(*) FROM consumer_offsets")).containsExactly("0");

    sql(
        "CREATE TABLE dead_letters (origin VARCHAR, record_key VARCHAR, reason VARCHAR,"
            + " submission_id VARCHAR, recorded_at TIMESTAMP)");
    writer.write(List.of(good, dead), consumed);
    assertThat(rows("SELECT count(*) FROM submissions")).containsExactly("1");
    assertThat(rows("SELECT laestab, pupils FROM school_counts")).containsExactly("8012000|1");
    assertThat(rows("SELECT origin, reason FROM dead_letters")).containsExactly("x/0@1|poison");
    assertThat(store.offsets())
        .isEqualTo(
            Map.of(Topics.VALIDATED.name(), Map.of(0, 42L), Topics.DLQ.name(), Map.of(0, 8L)));
  }

  @Test
  void eachBatchMovesTheOffsetsOfItsPartitionsOnAndLeavesTheOthers() throws SQLException {
    writer.write(List.of(), List.of(validatedAt(0, 10), validatedAt(1, 20), validatedAt(0, 11)));
    writer.write(List.of(), List.of(validatedAt(1, 21), validatedAt(2, 5)));
    writer.write(List.of(), List.of(validatedAt(0, 12), validatedAt(2, 6), validatedAt(1, 22)));
    writer.write(List.of(), List.of(validatedAt(2, 7)));

    assertThat(store.offsets())
        .isEqualTo(Map.of(Topics.VALIDATED.name(), Map.of(0, 13L, 1, 23L, 2, 8L)));
    assertThat(rows("SELECT count(*) FROM consumer_offsets")).containsExactly("3");
  }

  private static Incoming validatedAt(int partition, long offset) {
    return new Incoming(Topics.VALIDATED.name(), partition, offset);
  }

  private void sql(String statement) throws SQLException {
    fx.sql(statement);
  }

  @Test
  void anUploadErrorIsASubmissionWithItsReasons() throws SQLException {
    var facts =
        new uk.ks1.core.event.FileFacts(
            "f1", "330", "bad.xml", "abc", "CTF", 10, Instant.parse("2023-06-20T10:00:00Z"));
    var reason =
        new ValidationIssue(
            "F01", Severity.ERROR, Effect.FILE, null, Field.FILE, "", "not XML", "a CTF");
    CommitSummary summary =
        write(
            new FileProcessed(
                facts,
                false,
                List.of(),
                List.of(),
                List.of(reason),
                Map.of(),
                Instant.parse("2023-06-20T10:00:01Z")));
    assertThat(rows("SELECT submission_id, la_code, status, errors FROM submissions"))
        .containsExactly("F-f1|330|upload error|1");
    assertThat(rows("SELECT rule_id, severity, message FROM validation_issues"))
        .containsExactly("F01|error|not XML");
    assertThat(summary.files())
        .extracting(CommitSummary.RecordedFile::accepted)
        .containsExactly(false);
  }
}
