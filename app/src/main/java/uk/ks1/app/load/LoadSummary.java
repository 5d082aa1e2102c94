package uk.ks1.app.load;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.store.Store;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedMeasure;

/**
 * What {@code load} prints at the end: the files' fates, the unfinished files and the entries that
 * are not regular files it left where they are, and the national figures now in the store.
 */
public final class LoadSummary {
  private LoadSummary() {}

  public static void print(
      PrintWriter out,
      LoadWaiter w,
      int files,
      List<String> unfinished,
      List<String> notRegular,
      Store store)
      throws SQLException {
    out.printf(
        "Loaded %d file(s): %d accepted as %d submission(s), %d rejected (reports in failed/).%n",
        files, w.accepted(), w.submissions(), w.rejected());
    if (!unfinished.isEmpty()) {
      out.printf(
          "Skipped %d unfinished file(s) (*.part, *.tmp, *.crdownload, *.camelLock: still being"
              + " written or downloaded), left where they are: %s%n",
          unfinished.size(), String.join(", ", unfinished));
    }
    if (!notRegular.isEmpty()) {
      out.printf(
          "Left alone %d entr%s that %s not regular files (links, named pipes, devices or"
              + " sockets are never read or followed), left where they are: %s%n",
          notRegular.size(),
          notRegular.size() == 1 ? "y" : "ies",
          notRegular.size() == 1 ? "is" : "are",
          String.join(", ", notRegular));
    }
    if (w.deadLetters() > 0) {
      out.printf(
          "%d submission(s) could not be processed: see the dead_letters table.%n",
          w.deadLetters());
    }
    for (CollectionDefinition d : Registered.collections().all()) {
      national(out, store, d.reporting());
    }
  }

  /**
   * The collection's national figures: "KS1_TA 2023, England (provisional): ... EXS+ reading 68%,
   * ..." (each measure's met percentage, worked out from its counts as the summaries do).
   */
  private static void national(PrintWriter out, Store store, CollectionReporting r)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT collection, year, las, schools, pupils");
    List<String> names = new ArrayList<>();
    for (ReportedMeasure m : r.briefMeasures()) {
      sql.append(", 100.0::DOUBLE * ")
          .append(m.metColumn())
          .append(" / NULLIF(")
          .append(m.eligibleColumn())
          .append(", 0)");
      names.add(name(m));
    }
    sql.append(" FROM ").append(r.views().nationalSummary()).append(" ORDER BY year");
    try (DuckDBConnection c = store.reader();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql.toString())) {
      while (rs.next()) {
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          figures.add(names.get(i) + " " + pct(rs, 6 + i));
        }
        out.printf(
            Locale.ROOT,
            "%s %d, England (provisional): %d LA(s), %d school(s), %d pupil(s). %s %s%n",
            rs.getString(1),
            rs.getInt(2),
            rs.getInt(3),
            rs.getInt(4),
            rs.getInt(5),
            r.stats().metLabel(),
            String.join(", ", figures));
      }
    }
  }

  /**
   * A measure as a sentence names it: its short label without the note's star, lower case unless an
   * acronym.
   */
  private static String name(ReportedMeasure m) {
    String name = m.shortLabel().replace("*", "").strip();
    return name.equals(name.toUpperCase(Locale.ROOT)) ? name : name.toLowerCase(Locale.ROOT);
  }

  private static String pct(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull()
        ? "x"
        : new java.math.BigDecimal(v).setScale(0, java.math.RoundingMode.HALF_UP) + "%";
  }
}
