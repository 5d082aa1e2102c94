package uk.ks1.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import uk.ks1.app.generate.Manifest;
import uk.ks1.core.collection.CollectionSample;

/**
 * Compares a store's national, regional and LA figures with a generated collection's manifest,
 * count by count, and lists every difference.
 */
public final class ManifestCheck {
  private ManifestCheck() {}

  /**
   * Every difference between the store's figures and the manifest of a {@code sample} collection.
   */
  public static List<String> differences(Path store, Manifest m, CollectionSample sample)
      throws SQLException {
    List<String> diffs = new ArrayList<>();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store, readOnly);
        Statement s = c.createStatement()) {
      compare(diffs, "England", m.national(), one(s, sample.figuresQuery("national", null)));
      for (Map.Entry<String, Manifest.Figures> e : m.regions().entrySet()) {
        compare(
            diffs,
            e.getKey(),
            e.getValue(),
            one(s, sample.figuresQuery("region", quoted(e.getKey()))));
      }
      for (Map.Entry<String, Manifest.Figures> e : m.las().entrySet()) {
        compare(
            diffs,
            "LA " + e.getKey(),
            e.getValue(),
            one(s, sample.figuresQuery("la", quoted(e.getKey()))));
      }
      long las =
          Long.parseLong(one(s, "SELECT count(*) FROM (" + sample.figuresQuery("la", null) + ")"));
      if (las != m.las().size()) {
        diffs.add("the store has " + las + " LAs with figures, the manifest " + m.las().size());
      }
    }
    return diffs;
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static void compare(List<String> diffs, String level, Manifest.Figures f, String actual) {
    List<String> values = new ArrayList<>();
    values.add(String.valueOf(f.schools()));
    values.add(String.valueOf(f.pupils()));
    f.counts().values().forEach(v -> values.add(String.valueOf(v)));
    String expected = String.join("|", values);
    if (!expected.equals(actual)) {
      diffs.add(level + ": store " + actual + ", manifest " + expected);
    }
  }

  private static String one(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        return "(none)";
      }
      StringBuilder row = new StringBuilder();
      int n = rs.getMetaData().getColumnCount();
      for (int i = 1; i <= n; i++) {
        row.append(i > 1 ? "|" : "").append(rs.getString(i));
      }
      return row.toString();
    }
  }
}
