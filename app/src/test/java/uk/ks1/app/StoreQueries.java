package uk.ks1.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a store the way an analyst does: a separate, read-only DuckDB connection. */
final class StoreQueries {
  private StoreQueries() {}

  static List<String> rows(Path store, String sql) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store, readOnly);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  static String one(Path store, String sql) throws SQLException {
    List<String> rows = rows(store, sql);
    if (rows.size() != 1) {
      throw new AssertionError("Expected one row from " + sql + " but got " + rows);
    }
    return rows.get(0);
  }
}
