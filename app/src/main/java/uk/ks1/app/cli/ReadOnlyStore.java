package uk.ks1.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import uk.ks1.app.pipeline.Ks1Config;

/**
 * How the report commands read the store: read-only; and while a running service holds it (DuckDB
 * lets one process open the file), the analysts' snapshot instead, which has no pupil identities.
 */
final class ReadOnlyStore {
  /** What a report reads; {@code snapshot} says it is the analysts' snapshot, not the store. */
  @FunctionalInterface
  interface Read<T> {
    T from(Connection c, boolean snapshot) throws SQLException;
  }

  private ReadOnlyStore() {}

  /** Reads the data folder's store (which must exist), or its snapshot while the store is held. */
  static <T> T read(Path data, Read<T> read) throws SQLException {
    Path store = Ks1Config.storeIn(data);
    try (Connection c = open(store)) {
      return read.from(c, false);
    } catch (SQLException e) {
      Path snapshot = Ks1Config.snapshotIn(data);
      if (!heldByAnotherProcess(e) || !Files.isRegularFile(snapshot)) {
        throw e;
      }
      try (Connection c = open(snapshot)) {
        return read.from(c, true);
      }
    }
  }

  /**
   * Is the store open for writing in another process (a running service)? DuckDB says so only in
   * its message (no SQL state or code), as "IO Error: Could not set lock on file ...".
   */
  private static boolean heldByAnotherProcess(SQLException e) {
    return String.valueOf(e.getMessage()).contains("Could not set lock on file");
  }

  private static Connection open(Path file) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
  }
}
