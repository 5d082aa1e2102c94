package uk.ks1.aggregate.snapshot;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import uk.ks1.aggregate.store.DataErrorViews;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.store.SummaryViews;
import uk.ks1.core.codes.Field;

/**
 * The analysts' copy of the store, {@code analytics/ks1.duckdb}: every table but the pupil
 * identities, with identity values in issues withheld, the same views, and Parquet files of the
 * same tables. Copied in one read transaction (so consistent across tables) into a temporary file,
 * then renamed into place (readers keep the copy they opened); the Parquet files are then written
 * from that copy, each renamed into place in turn.
 */
public final class Snapshot {
  /** What is copied, with the columns that could carry identities replaced. */
  static final List<String> TABLES =
      List.of(
          "las",
          "rules",
          "files",
          "submissions",
          "pupil_records",
          "contested_pupils",
          "school_counts",
          "validation_issues",
          "dead_letters");

  /** The labels of the fields that identify a pupil (Field.personal), as a SQL list. */
  private static final String PERSONAL_FIELDS =
      Arrays.stream(Field.values())
          .filter(Field::personal)
          .map(f -> "'" + f.label().replace("'", "''") + "'")
          .collect(Collectors.joining(", ", "(", ")"));

  private Snapshot() {}

  /** The snapshot's file in the analysts' folder. */
  public static Path file(Path dir) {
    return dir.resolve("ks1.duckdb");
  }

  /** Writes a fresh snapshot into {@code dir}: {@code ks1.duckdb} and {@code parquet/*.parquet}. */
  public static void publish(Store store, Path dir) throws SQLException, IOException {
    Files.createDirectories(dir.resolve("parquet"));
    Path tmp = dir.resolve("ks1-snapshot.tmp.duckdb");
    Files.deleteIfExists(tmp);
    Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + ".wal"));
    try (DuckDBConnection c = store.reader();
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + sql(tmp) + "' AS snap");
      try {
        copyTables(s);
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
      for (String ddl : SummaryViews.ddl()) {
        s.execute(ddl);
      }
      for (String ddl : DataErrorViews.ddl()) {
        s.execute(ddl);
      }
      s.execute("CHECKPOINT");
    }
    // The Parquet files follow the published copy, so the analysts' DuckDB file is not kept
    // waiting for them. They are read from the new copy through a name of its own, a hard link:
    // DuckDB's driver shares one database per path within a process, so a connection to
    // ks1.duckdb still open in this process would hand back the copy before this one.
    Path source = dir.resolve("ks1-snapshot.parquet-source.duckdb");
    boolean linked = link(source, tmp);
    if (!linked) {
      writeParquet(tmp, dir); // a file system without hard links: before the rename, as one
    }
    Files.move(tmp, file(dir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    if (linked) {
      try {
        writeParquet(source, dir);
      } finally {
        Files.deleteIfExists(source);
      }
    }
  }

  private static boolean link(Path link, Path target) throws IOException {
    Files.deleteIfExists(link);
    try {
      Files.createLink(link, target);
      return true;
    } catch (UnsupportedOperationException | FileSystemException noLinks) {
      return false;
    }
  }

  /** Each table of the snapshot {@code db} as {@code parquet/<table>.parquet}, renamed in. */
  private static void writeParquet(Path db, Path dir) throws SQLException, IOException {
    try (DuckDBConnection snap = open(db, true);
        Statement s = snap.createStatement()) {
      for (String table : TABLES) {
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

  private static void copyTables(Statement s) throws SQLException {
    s.execute("BEGIN TRANSACTION");
    for (String table : TABLES) {
      s.execute("CREATE TABLE snap." + table + " AS SELECT " + columns(table) + " FROM " + table);
    }
    s.execute("COMMIT");
  }

  private static String columns(String table) {
    return switch (table) {
      case "validation_issues" ->
          "* REPLACE (CASE WHEN field IN "
              + PERSONAL_FIELDS
              + " THEN NULL ELSE value END AS value)";
      case "dead_letters" -> "origin, record_key, submission_id, recorded_at";
      default -> "*";
    };
  }

  private static String sql(Path path) {
    return path.toAbsolutePath().toString().replace("'", "''");
  }
}
