package uk.ks1.app.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.core.collection.CollectionWindow;
import uk.ks1.core.school.Deadline;

/**
 * Everything the pipeline is started with. The data folder holds inbox/, done/, failed/, kafka/
 * (embedded broker), ks1.duckdb (the store) and analytics/ (the analysts' snapshot). {@code
 * strictLas} are the LAs whose schools' submissions count only when they have no errors; {@code
 * window} the assessment years files are taken for (any, unless one is set); {@code deadlines} each
 * collection's (and LA's) deadline for returns.
 */
public record Ks1Config(
    Path dataDir,
    int defaultYear,
    String kafkaBootstrap,
    long inboxSettleMillis,
    long inboxPollMillis,
    long maxFileBytes,
    Set<Role> roles,
    Set<String> strictLas,
    CollectionWindow window,
    List<Deadline> deadlines) {

  /** With no deadlines. */
  public Ks1Config(
      Path dataDir,
      int defaultYear,
      String kafkaBootstrap,
      long inboxSettleMillis,
      long inboxPollMillis,
      long maxFileBytes,
      Set<Role> roles,
      Set<String> strictLas,
      CollectionWindow window) {
    this(
        dataDir,
        defaultYear,
        kafkaBootstrap,
        inboxSettleMillis,
        inboxPollMillis,
        maxFileBytes,
        roles,
        strictLas,
        window,
        List.of());
  }

  /** Every role in one process. */
  public Ks1Config(
      Path dataDir,
      int defaultYear,
      String kafkaBootstrap,
      long inboxSettleMillis,
      long inboxPollMillis,
      long maxFileBytes) {
    this(
        dataDir,
        defaultYear,
        kafkaBootstrap,
        inboxSettleMillis,
        inboxPollMillis,
        maxFileBytes,
        Role.all(),
        Set.of(),
        CollectionWindow.ANY);
  }

  /** Every role in one process on the embedded broker, with the inbox's defaults (the benches). */
  public static Ks1Config withDefaults(Path dataDir, int defaultYear) {
    return new Ks1Config(
        dataDir,
        defaultYear,
        null,
        DEFAULT_SETTLE_MILLIS,
        DEFAULT_POLL_MILLIS,
        DEFAULT_MAX_FILE_BYTES);
  }

  public Ks1Config {
    roles = Set.copyOf(roles);
    strictLas = Set.copyOf(strictLas);
    deadlines = List.copyOf(deadlines);
  }

  public boolean runs(Role role) {
    return roles.contains(role);
  }

  public static final long DEFAULT_SETTLE_MILLIS = 300;
  public static final long DEFAULT_POLL_MILLIS = 50;
  public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

  public Path inbox() {
    return dataDir.resolve("inbox");
  }

  public Path storeFile() {
    return storeIn(dataDir);
  }

  public Path kafkaDir() {
    return dataDir.resolve("kafka");
  }

  public Path analyticsDir() {
    return analyticsIn(dataDir);
  }

  /** The store in a data folder, for the commands that read it without a pipeline. */
  public static Path storeIn(Path dataDir) {
    return dataDir.resolve("ks1.duckdb");
  }

  /** The analysts' folder in a data folder (the snapshot and its Parquet files). */
  public static Path analyticsIn(Path dataDir) {
    return dataDir.resolve("analytics");
  }

  /** The analysts' snapshot of the store in a data folder. */
  public static Path snapshotIn(Path dataDir) {
    return Snapshot.file(analyticsIn(dataDir));
  }

  /** True when no external cluster is named: the app runs its own broker. */
  public boolean embeddedKafka() {
    return kafkaBootstrap == null || kafkaBootstrap.isBlank();
  }
}
