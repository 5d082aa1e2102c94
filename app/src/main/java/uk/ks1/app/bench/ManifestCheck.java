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

/**
 * Compares a store's national, regional and LA figures with a generated collection's manifest,
 * count by count, and lists every difference.
 */
public final class ManifestCheck {
  private static final String COLUMNS =
      "schools, pupils, reading_eligible, reading_exs_plus, reading_gds, writing_eligible,"
          + " writing_exs_plus, writing_gds, maths_eligible, maths_exs_plus, maths_gds,"
          + " science_eligible, science_exs, rwm_eligible, rwm_exs_plus, rwm_gds";

  private ManifestCheck() {}

  public static List<String> differences(Path store, Manifest m) throws SQLException {
    List<String> diffs = new ArrayList<>();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store, readOnly);
        Statement s = c.createStatement()) {
      compare(
          diffs, "England", m.national(), one(s, "SELECT " + COLUMNS + " FROM national_summary"));
      for (Map.Entry<String, Manifest.Figures> e : m.regions().entrySet()) {
        compare(
            diffs,
            e.getKey(),
            e.getValue(),
            one(
                s,
                "SELECT "
                    + COLUMNS
                    + " FROM region_summary WHERE region = '"
                    + e.getKey().replace("'", "''")
                    + "'"));
      }
      for (Map.Entry<String, Manifest.Figures> e : m.las().entrySet()) {
        compare(
            diffs,
            "LA " + e.getKey(),
            e.getValue(),
            one(s, "SELECT " + COLUMNS + " FROM la_summary WHERE la_code = '" + e.getKey() + "'"));
      }
      long las = Long.parseLong(one(s, "SELECT count(*) FROM la_summary"));
      if (las != m.las().size()) {
        diffs.add("the store has " + las + " LAs with figures, the manifest " + m.las().size());
      }
    }
    return diffs;
  }

  private static void compare(List<String> diffs, String level, Manifest.Figures f, String actual) {
    String expected =
        String.join(
            "|",
            List.of(
                    f.schools(),
                    f.pupils(),
                    f.reading().eligible(),
                    f.reading().exsPlus(),
                    f.reading().gds(),
                    f.writing().eligible(),
                    f.writing().exsPlus(),
                    f.writing().gds(),
                    f.maths().eligible(),
                    f.maths().exsPlus(),
                    f.maths().gds(),
                    f.science().eligible(),
                    f.science().exsPlus(),
                    f.rwm().eligible(),
                    f.rwm().exsPlus(),
                    f.rwm().gds())
                .stream()
                .map(String::valueOf)
                .toList());
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
