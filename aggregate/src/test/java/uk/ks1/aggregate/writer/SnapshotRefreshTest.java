package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.Ks1Stores;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestUpns;

/**
 * A snapshot refreshed from the last one (only the pupil records of submissions that came or went
 * copied) holds exactly what a whole copy of the store holds, through new schools, resubmissions, a
 * pupil who moved and a deletion; and what an analyst does to the published copy does not reach the
 * next one.
 */
class SnapshotRefreshTest {
  private static final String MOVED = TestUpns.unique("330", "9999", 1);
  private static final List<String> VIEWS =
      List.of(
          "national_summary",
          "school_summary",
          "pupil_results",
          "data_errors",
          "pupils_in_two_schools");

  @TempDir Path dir;

  @Test
  void aRefreshedSnapshotHoldsWhatAWholeCopyHolds() throws Exception {
    Path refreshed = dir.resolve("refreshed");
    try (StoreFixture fx = new StoreFixture(dir.resolve("store"))) {
      fx.write(school("A1", "3302001", "EXS", 1), school("B1", "3302002", "WTS", 2));
      Snapshot.publish(fx.store, refreshed);
      // A sends again (its first rows leave), C arrives holding A's moved pupil, B is deleted
      fx.write(school("A2", "3302001", "GDS", 3));
      assertThat(Snapshot.refresh(fx.store, refreshed, false)).as("from the last copy").isTrue();
      fx.write(
          StoreFixture.validated(
              "C1",
              "3302003",
              List.of(Records.pupil(1, MOVED, "WTS", "WTS", "WTS", "HNM")),
              List.of(),
              Instant.parse("2023-06-20T13:00:00Z")));
      assertThat(Snapshot.refresh(fx.store, refreshed, false)).as("from the last copy").isTrue();
      fx.write(
          new DeletionRequested("B1", "3302002", Instant.parse("2023-06-20T14:00:00Z"), "test"));
      assertThat(Snapshot.refresh(fx.store, refreshed, false)).as("from the last copy").isTrue();
      Snapshot.publish(fx.store, dir.resolve("whole"));
    }
    // A's two pupils count (the moved one at A, which held them first); C's only pupil does not
    assertThat(rows(refreshed, "SELECT laestab, pupils FROM school_summary ORDER BY 1"))
        .containsExactly("3302001|2");
    assertThat(rows(refreshed, "SELECT laestab, counted_at FROM pupils_in_two_schools ORDER BY 1"))
        .containsExactly("3302001|3302001", "3302003|3302001");
    for (String table : concat(Snapshot.tables(Ks1Stores.COLLECTIONS), VIEWS)) {
      assertThat(rows(refreshed, "SELECT * FROM " + table + " ORDER BY ALL"))
          .as(table)
          .isEqualTo(rows(dir.resolve("whole"), "SELECT * FROM " + table + " ORDER BY ALL"));
    }
  }

  @Test
  void whatAnAnalystDoesToThePublishedCopyDoesNotReachTheNext() throws Exception {
    try (StoreFixture fx = new StoreFixture(dir.resolve("store"))) {
      fx.write(school("A1", "3302001", "EXS", 1));
      Snapshot.publish(fx.store, dir);
      try (Connection analyst = DriverManager.getConnection("jdbc:duckdb:" + Snapshot.file(dir));
          Statement s = analyst.createStatement()) {
        s.execute("DELETE FROM pupil_records");
        s.execute("CREATE TABLE mine AS SELECT 1 AS x");
      }
      fx.write(school("B1", "3302002", "WTS", 2));
      assertThat(Snapshot.refresh(fx.store, dir, false)).as("from the last copy").isTrue();
    }
    assertThat(rows(dir, "SELECT laestab, count(*) FROM pupil_records GROUP BY 1 ORDER BY 1"))
        .containsExactly("3302001|2", "3302002|2");
    assertThat(
            rows(dir, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'mine'"))
        .containsExactly("0");
  }

  /** A school's file of two pupils, the first of them the pupil who moved (UPN MOVED). */
  private static SubmissionValidated school(String id, String laestab, String code, int hour) {
    List<PupilRecord> pupils =
        List.of(
            Records.pupil(1, MOVED, code, code, code, "EXS"),
            Records.pupil(
                2, TestUpns.unique("330", laestab.substring(3), 2), code, code, "EXS", "A"));
    return StoreFixture.validated(
        id,
        laestab,
        pupils,
        List.of(),
        Instant.parse("2023-06-20T09:00:00Z").plusSeconds(hour * 600L));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static List<String> rows(Path analytics, String sql) throws SQLException {
    return SqlRows.readOnly(Snapshot.file(analytics), sql);
  }
}
