package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * The analysts' snapshot read from this JVM while the service, in another, keeps taking files: it
 * stays consistent, catches up within 2 s of each change, and holds no pupil identity.
 */
@Timeout(180)
class SnapshotIT {
  private static final int PUPILS_PER_FILE = 7;
  @TempDir Path tmp;

  @Test
  void theSnapshotIsConsistentCatchesUpWithinTwoSecondsAndHoldsNoIdentities() throws Exception {
    Path data = tmp.resolve("data");
    Path snapshot = data.resolve("analytics/ks1.duckdb");
    List<String> identities = new ArrayList<>();
    try (RunningService service = RunningService.start(data, "--http-port", "0")) {
      for (int file = 1; file <= 5; file++) {
        String laestab = "330" + (3000 + file);
        CtfBuilder ctf = CtfBuilder.school(laestab);
        for (int p = 1; p <= PUPILS_PER_FILE; p++) {
          String upn = TestUpns.unique("330", laestab.substring(3), p);
          String forename = "Zoë" + file + "x" + p;
          ctf.pupil(
              TestPupil.of(upn, "EXS", "GDS", "WTS", "EXS")
                  .withNames(forename, "O'Neill-Q" + p)
                  .withDob("2016-02-0" + p));
          identities.add(upn);
          identities.add(forename);
          identities.add("2016-02-0" + p);
        }
        ctf.writeTo(data.resolve("inbox/330"));
        int expected = file * PUPILS_PER_FILE;
        String stored = "and 1 submission(s)";
        int before = (int) service.output().stream().filter(l -> l.contains(stored)).count();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> service.output().stream().filter(l -> l.contains(stored)).count() > before);
        LocalTime storedAt =
            LocalTime.parse(
                service.output().stream()
                    .filter(l -> l.contains(stored))
                    .reduce((a, b) -> b)
                    .orElseThrow()
                    .substring(0, 12));
        await()
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> Files.exists(snapshot) && pupils(snapshot) == expected);
        long lag = Duration.between(storedAt, LocalTime.now()).toMillis();
        assertThat(lag).as("snapshot caught up %d ms after the store", lag).isLessThan(2000);
        assertConsistent(snapshot);
      }
    }
    assertThat(
            StoreQueries.rows(
                snapshot,
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'pupil_identities'"))
        .containsExactly("0");
    for (String table :
        StoreQueries.rows(
            snapshot,
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'")) {
      for (String column :
          StoreQueries.rows(
              snapshot,
              "SELECT column_name FROM information_schema.columns WHERE table_name = '"
                  + table
                  + "' AND data_type = 'VARCHAR'")) {
        List<String> values =
            StoreQueries.rows(snapshot, "SELECT DISTINCT \"" + column + "\" FROM " + table);
        for (String identity : identities) {
          assertThat(values)
              .as(table + "." + column)
              .noneMatch(v -> v != null && v.contains(identity));
        }
      }
    }
  }

  private static long pupils(Path snapshot) {
    try {
      List<String> rows = StoreQueries.rows(snapshot, "SELECT pupils FROM national_summary");
      return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0));
    } catch (Exception e) {
      return -1; // being replaced as we read: try again
    }
  }

  private static void assertConsistent(Path snapshot) throws Exception {
    assertThat(
            StoreQueries.one(
                snapshot,
                "SELECT (SELECT pupils FROM national_summary) = (SELECT sum(pupils) FROM school_summary)"
                    + " AND (SELECT count(*) FROM pupil_results) % "
                    + PUPILS_PER_FILE
                    + " = 0"
                    + " AND (SELECT count(*) FROM submissions) = (SELECT count(*) FROM files)"))
        .isEqualTo("true");
  }
}
