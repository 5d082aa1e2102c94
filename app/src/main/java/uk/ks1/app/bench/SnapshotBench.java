package uk.ks1.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import uk.ks1.app.load.LoadPlan;
import uk.ks1.app.load.Loader;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.app.pipeline.Registered;

/**
 * {@code ./ks1 bench snapshot}: how far the analysts' snapshot trails a national store. Loads the
 * national collection {@code bench national} uses (generated or reused) once, then runs the
 * service's pipeline with the snapshot refreshed as {@code ./ks1 run} refreshes it, while schools
 * resend their files in the background; each probe is a school resending its file, timed from the
 * store's commit (and from the drop) until a read-only connection to {@code analytics/ks1.duckdb},
 * opened afresh as an analyst would, shows it.
 */
public final class SnapshotBench {
  /** What to run. */
  public record Options(
      Path work,
      double scale,
      int probes,
      double backgroundPerSecond,
      int warmupSeconds,
      long seed) {}

  private static final long PROBE_TIMEOUT_NANOS = 30_000_000_000L;

  private SnapshotBench() {}

  public static void run(Options o, PrintStream out) throws Exception {
    NationalBench.Options national =
        new NationalBench.Options(o.work(), o.scale(), 1, 2023, 0.01, "ctf");
    Path collection = NationalBench.collectionDir(national);
    NationalBench.collection(national, collection, out);
    List<LoadPlan.Item> files =
        new ArrayList<>(
            LoadPlan.of(List.of(collection)).items().stream()
                .filter(LatencyBench::inItsOwnFolder)
                .toList());
    Collections.shuffle(files, new Random(o.seed()));

    Path data = o.work().resolve("snapshot-data");
    Ks1Config config = Ks1Config.withDefaults(data, 2023);
    if (Files.exists(Ks1Config.storeIn(data))) {
      out.println("Reusing the store in " + data + " (delete it to load afresh)");
    } else {
      out.println("Loading " + files.size() + " files into " + data + "...");
      Loader.load(config, files, Duration.ofMinutes(5), done -> {}, null, null);
    }

    List<LoadPlan.Item> probes = files.subList(0, Math.min(o.probes(), files.size()));
    List<LoadPlan.Item> background = files.subList(probes.size(), files.size());
    Path snapshot = Ks1Config.snapshotIn(data);
    AtomicInteger resent = new AtomicInteger();
    List<Long> fromCommit = new ArrayList<>();
    List<Long> fromDrop = new ArrayList<>();
    CommitTimes commits = new CommitTimes();
    try (Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null)) {
      pipeline.onCommit(commits);
      pipeline.publishSnapshots(Pipeline.SERVICE_SNAPSHOT_INTERVAL_MILLIS);
      AtomicInteger arrived = new AtomicInteger();
      Thread feeder =
          LatencyBench.feeder(
              background,
              o.backgroundPerSecond(),
              arrived,
              f -> resend(f, config.inbox(), resent.incrementAndGet()));
      try {
        Thread.sleep(o.warmupSeconds() * 1000L);
        Random random = new Random(o.seed());
        for (LoadPlan.Item probe : probes) {
          long dropped = System.nanoTime();
          String name = resend(probe, config.inbox(), resent.incrementAndGet());
          long shown = awaitInSnapshot(snapshot, name, dropped + PROBE_TIMEOUT_NANOS);
          long committed = committedAt(commits, name);
          fromCommit.add(shown - committed);
          fromDrop.add(shown - dropped);
          Thread.sleep(200 + random.nextInt(800));
        }
      } finally {
        feeder.interrupt();
        feeder.join();
      }
    }
    report(o, snapshot, fromCommit, fromDrop, resent.get(), out);
  }

  /** When the store committed the file's submission (its listener hears of it just after). */
  private static long committedAt(CommitTimes commits, String name) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      var at = commits.storedAt(name);
      if (at.isPresent()) {
        return at.get();
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException(name + " is in the snapshot, but the store never said so");
  }

  private static void quantiles(PrintStream out, String what, List<Long> sorted) {
    out.printf(
        Locale.ROOT,
        "  %-61s p50 %d ms, p95 %d ms, max %d ms%n",
        what + ":",
        LatencyBench.ms(sorted, 0.5),
        LatencyBench.ms(sorted, 0.95),
        LatencyBench.ms(sorted, 1.0));
  }

  /** The school's file sent again (a new file: its own name, a different hash), as schools do. */
  private static String resend(LoadPlan.Item item, Path inbox, int n) throws Exception {
    Path dir = Files.createDirectories(inbox.resolve(item.la()));
    String stem = item.file().getFileName().toString().replaceFirst("\\.xml$", "");
    String name = stem + "_resent" + n + ".xml";
    Path hidden = dir.resolve("." + name + ".loading");
    // the same pupils, with a comment after the root element so the content hash differs
    byte[] comment = ("\n<!-- sent again, " + n + " -->\n").getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    again.write(Files.readAllBytes(item.file()));
    again.write(comment);
    Files.write(hidden, again.toByteArray());
    Files.move(hidden, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    return name;
  }

  /**
   * When a fresh read-only connection to the snapshot first finds the file's submission counting;
   * polls every 10 ms.
   */
  private static long awaitInSnapshot(Path snapshot, String fileName, long deadline)
      throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    while (true) {
      if (Files.exists(snapshot)) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly);
            PreparedStatement s =
                c.prepareStatement(
                    "SELECT count(*) FROM submissions WHERE file_name = ?"
                        + " AND status IN ('successful', 'successful with errors')")) {
          s.setString(1, fileName);
          try (ResultSet r = s.executeQuery()) {
            if (r.next() && r.getLong(1) > 0) {
              return System.nanoTime();
            }
          }
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(fileName + " did not reach the snapshot within 30 s");
      }
      Thread.sleep(10);
    }
  }

  private static void report(
      Options o,
      Path snapshot,
      List<Long> fromCommit,
      List<Long> fromDrop,
      int resent,
      PrintStream out)
      throws Exception {
    String covers;
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    // every collection the store holds: "665,316 KS1_TA, 639,990 PHONICS ... pupils"
    List<String> each = new java.util.ArrayList<>();
    long schools = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly)) {
      for (uk.ks1.core.collection.CollectionDefinition d : Registered.collections().all()) {
        try (ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT pupils, schools FROM " + d.store().prefix() + "national_summary")) {
          if (r.next() && r.getLong(1) > 0) {
            each.add(String.format(Locale.ROOT, "%,d %s", r.getLong(1), d.id()));
            schools = Math.max(schools, r.getLong(2));
          }
        }
      }
    }
    covers =
        String.format(Locale.ROOT, "%s pupils in %,d schools", String.join(", ", each), schools);
    Collections.sort(fromCommit);
    Collections.sort(fromDrop);
    out.printf(
        Locale.ROOT,
        "%nSnapshot benchmark: a store of %s (scale %s), %d probes after %d s of warm-up,"
            + " background %.1f resent files/s (%d resent in all)%n",
        covers,
        o.scale(),
        fromCommit.size(),
        o.warmupSeconds(),
        o.backgroundPerSecond(),
        resent);
    quantiles(out, "committed in the store to the analysts' snapshot showing it", fromCommit);
    quantiles(out, "dropped in the inbox to the snapshot showing it", fromDrop);
    out.printf(
        Locale.ROOT,
        "  (refreshed at most every %d ms, and never sooner after a refresh than it took)%n",
        Pipeline.SERVICE_SNAPSHOT_INTERVAL_MILLIS);
  }
}
