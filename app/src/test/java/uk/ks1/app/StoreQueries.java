package uk.ks1.app;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import uk.ks1.testkit.ExpectedFigures;
import uk.ks1.testkit.SqlRows;

/** Reads a store the way an analyst does: a separate, read-only DuckDB connection. */
final class StoreQueries {
  private StoreQueries() {}

  static List<String> rows(Path store, String sql) throws SQLException {
    return SqlRows.readOnly(store, sql);
  }

  static String one(Path store, String sql) throws SQLException {
    List<String> rows = rows(store, sql);
    if (rows.size() != 1) {
      throw new AssertionError("Expected one row from " + sql + " but got " + rows);
    }
    return rows.get(0);
  }

  /** A school's counts, in the order {@link ExpectedFigures.Figures#counts()} gives them. */
  static String schoolCounts(Path store, String laestab) throws SQLException {
    return one(
        store,
        "SELECT "
            + ExpectedFigures.COUNT_COLUMNS
            + " FROM school_summary WHERE laestab = '"
            + laestab
            + "'");
  }
}
