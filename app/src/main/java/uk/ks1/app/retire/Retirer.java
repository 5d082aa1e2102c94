package uk.ks1.app.retire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import uk.ks1.aggregate.retire.RetentionSchedule;
import uk.ks1.aggregate.retire.RetiredScope;
import uk.ks1.aggregate.retire.StoreRetirement;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.aggregate.store.Store;
import uk.ks1.app.pipeline.FaultInjection;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.EventIds;
import uk.ks1.identities.DataKeys;
import uk.ks1.identities.KeyScope;
import uk.ks1.identities.MasterKey;
import uk.ks1.validate.RuleCatalogue;

/**
 * A retirement of a scope's pupil identities, in an order a second run completes whatever a crash
 * (even {@code kill -9}) left: first the data keys are destroyed (every copy in the log is beyond
 * use at once); then, in one transaction, the store's identities are deleted and the retirement
 * logged; then the scope's original files and reports are removed from {@code done/} and {@code
 * failed/}; then the store file is rewritten whole (into a new file moved into place), so that no
 * freed page still holds a name, as is the store kept by the last rebuild; then the analysts'
 * snapshot and Parquet are published again. Figures, history and rule ids stay.
 */
public final class Retirer {
  /** What a retirement did, in counts. */
  public record Done(
      RetiredScope scope,
      int keysDestroyed,
      long identitiesDeleted,
      long issueValuesCleared,
      int filesRemoved,
      List<String> storesRewritten) {

    /** What was done, in counts (no personal data): for the command's output and the log. */
    public String summary() {
      if (storesRewritten.isEmpty()) {
        return String.format(
            "Removed the original files and reports of %s: %d file(s); identities kept until the"
                + " schedule retires them.",
            scope.describe(), filesRemoved);
      }
      return String.format(
          "Retired the pupil identities of %s: %d data key(s) destroyed, %d pupil identities"
              + " deleted from the store, %d issue value(s) cleared, %d original file(s) removed"
              + " with their reports; rewrote %s; the analysts' snapshot published again. Figures"
              + " and history are unchanged.",
          scope.describe(),
          keysDestroyed,
          identitiesDeleted,
          issueValuesCleared,
          filesRemoved,
          String.join(" and ", storesRewritten));
    }
  }

  private static final CollectionRegistry COLLECTIONS = Registered.collections();
  private static final String[] REPORTS = {".report.txt", ".report.csv", ".report.xlsx"};

  private final Path dataDir;
  private final Clock clock;
  private final DataKeys processKeys;

  /** A retirer of a data folder no service holds ({@code ./ks1 retire}). */
  public Retirer(Path dataDir, Clock clock) {
    this(dataDir, clock, null);
  }

  /**
   * A retirer inside a running service: it destroys keys through {@code keys}, the key store the
   * service's roles seal and open with, so none of them goes on with a destroyed key. The store
   * must be closed while it runs ({@code AggregateConsumer#maintain}).
   */
  public Retirer(Path dataDir, Clock clock, DataKeys keys) {
    this.dataDir = dataDir;
    this.clock = clock;
    this.processKeys = keys;
  }

  public Done retire(RetiredScope scope, String reason) throws Exception {
    // 1. the keys: every copy of the scope's identities in the log is beyond use from here
    DataKeys keys =
        processKeys != null ? processKeys : DataKeys.open(dataDir, MasterKey.load(dataDir));
    int destroyed = 0;
    for (KeyScope k : keys.scopes()) {
      if (covers(scope, k) && keys.destroy(k)) {
        destroyed++;
      }
    }
    FaultInjection.afterRetireStep("keys");
    // 2. the store's identities, with the log's row; 3. the original files and reports
    Path store = Ks1Config.storeIn(dataDir);
    List<String> rewritten = new ArrayList<>();
    StoreRetirement.Deleted deleted;
    int removed;
    try (Store s = open(store)) {
      List<StoreRetirement.ScopeFile> files = StoreRetirement.files(s.writer(), scope);
      removed = removeFiles(dataDir, files);
      FaultInjection.afterRetireStep("files");
      deleted =
          StoreRetirement.retire(
              s.writer(),
              scope,
              EventIds.random("retired"),
              clock.instant(),
              reason,
              destroyed,
              removed);
    }
    FaultInjection.afterRetireStep("store");
    // 4. every store file rewritten whole: no freed page holds a name
    rewrite(store);
    rewritten.add(store.getFileName().toString());
    Path beforeRebuild = store.resolveSibling("ks1.duckdb.before-rebuild");
    if (Files.exists(beforeRebuild)) {
      try (Store s = open(beforeRebuild)) {
        StoreRetirement.retire(
            s.writer(), scope, EventIds.random("retired"), clock.instant(), reason, 0, 0);
      }
      rewrite(beforeRebuild);
      rewritten.add(beforeRebuild.getFileName().toString());
    }
    // 5. the analysts' snapshot and Parquet, from the rewritten store
    try (Store s = open(store)) {
      Snapshot.publish(s, Ks1Config.analyticsIn(dataDir));
    }
    return new Done(
        scope, destroyed, deleted.identities(), deleted.issueValues(), removed, rewritten);
  }

  /** The schedule's reasons in the retirement log, so a summer is retired by it once. */
  public static final String IDENTITIES_DUE = "retention schedule: pupil identities";

