package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.store.Store;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.testkit.SqlRows;

/**
 * A store closed for a maintenance (what a running service's retirement does): it waits for the
 * readers under way, the work has the file to itself and may change it, new readers wait and then
 * see the changed file, and a writer made again goes on writing.
 */
@Timeout(60)
class StoreMaintenanceTest {
  @TempDir Path dir;

  @Test
  void theWorkHasTheFileToItselfAndEveryoneSeesWhatItDid() throws Exception {
    try (StoreFixture fx = new StoreFixture(dir)) {
      fx.write(
          StoreFixture.onePupil("A1", "3302001", java.time.Instant.parse("2023-06-20T09:00:00Z")));
      Store store = fx.store;
      Connection underWay = store.reader();
      AtomicBoolean started = new AtomicBoolean();
      CompletableFuture<Long> maintenance =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return store.closedWhile(
                      () -> {
                        started.set(true);
                        // the file is free: another connection opens it and changes it
                        try (Connection own =
                                DriverManager.getConnection("jdbc:duckdb:" + store.file());
                            Statement s = own.createStatement()) {
                          s.execute("CREATE TABLE maintained AS SELECT 42 AS answer");
                        }
                        return 7L;
                      });
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(300);
      assertThat(started).as("waits for the reader under way").isFalse();
      assertThat(SqlRows.of(underWay, "SELECT count(*) FROM submissions")).containsExactly("1");
      underWay.close();
      assertThat(maintenance.get(30, TimeUnit.SECONDS)).isEqualTo(7L);

      try (Connection after = store.reader()) {
        assertThat(SqlRows.of(after, "SELECT answer FROM maintained")).containsExactly("42");
      }
      // a writer made again writes to the store as it is now
      StoreWriter writer = fx.writer.reopened();
      SubmissionValidated next =
          StoreFixture.onePupil("B1", "3302002", java.time.Instant.parse("2023-06-21T09:00:00Z"));
      writer.write(
          java.util.List.of(next),
          java.util.List.of(new Incoming(uk.ks1.core.topic.Topics.VALIDATED.name(), 0, 1)));
      try (Connection after = store.reader()) {
        assertThat(SqlRows.of(after, "SELECT laestab FROM submissions ORDER BY ALL"))
            .containsExactly("3302001", "3302002");
      }
    }
  }
}
