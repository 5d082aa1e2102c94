package uk.ks1.app.load;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.store.Store;

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
    try (DuckDBConnection c = store.reader();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT collection, year, las, schools, pupils, reading_exs_plus_pct,"
                    + " writing_exs_plus_pct, maths_exs_plus_pct, science_exs_pct,"
                    + " rwm_exs_plus_pct FROM national_summary ORDER BY year")) {
      while (rs.next()) {
        out.printf(
            Locale.ROOT,
            "%s %d, England (provisional): %d LA(s), %d school(s), %d pupil(s)."
                + " EXS+ reading %s, writing %s, maths %s, science %s, RWM %s%n",
            rs.getString(1),
            rs.getInt(2),
            rs.getInt(3),
            rs.getInt(4),
            rs.getInt(5),
            pct(rs, 6),
            pct(rs, 7),
            pct(rs, 8),
            pct(rs, 9),
            pct(rs, 10));
      }
    }
  }

  private static String pct(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull()
        ? "x"
        : new java.math.BigDecimal(v).setScale(0, java.math.RoundingMode.HALF_UP) + "%";
  }
}