  public static final String FILES_DUE = "retention schedule: original files and reports";

  /**
   * Applies the retention schedule on {@code today}: every summer whose identities are due is
   * retired whole; one whose files alone are due loses its original files and reports. Each at most
   * once (the log remembers).
   */
  public List<Done> applySchedule(RetentionSchedule schedule, LocalDate today) throws Exception {
    Due due;
    try (Store s = open(Ks1Config.storeIn(dataDir))) {
      due = due(s.writer(), schedule, today);
    }
    List<Done> done = new ArrayList<>();
    for (int summer : due.identities()) {
      done.add(retire(new RetiredScope(summer, null, null), IDENTITIES_DUE));
    }
    for (int summer : due.filesOnly()) {
      RetiredScope scope = new RetiredScope(summer, null, null);
      try (Store s = open(Ks1Config.storeIn(dataDir))) {
        int removed = removeFiles(dataDir, StoreRetirement.files(s.writer(), scope));
        StoreRetirement.filesRemoved(
            s.writer(), scope, EventIds.random("retired"), clock.instant(), FILES_DUE, removed);
        done.add(new Done(scope, 0, 0, 0, removed, List.of()));
      }
    }
    return done;
  }

  /** What the schedule says is due in a store: summers to retire whole; summers' files alone. */
  public record Due(List<Integer> identities, List<Integer> filesOnly) {}

  /** What is due on {@code today} and not yet done by the schedule (the log remembers). */
  public static Due due(Connection c, RetentionSchedule schedule, LocalDate today)
      throws SQLException {
    List<Integer> identities = new ArrayList<>();
    List<Integer> files = new ArrayList<>();
    for (int summer : StoreRetirement.summers(c)) {
      List<String> already = StoreRetirement.reasonsFor(c, summer);
      if (already.contains(IDENTITIES_DUE)) {
        continue;
      }
      if (!today.isBefore(schedule.identitiesDue(summer))) {
        identities.add(summer);
      } else if (!today.isBefore(schedule.filesDue(summer)) && !already.contains(FILES_DUE)) {
        files.add(summer);
      }
    }
    return new Due(identities, files);
  }

  /**
   * Does the retirement cover a key's scope? A rejected file's scope goes with every collection.
   */
  static boolean covers(RetiredScope scope, KeyScope k) {
    return k.year() == scope.year()
        && (scope.la() == null || scope.la().equals(k.la()))
        && (scope.collection() == null || scope.collection().equals(k.collection()));
  }

  private static Store open(Path file) throws SQLException {
    return Store.open(file, COLLECTIONS, RuleCatalogue.of(COLLECTIONS).storedDefinitions());
  }

  /**
   * Removes each file of the scope from done/ and failed/ (under its own name, or with its file id
   * added when that name was taken, checked by its SHA-256), and the reports beside it.
   */
  static int removeFiles(Path dataDir, List<StoreRetirement.ScopeFile> files) throws IOException {
    int removed = 0;
    for (StoreRetirement.ScopeFile f : files) {
      String la = f.laCode() == null || f.laCode().isEmpty() ? "_no_la" : f.laCode();
      String name = f.fileName();
      int dot = name.lastIndexOf('.');
      String withId =
          dot > 0
              ? name.substring(0, dot) + "." + f.fileId() + name.substring(dot)
              : name + "." + f.fileId();
      for (String folder : List.of("done", "failed")) {
        for (String candidate : List.of(name, withId)) {
          Path placed = dataDir.resolve(folder).resolve(la).resolve(candidate);
          if (Files.isRegularFile(placed)
              && sameFile(placed, f.sha256(), candidate.equals(withId))) {
            Files.delete(placed);
            removed++;
            for (String report : REPORTS) {
              Files.deleteIfExists(placed.resolveSibling(candidate + report));
            }
          }
        }
      }
    }
    return removed;
  }

  /**
   * Whether a placed file is the scope's: one named with the file's id is; one under its own name
   * (which another file of the same name may have taken first) only if its SHA-256 is the file's,
   * when the store knows it (hashed as the intake hashes files).
   */
  private static boolean sameFile(Path placed, String sha256, boolean namedById)
      throws IOException {
    if (namedById || sha256 == null || sha256.isEmpty()) {
      return true;
    }
    MessageDigest d = EventIds.sha256();
    try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(placed), d)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(d.digest()).equalsIgnoreCase(sha256);
  }

  /**
   * Rewrites a store file whole: every table and view copied into a new file, which replaces it (an
   * interrupted rewrite leaves the old file and a part file the next run deletes).
   */
  static void rewrite(Path store) throws SQLException, IOException {
    Path part = store.resolveSibling(store.getFileName() + ".rewrite");
    Files.deleteIfExists(part);
    Files.deleteIfExists(part.resolveSibling(part.getFileName() + ".wal"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + sql(store) + "' AS old");
      s.execute("CHECKPOINT old");
      s.execute("ATTACH '" + sql(part) + "' AS fresh");
      s.execute("COPY FROM DATABASE old TO fresh");
      s.execute("DETACH fresh");
      s.execute("DETACH old");
    }
    FaultInjection.afterRetireStep("rewrite-copy");
    try {
      Files.move(part, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, store, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
  }

  private static String sql(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }
}
