package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.aggregate.snapshot.SnapshotPublisher;
import uk.ks1.testkit.SqlRows;

/**
 * The publisher keeps the DuckDB copy close behind the store's commits and the Parquet files at
 * their own, slower pace, and leaves both up to date when closed.
 */
class SnapshotPublisherTest {
  private static final Instant AT = Instant.parse("2023-06-20T09:00:00Z");

  @TempDir Path dir;

  @Test
  void theCopyFollowsEachCommitAndTheParquetFilesFollowAtTheirPace() throws Exception {
    Path analytics = dir.resolve("analytics");
    try (StoreFixture fx = new StoreFixture(dir.resolve("store"))) {
      fx.write(StoreFixture.onePupil("A1", "3302001", AT));
      SnapshotPublisher publisher = new SnapshotPublisher(fx.store, analytics, 20, 60_000);
      await().atMost(Duration.ofSeconds(20)).until(() -> submissions(analytics).equals("1|1"));
      // the first copy, when it starts, is whole, Parquet and all; a commit reaches the copy at
      // once,
      // and the Parquet files only at their pace (a minute here)
      publisher.committed(fx.write(StoreFixture.onePupil("B1", "3302002", AT)));
      await().atMost(Duration.ofSeconds(20)).until(() -> submissions(analytics).startsWith("2|"));
      assertThat(submissions(analytics)).isEqualTo("2|1");
      publisher.close();
      assertThat(submissions(analytics)).isEqualTo("2|2");
    }
  }

  @Test
  void theParquetFilesCatchUpOnceTheirIntervalHasPassed() throws Exception {
    Path analytics = dir.resolve("analytics");
    try (StoreFixture fx = new StoreFixture(dir.resolve("store"));
        SnapshotPublisher publisher = new SnapshotPublisher(fx.store, analytics, 20, 300)) {
      await().atMost(Duration.ofSeconds(20)).until(() -> submissions(analytics).equals("0|0"));
      publisher.committed(fx.write(StoreFixture.onePupil("A1", "3302001", AT)));
      await().atMost(Duration.ofSeconds(20)).until(() -> submissions(analytics).equals("1|1"));
    }
  }

  /** Submissions in the snapshot's DuckDB file and in its Parquet file, as "duckdb|parquet". */
  private static String submissions(Path analytics) throws SQLException {
    try {
      return SqlRows.readOnly(
              Snapshot.file(analytics),
              "SELECT (SELECT count(*) FROM submissions) || '|' || (SELECT count(*) FROM '"
                  + analytics.resolve("parquet/submissions.parquet")
                  + "')")
          .get(0);
    } catch (SQLException notYet) {
      return "none";
    }
  }
}
