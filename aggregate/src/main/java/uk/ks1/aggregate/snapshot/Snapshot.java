package uk.ks1.aggregate.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.store.Store;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * The analysts' copy of the store, {@code analytics/ks1.duckdb}: every table but the pupil
 * identities, with identity values in issues withheld, the same views, and Parquet files of the
 * same tables. Copied in one read transaction (so consistent across tables) into a temporary file,
 * then renamed into place (readers keep the copy they opened); the Parquet files are then written
 * from that copy, each renamed into place in turn. A refresh starts from the last copy and copies
 * only what changed in the largest table ({@link SnapshotTables}).
 */
public final class Snapshot {
  private static final Logger LOG = LoggerFactory.getLogger(Snapshot.class);

  private Snapshot() {}

  /** The tables the snapshot of a store of {@code collections} holds (besides its views). */
  public static List<String> tables(CollectionRegistry collections) {
    return SnapshotTables.tables(collections);
  }

  /** The snapshot's file in the analysts' folder. */
  public static Path file(Path dir) {
    return dir.resolve("ks1.duckdb");
  }

  /**
   * Writes a fresh snapshot into {@code dir}, {@code ks1.duckdb} and {@code parquet/*.parquet},
   * copied whole from the store.
   */
  public static void publish(Store store, Path dir) throws SQLException, IOException {
    write(store, dir, false);
    writeParquet(
        base(dir),
        dir,
        store.collections()); // after the DuckDB file was published: it does not wait for them
  }

  /**
   * Writes a fresh snapshot into {@code dir} starting from the last one written there, so that only
   * the pupil records of submissions that came or went since are copied ({@link SnapshotTables});
   * copied whole when {@code whole}, when there is none, or when it cannot be used (its columns
   * differ from the store's, or it cannot be read). The last one is the publisher's own copy of it
   * (not the published file, which an analyst may have opened read-write), and must come from this
   * store: a store replaced or rebuilt with another pupil-key secret needs a whole copy first. The
   * Parquet files are left as they were: {@link #writeParquet} of a {@link #parquetSource} brings
   * them up to date. Returns whether it started from the last one.
   */
  public static boolean refresh(Store store, Path dir, boolean whole)
      throws SQLException, IOException {
    if (!whole && Files.exists(base(dir))) {
      try {
        write(store, dir, true);
        return true;
      } catch (SQLException | IOException e) {
        LOG.warn(
            "The analysts' snapshot is copied whole: the previous one could not be brought"
                + " up to date ({})",
            e.toString());
      }
    }
    write(store, dir, false);
    return false;
  }

  private static void write(Store store, Path dir, boolean fromPrevious)
      throws SQLException, IOException {
    Files.createDirectories(dir.resolve("parquet"));
    Path tmp = dir.resolve("ks1-snapshot.tmp.duckdb");
    Files.deleteIfExists(tmp);
    Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + ".wal"));
    if (fromPrevious) {
      Files.copy(base(dir), tmp); // closed and checkpointed when kept: the file is all of it
    }
    try (DuckDBConnection c = store.reader();
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + sql(tmp) + "' AS snap");
      try {
        if (fromPrevious && !SnapshotTables.sameColumns(s, store.collections())) {
          throw new SQLException("its pupil tables' columns are not the store's");
        }
        SnapshotTables.copy(s, store.collections(), fromPrevious);
      } catch (SQLException e) {
        // the copy's own error is the one to report, not the DETACH refused inside a failed
        // transaction: roll back first, and keep any later failure as suppressed
        try {
          s.execute("ROLLBACK");
          s.execute("DETACH snap");
        } catch (SQLException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
      s.execute("DETACH snap");
    }
    try (DuckDBConnection snap = open(tmp, false);
        Statement s = snap.createStatement()) {
      if (!fromPrevious) { // a refresh's base has the views already
        for (String ddl : store.viewsDdl()) {
          s.execute(ddl);
        }
      }
      s.execute("CHECKPOINT");
    }
    // The new copy is also kept as the next refresh's base, a file of the publisher's own: an
    // analyst's connection to the published copy cannot change it (DuckDB would let a read-write
    // one), and DuckDB's driver, which shares one database per path within a process, cannot hand
    // back an older copy for it, as it could for ks1.duckdb while this process still reads one.
    Path base = base(dir);
    Path baseTmp = dir.resolve(".ks1-snapshot-base.tmp.duckdb");
    Files.copy(tmp, baseTmp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(baseTmp, base, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Files.move(tmp, file(dir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The size of the base the next {@link #refresh} starts from, or -1 when there is none. */
  public static long baseBytes(Path dir) throws IOException {
    Path base = base(dir);
    return Files.exists(base) ? Files.size(base) : -1;
  }

  private static Path base(Path dir) {
    return dir.resolve(".ks1-snapshot-base.duckdb");
  }

  /**
   * A copy of the last snapshot written into {@code dir} for {@link #writeParquet} to read while
   * the next refreshes go on: the base itself is replaced by each refresh.
   */
  public static Path parquetSource(Path dir) throws IOException {
    Path source = dir.resolve(".ks1-snapshot-parquet.duckdb");
    Files.copy(base(dir), source, StandardCopyOption.REPLACE_EXISTING);
    return source;
  }

  /**
   * Each table of the snapshot {@code source} (the base, or a {@link #parquetSource}) as {@code
   * parquet/<table>.parquet} in {@code dir}, each renamed into place; read with one thread, as it
   * may run beside the pipeline.
   */
  public static void writeParquet(Path source, Path dir, CollectionRegistry collections)
      throws SQLException, IOException {
    try (DuckDBConnection snap = open(source, true);
        Statement s = snap.createStatement()) {
      s.execute("SET threads = 1");
      for (String table : SnapshotTables.tables(collections)) {
        Path parquet = dir.resolve("parquet").resolve(table + ".parquet");
        Path part = dir.resolve("parquet").resolve(table + ".parquet.tmp");
        s.execute("COPY " + table + " TO '" + sql(part) + "' (FORMAT parquet)");
        Files.move(
            part, parquet, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static DuckDBConnection open(Path file, boolean readOnly) throws SQLException {
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
    }
    return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, properties);
  }

  private static String sql(Path path) {
    return path.toAbsolutePath().toString().replace("'", "''");
  }
}
