package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * Exactly once through crashes: each fault is injected into a load of the same collection, the load
 * is finished (by loading again where the fault killed it), and the store must equal, table for
 * table, the store of a clean run. Real broker, real DuckDB, real processes killed with -9.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class FaultToleranceIT {
  private static final int SCHOOLS_PER_LA = 10;
  private static final List<String> LAS = List.of("330", "801", "926");
  private static final String[] CODES = {"GDS", "EXS", "EXS", "WTS", "PK3", "A", "HNM"};

  @TempDir static Path tmp;
  private Path collection;
  private int files;
  private Map<String, List<String>> clean;

  @BeforeAll
  void cleanRun() throws Exception {
    collection = tmp.resolve("collection");
    int n = 0;
    for (String la : LAS) {
      for (int s = 0; s < SCHOOLS_PER_LA; s++) {
        String laestab = la + (2000 + s);
        List<TestPupil> pupils = new ArrayList<>();
        for (int p = 1; p <= 15; p++) {
          n++;
          pupils.add(
              TestPupil.of(
                  TestUpns.unique(la, laestab.substring(3), p),
                  CODES[n % CODES.length],
                  CODES[(n / 2) % CODES.length],
                  CODES[(n / 3) % CODES.length],
                  n % 4 == 0 ? "HNM" : "EXS"));
        }
        CtfBuilder.school(laestab).pupils(pupils).writeTo(collection.resolve(la));
        files++;
      }
    }
    // and a file every run must reject the same way
    Files.writeString(
        collection.resolve("330/broken.xml"), "<CTfile><Header>", StandardCharsets.UTF_8);
    files++;
    Path data = tmp.resolve("clean");
    assertThat(Ks1.execute("load", "--data", data.toString(), collection.toString())).isZero();
    clean = TableDump.of(data.resolve("ks1.duckdb"), false);
    assertThat(clean.get("submissions")).hasSize(files);
  }

  /** A fresh data folder with the clean run's pupil-key secret, so pupil keys compare. */
  private static Path dataFolder(String name) throws Exception {
    Path data = tmp.resolve(name);
    Files.createDirectories(data);
    Files.copy(tmp.resolve("clean/pupil-key.secret"), data.resolve("pupil-key.secret"));
    return data;
  }

  private static long filesIn(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".txt")).count();
    }
  }

  private void assertEqualsCleanRun(Path data) throws Exception {
    TableDump.assertSame(TableDump.of(data.resolve("ks1.duckdb"), false), clean);
    assertThat(filesIn(data.resolve("inbox"))).as("files left in the inbox").isZero();
  }

  @Test
  void killedMidLoadAtSeveralPointsThenLoadedAgainEqualsACleanRun() throws Exception {
    for (long point : List.of(1L, files / 2L, (long) files)) {
      boolean sigterm = point == files / 2L; // one of the points stops it politely instead
      Path data = dataFolder("killed-at-" + point);
      try (ChildJvm load =
          ChildJvm.start(
              List.of(),
              "uk.ks1.app.Ks1",
              "load",
              "--data",
              data.toString(),
              collection.toString())) {
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(10))
            .until(
                () ->
                    filesIn(data.resolve("done")) + filesIn(data.resolve("failed")) >= point
                        || !load.isAlive());
        load.kill();
      }
      assertThat(Ks1.execute("load", "--data", data.toString(), collection.toString())).isZero();
      assertEqualsCleanRun(data);
    }
  }

  @Test
  void crashBetweenTheStoreCommitAndTheOffsetCommitCountsNothingTwice() throws Exception {
    Path data = dataFolder("halted");
    try (ChildJvm load =
        ChildJvm.start(
            List.of("-Dks1.fault.halt-after-commits=3"),
            "uk.ks1.app.Ks1",
            "load",
            "--data",
            data.toString(),
            collection.toString())) {
      assertThat(load.waitFor(90)).isEqualTo(137);
      assertThat(load.output()).anyMatch(l -> l.contains("halting after store commit 3"));
    }
    assertThat(Ks1.execute("load", "--data", data.toString(), collection.toString())).isZero();
    assertEqualsCleanRun(data);
  }

  @Test
  void brokerKilledAndRestartedMidLoadLosesNothing() throws Exception {
    Path data = dataFolder("broker-restart");
    try (KafkaBrokerProcess broker = new KafkaBrokerProcess(tmp.resolve("broker")).start()) {
      CompletableFuture<Integer> load =
          CompletableFuture.supplyAsync(
              () ->
                  Ks1.execute(
                      "load",
                      "--data",
                      data.toString(),
                      "--kafka",
                      broker.bootstrap(),
                      collection.toString()));
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> filesIn(data.resolve("done")) >= 5);
      broker.kill();
      broker.start();
      assertThat(load.get()).isZero();
      assertEqualsCleanRun(data);
    }
  }

  @Test
  void aRebuildFromTheTopicsEqualsTheLiveStoreToTheLastTimestamp() throws Exception {
    Path data = tmp.resolve("rebuild");
    assertThat(Ks1.execute("load", "--data", data.toString(), collection.toString())).isZero();
    Map<String, List<String>> live = TableDump.of(data.resolve("ks1.duckdb"), true);
    deleteTree(data.resolve("analytics")); // the snapshot the load published

    assertThat(Ks1.execute("rebuild", "--data", data.toString())).isZero();

    TableDump.assertSame(TableDump.of(data.resolve("ks1.duckdb"), true), live);
    assertThat(data.resolve("ks1.duckdb.before-rebuild")).exists();
    // the rebuild published the analysts' snapshot of the rebuilt store
    for (String table : List.of("files", "submissions", "pupil_records", "national_summary")) {
      String all = "SELECT * FROM " + table + " ORDER BY ALL";
      assertThat(StoreQueries.rows(data.resolve("analytics/ks1.duckdb"), all))
          .as(table)
          .isNotEmpty()
          .isEqualTo(StoreQueries.rows(data.resolve("ks1.duckdb"), all));
    }
    assertThat(data.resolve("analytics/parquet/submissions.parquet")).isRegularFile();
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
