package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.Ks1Stores;
import uk.ks1.aggregate.store.DataErrorViews;
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
 * A pupil in two schools' current data (a pupil who moved): a query for both, counted once at the
 * school whose data has held the pupil longest, until that school's data no longer holds them; the
 * same answer however the events are batched or replayed.
 */
class MovedPupilTest {
  private static final String MOVED = TestUpns.unique("330", "9999", 1);
  private static final Instant T1 = Instant.parse("2023-06-20T09:00:00Z");
  private static final Instant T2 = Instant.parse("2023-06-21T09:00:00Z");
  private static final Instant T3 = Instant.parse("2023-06-22T09:00:00Z");
  private static final Instant T4 = Instant.parse("2023-06-23T09:00:00Z");

  @TempDir Path dir;
  private StoreFixture fx;

  @BeforeEach
  void open() throws SQLException {
    fx = new StoreFixture(dir.resolve("a"));
  }

  @AfterEach
  void close() throws SQLException {
    fx.close();
  }

  /** School A (3302001): its own pupil in row 1, the moved pupil (GDS reading) in row 2. */
  private static SubmissionValidated schoolA(String id, Instant at, boolean holdsMoved) {
    List<PupilRecord> pupils = new ArrayList<>();
    pupils.add(Records.pupil(1, TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"));
    if (holdsMoved) {
      pupils.add(Records.pupil(2, MOVED, "GDS", "EXS", "EXS", "EXS"));
    }
    return StoreFixture.validated(id, "3302001", pupils, List.of(), at);
  }

  /** School B (8012000, another LA): the moved pupil (WTS reading) in row 3. */
  private static SubmissionValidated schoolB(String id, Instant at) {
    return StoreFixture.validated(
        id,
        "8012000",
        List.of(
            Records.pupil(1, TestUpns.unique("801", "2000", 1), "EXS", "EXS", "EXS", "EXS"),
            Records.pupil(2, TestUpns.unique("801", "2000", 2), "EXS", "EXS", "EXS", "EXS"),
            Records.pupil(3, MOVED, "WTS", "WTS", "WTS", "EXS")),
        List.of(),
        at);
  }

  private String countedAt() throws SQLException {
    List<String> rows =
        fx.rows(
            "SELECT laestab || ':' || reading FROM pupil_results WHERE pupil_key IN"
                + " (SELECT pupil_key FROM pupil_records GROUP BY pupil_key"
                + " HAVING count(DISTINCT laestab) > 1)");
    return rows.isEmpty() ? "nowhere" : String.join(",", rows);
  }

  private List<String> queries() throws SQLException {
    return fx.rows(
        "SELECT laestab, row_number, field, rule_id, severity, effect, value, message"
            + " FROM data_errors WHERE rule_id = 'X01'");
  }

  @Test
  void countsAtTheSchoolWhoseFileCameFirstAndIsAQueryForBoth() throws SQLException {
    fx.write(schoolA("A1", T1, true));
    fx.write(schoolB("B1", T2));
    assertThat(countedAt()).isEqualTo("3302001:GDS");
    assertThat(fx.rows("SELECT schools, pupils, reading_gds FROM national_summary"))
        .containsExactly("2|4|1");
    String allowed =
        " Allowed: Each pupil in one school's data; a pupil who moved counts once, at the school"
            + " whose data has held the pupil longest.";
    assertThat(queries())
        .containsExactly(
            "3302001|2|UPN|X01|query|none|8012000|Row 2, UPN: the same UPN is in the current data"
                + " of school 8012000. The pupil counts once: here. Check which school assessed the"
                + " pupil."
                + allowed,
            "8012000|3|UPN|X01|query|none|3302001|Row 3, UPN: the same UPN is in the current data"
                + " of school 3302001. The pupil counts once: at school 3302001. Check which school"
                + " assessed the pupil."
                + allowed);
    assertThat(
            fx.rows("SELECT laestab, rule_id, severity, issues, pupil_rows FROM data_error_counts"))
        .containsExactly("3302001|X01|query|1|1", "8012000|X01|query|1|1");
  }

  @Test
  void aSubmissionsOwnCrossSchoolQueriesAreTheViewsRowsForIt() throws SQLException {
    fx.write(schoolA("A1", T1, true));
    fx.write(schoolB("B1", T2));
    for (String id : List.of("A1", "B1")) {
      List<String> view =
          fx.rows(
              "SELECT * EXCLUDE (collection) FROM data_errors WHERE rule_id = 'X01'"
                  + " AND submission_id = '"
                  + id
                  + "'");
      assertThat(view).hasSize(1);
      assertThat(
              fx.rows(
                  DataErrorViews.crossSchoolQueriesOfSubmission(Ks1Stores.COLLECTIONS)
                      .replace("?", "'" + id + "'")))
          .isEqualTo(view);
    }
  }

  @Test
  void inTheOtherOrderItCountsAtTheOtherSchool() throws SQLException {
    fx.write(schoolB("B1", T1));
    fx.write(schoolA("A1", T2, true));
    assertThat(countedAt()).isEqualTo("8012000:WTS");
    assertThat(queries()).hasSize(2);
  }

  @Test
  void aResubmissionThatStillHoldsThePupilKeepsItsClaim() throws SQLException {
    fx.write(schoolA("A1", T1, true));
    fx.write(schoolB("B1", T2));
    fx.write(schoolA("A2", T3, true));
    assertThat(countedAt()).isEqualTo("3302001:GDS");
    assertThat(fx.rows("SELECT submission_id FROM pupil_results WHERE reading = 'GDS'"))
        .containsExactly("A2");
  }

  @Test
  void whenTheFirstSchoolsDataDropsThePupilTheOtherSchoolsRecordCountsForGood()
      throws SQLException {
    fx.write(schoolA("A1", T1, true));
    fx.write(schoolB("B1", T2));
    fx.write(schoolA("A2", T3, false));
    assertThat(countedAt()).isEqualTo("nowhere"); // only one school holds the pupil now
    assertThat(fx.rows("SELECT laestab, reading FROM pupil_results WHERE reading = 'WTS'"))
        .containsExactly("8012000|WTS");
    assertThat(queries()).isEmpty();
    // the pupil back in school A's data later: B's data has held them longer now
    fx.write(schoolA("A3", T4, true));
    assertThat(countedAt()).isEqualTo("8012000:WTS");
    assertThat(queries())
        .extracting(q -> q.substring(0, q.indexOf("|X01")))
        .containsExactly("3302001|2|UPN", "8012000|3|UPN");
  }

  @Test
  void deletingTheFirstSchoolsSubmissionHandsThePupilToTheOther() throws SQLException {
    fx.write(schoolA("A1", T1, true));
    fx.write(schoolB("B1", T2));
    fx.write(new DeletionRequested("A1", "3302001", T3, "sent in error"));
    assertThat(fx.rows("SELECT laestab, reading FROM pupil_results WHERE reading = 'WTS'"))
        .containsExactly("8012000|WTS");
    assertThat(fx.rows("SELECT pupils FROM national_summary")).containsExactly("3");
  }

  @Test
  void whenTheFirstSchoolsRecordDoesNotCountTheOtherSchoolsDoes() throws SQLException {
    SubmissionValidated a =
        StoreFixture.validated(
            "A1",
            "3302001",
            List.of(Records.pupil(2, MOVED, "GDS", "EXS", "EXS", "EXS")),
            List.of(
                new ValidationIssue(
                    "P03", Severity.ERROR, Effect.RECORD, 2, Field.DATE_OF_BIRTH, "x", "m", "a")),
            T1);
    fx.write(a);
    fx.write(schoolB("B1", T2));
    assertThat(countedAt()).isEqualTo("8012000:WTS");
    // each file's report finds the query too: a record that does not count still holds its key
    try (var c = fx.store.reader()) {
      var byFile =
          uk.ks1.aggregate.store.FileIssues.of(
              c, fx.store.collections(), List.of("file-A1", "file-B1"));
      assertThat(byFile.keySet()).containsExactlyInAnyOrder("file-A1", "file-B1");
      assertThat(byFile.get("file-B1"))
          .extracting(uk.ks1.aggregate.store.FileIssues.Issue::ruleId)
          .containsExactly("X01");
      assertThat(byFile.get("file-A1"))
          .extracting(uk.ks1.aggregate.store.FileIssues.Issue::ruleId)
          .containsExactly("P03", "X01");
    }
    assertThat(queries())
        .extracting(q -> q.split("\\|")[0] + " " + q.substring(q.indexOf("counts once: ")))
        .containsExactly(
            "3302001 counts once: at school 8012000. Check which school assessed the pupil."
                + " Allowed: Each pupil in one school's data; a pupil who moved counts once, at"
                + " the school whose data has held the pupil longest.",
            "8012000 counts once: here. Check which school assessed the pupil. Allowed: Each"
                + " pupil in one school's data; a pupil who moved counts once, at the school whose"
                + " data has held the pupil longest.");
  }

  @Test
  void theSameEventsGiveTheSameAnswerHoweverBatchedOrReplayed() throws SQLException {
    List<Object> events =
        List.of(
            schoolA("A1", T1, true),
            schoolB("B1", T2),
            schoolA("A2", T3, true),
            schoolA("A3", T4, false),
            schoolA("A4", T4.plusSeconds(60), true));
    for (Object e : events) {
      fx.write(e);
    }
    fx.write(events.toArray()); // replayed after a crash: changes nothing
    String sql = "SELECT laestab, submission_id, reading, writing FROM pupil_results ORDER BY ALL";
    List<String> oneByOne = fx.rows(sql);
    List<String> errors = fx.rows("SELECT laestab, row_number, message FROM data_errors");
    try (StoreFixture rebuilt = new StoreFixture(dir.resolve("b"))) {
      rebuilt.write(events.toArray());
      assertThat(rebuilt.rows(sql)).isEqualTo(oneByOne);
      assertThat(rebuilt.rows("SELECT laestab, row_number, message FROM data_errors"))
          .isEqualTo(errors);
    }
    assertThat(oneByOne).contains("8012000|B1|WTS|WTS");
  }
}
