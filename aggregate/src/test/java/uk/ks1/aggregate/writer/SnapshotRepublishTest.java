package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.testkit.SqlRows;

/**
 * A snapshot published again while this process still reads the previous one: DuckDB's driver
 * shares one database per path in a process, and the new Parquet files must not come from the old
 * copy it would hand back.
 */
class SnapshotRepublishTest {
  @TempDir Path dir;

  @Test
  void theParquetFilesFollowTheNewCopyWhileThisProcessHoldsTheOldOneOpen() throws Exception {
    Path analytics = dir.resolve("analytics");
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (StoreFixture fx = new StoreFixture(dir.resolve("store"))) {
      fx.write(StoreFixture.onePupil("A1", "3302001", Instant.parse("2023-06-20T09:00:00Z")));
      Snapshot.publish(fx.store, analytics);
      try (Connection old =
          DriverManager.getConnection("jdbc:duckdb:" + Snapshot.file(analytics), readOnly)) {
        fx.write(StoreFixture.onePupil("B1", "3302002", Instant.parse("2023-06-21T09:00:00Z")));
        Snapshot.publish(fx.store, analytics);
        assertThat(SqlRows.of(old, "SELECT count(*) FROM submissions")).containsExactly("1");
      }
    }
    String parquet = analytics.resolve("parquet/submissions.parquet").toString();
    assertThat(
            SqlRows.readOnly(
                Snapshot.file(analytics),
                "SELECT (SELECT string_agg(laestab, ',' ORDER BY laestab) FROM submissions)"
                    + " || '|' || (SELECT string_agg(laestab, ',' ORDER BY laestab) FROM '"
                    + parquet
                    + "')"))
        .containsExactly("3302001,3302002|3302001,3302002");
    try (var left = Files.list(analytics)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted())
          .as("no temporary copy left behind; the publisher's own base for the next refresh")
          .containsExactly(".ks1-snapshot-base.duckdb", "ks1.duckdb", "parquet");
    }
  }
}
