package uk.ks1.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.app.generate.Manifest;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.StoreCount;

/**
 * Compares a store's national, regional and LA figures with a generated collection's manifest,
 * count by count, and lists every difference.
 */
public final class ManifestCheck {
  private ManifestCheck() {}

  /**
   * Every difference between the store's figures of {@code collection} (its summary views: schools,
   * pupils, then its declared counts) and the manifest's part generated for it.
   */
  public static List<String> differences(
      Path store, Manifest.Collection m, CollectionDefinition collection) throws SQLException {
    String columns =
        "schools, pupils, "
            + String.join(
                ", ", collection.store().counts().stream().map(StoreCount::column).toList());
    List<String> diffs = new ArrayList<>();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store, readOnly);
        Statement s = c.createStatement()) {
      compare(
          diffs,
          "England",
          m.national(),
          one(s, figures(collection, Level.NATIONAL, columns, null)));
      for (Map.Entry<String, Manifest.Figures> e : m.regions().entrySet()) {
        compare(
            diffs,
            e.getKey(),
            e.getValue(),
            one(s, figures(collection, Level.REGION, columns, e.getKey())));
      }
      for (Map.Entry<String, Manifest.Figures> e : m.las().entrySet()) {
        compare(
            diffs,
            "LA " + e.getKey(),
            e.getValue(),
            one(s, figures(collection, Level.LA, columns, e.getKey())));
      }
      long las = Long.parseLong(one(s, "SELECT count(*) FROM " + Level.LA.view(collection)));
      if (las != m.las().size()) {
        diffs.add("the store has " + las + " LAs with figures, the manifest " + m.las().size());
      }
    }
    return diffs;
  }

  /** The same for each of the manifest's collections: the differences by collection id. */
  public static Map<String, List<String>> differences(
      Path store, Manifest m, CollectionRegistry collections) throws SQLException {
    Map<String, List<String>> byCollection = new LinkedHashMap<>();
    for (String id : m.collections().keySet()) {
      byCollection.put(id, differences(store, m.collection(id), collections.of(id)));
    }
    return byCollection;
  }

  /** One level's row: the whole level, or the row of {@code key} (a region's name, an LA code). */
  private static String figures(
      CollectionDefinition collection, Level level, String columns, String key) {
    String sql = "SELECT " + columns + " FROM " + level.view(collection);
    return key == null
        ? sql
        : sql + " WHERE " + level.key() + " = '" + key.replace("'", "''") + "'";
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
