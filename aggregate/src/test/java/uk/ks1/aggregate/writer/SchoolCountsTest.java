package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.TestUpns;

/**
 * school_counts, kept batch by batch, always equals counting pupil_results afresh: through
 * resubmissions, a pupil moving between schools in both orders, a school's data dropping the moved
 * pupil, and a deletion that hands the pupil to the other school.
 */
class SchoolCountsTest {
  private static final String MOVED = TestUpns.unique("330", "9999", 1);
  private static final String ALL = StoreFixture.KEPT_COUNTS;
  private static final String FRESH = StoreFixture.FRESH_COUNTS;

  @TempDir Path dir;

  private static SubmissionValidated school(
      String id, String laestab, int day, String reading, boolean holdsMoved) {
    List<PupilRecord> pupils = new ArrayList<>();
    pupils.add(
        Records.pupil(
            1,
            TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), day),
            "EXS",
            "EXS",
            "EXS",
            "EXS"));
    if (holdsMoved) {
      pupils.add(Records.pupil(2, MOVED, reading, "EXS", "WTS", "EXS"));
    }
    return StoreFixture.validated(
        id,
        laestab,
        pupils,
        List.of(),
        Instant.parse("2023-06-01T09:00:00Z").plusSeconds(day * 86400L));
  }

  private static List<Object> history() {
    return List.of(
        school("A1", "3302001", 1, "GDS", true),
        school("B1", "8012000", 2, "WTS", true),
        school("C1", "3302002", 3, "EXS", false),
        school("A2", "3302001", 4, "GDS", false), // A drops the pupil: B's record counts
        school("A3", "3302001", 5, "GDS", true), // back at A, but B has held them longer
        new DeletionRequested("B1", "8012000", Instant.parse("2023-06-10T09:00:00Z"), "x"),
        school("B2", "8012000", 11, "EXS", true));
  }

  @Test
  void keptCountsEqualCountingAfreshAfterEveryBatch() throws SQLException {
    try (StoreFixture fx = new StoreFixture(dir)) {
      for (Object e : history()) {
        fx.write(e);
        assertThat(fx.rows(ALL)).as("after %s", e).isEqualTo(fx.rows(FRESH));
      }
      assertThat(fx.rows("SELECT laestab, pupils, reading_gds FROM school_counts ORDER BY ALL"))
          .containsExactly("3302001|2|1", "3302002|1|0", "8012000|1|0");
      assertThat(fx.rows("SELECT schools, pupils, reading_gds FROM national_summary"))
          .containsExactly("3|4|1");
    }
  }

  @Test
  void countingFromTheRowsGivesWhatCountingInSqlGives() throws SQLException {
    String[][] codes = {
      {"GDS", "GDS", "GDS", "EXS"},
      {"EXS", "GDS", "EXS", "HNM"},
      {"WTS", "EXS", "GDS", "EXS"},
      {"A", "Q", "PK4", "A"},
      {"D", "HNM", "WTS", null},
      {"GDS", "EXS", null, "EXS"},
      {"EXS", "EXS", "EXS", "EXS"},
      {"GDS", "GDS", "GDS", "EXS"}
    };
    List<PupilRecord> pupils = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      pupils.add(
          Records.pupil(
              i + 1,
              TestUpns.unique("330", "2001", i + 1),
              codes[i][0],
              codes[i][1],
              codes[i][2],
              codes[i][3]));
    }
    List<ValidationIssue> issues =
        List.of(
            new ValidationIssue(
                "P03", Severity.ERROR, Effect.RECORD, 8, Field.DATE_OF_BIRTH, "x", "m", "a"),
            new ValidationIssue(
                "R01", Severity.ERROR, Effect.SUBJECT, 1, Subject.WRITING.field(), "x", "m", "a"),
            new ValidationIssue(
                "Q1", Severity.QUERY, Effect.NONE, 2, Subject.MATHS.field(), "x", "m", "a"));
    try (StoreFixture fx = new StoreFixture(dir)) {
      fx.write(
          StoreFixture.validated(
              "A1", "3302001", pupils, issues, Instant.parse("2023-06-01T09:00:00Z")));
      // and a school none of whose records count has no figures at all
      fx.write(
          StoreFixture.validated(
              "C1",
              "3302002",
              List.of(
                  Records.pupil(1, TestUpns.unique("330", "2002", 1), "EXS", "EXS", "EXS", "EXS")),
              List.of(
                  new ValidationIssue(
                      "P03", Severity.ERROR, Effect.RECORD, 1, Field.DATE_OF_BIRTH, "x", "m", "a")),
              Instant.parse("2023-06-02T09:00:00Z")));
      assertThat(fx.rows(ALL)).isEqualTo(fx.rows(FRESH)).hasSize(1);
      assertThat(
              fx.rows(
                  "SELECT pupils, reading_gds, writing_eligible, rwm_eligible, rwm_exs_plus,"
                      + " rwm_gds, science_eligible, science_exs FROM school_counts"))
          .containsExactly("7|2|6|5|2|0|6|4");
    }
  }

  @Test
  void theSameEventsInOneBatchGiveTheSameCounts() throws SQLException {
    List<String> oneByOne;
    try (StoreFixture fx = new StoreFixture(dir.resolve("a"))) {
      for (Object e : history()) {
        fx.write(e);
      }
      oneByOne = fx.rows(ALL);
    }
    try (StoreFixture fx = new StoreFixture(dir.resolve("b"))) {
      fx.write(history().toArray());
      assertThat(fx.rows(ALL)).isEqualTo(fx.rows(FRESH)).isEqualTo(oneByOne);
    }
  }

  @Test
  void aDeletionAndTheSchoolsNextYearInOneBatchLeaveNoCountOfTheDeletedYear() throws SQLException {
    List<PupilRecord> pupils =
        List.of(Records.pupil(1, TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"));
    Instant at = Instant.parse("2024-06-20T09:00:00Z");
    try (StoreFixture fx = new StoreFixture(dir)) {
      fx.write(
          StoreFixture.validated(
              "Y23", "3302001", pupils, List.of(), at.minusSeconds(86400 * 365)));
      fx.write(
          new DeletionRequested("Y23", "3302001", at, "sent in error"),
          StoreFixture.validated(
              "Y24",
              "3302001",
              2024,
              StoreFixture.file("file-Y24", "330", "Y24.xml", "Y24", at),
              pupils,
              List.of()));
      assertThat(fx.rows(ALL)).isEqualTo(fx.rows(FRESH));
      assertThat(fx.rows("SELECT year, laestab, pupils FROM school_counts"))
          .containsExactly("2024|3302001|1");
    }
  }
}
