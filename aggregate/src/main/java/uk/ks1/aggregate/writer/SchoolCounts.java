package uk.ks1.aggregate.writer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.store.SummaryViews;

/**
 * Keeps {@code school_counts} equal to counting {@code pupil_results} school by school: each batch
 * recounts the schools it touched, in its own transaction. A school is touched when its current
 * data changes, or when a pupil it holds is also held by a school whose data changed (a pupil who
 * moved may count at the other school now).
 */
final class SchoolCounts {
  private final DuckDBConnection c;

  SchoolCounts(DuckDBConnection c) {
    this.c = c;
  }

  /**
   * Recounts every school (when the writer starts: the table is then right whatever came before).
   */
  static SchoolCounts rebuild(DuckDBConnection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM school_counts");
      s.execute("INSERT INTO school_counts " + SummaryViews.schoolCounts("true"));
    }
    return new SchoolCounts(c);
  }

  /**
   * The schools and contested pupils of stored submissions about to leave the current data: read
   * before their rows are deleted.
   */
  Touched leaving(Set<String> submissionIds) throws SQLException {
    Touched t = new Touched();
    if (submissionIds.isEmpty()) {
      return t;
    }
    String sql =
        "SELECT DISTINCT laestab, CASE WHEN pupil_key IN (SELECT pupil_key FROM contested_pupils)"
            + " THEN pupil_key END FROM pupil_records WHERE submission_id IN "
            + StoreLookups.placeholders(submissionIds);
    try (PreparedStatement q = c.prepareStatement(sql)) {
      StoreLookups.bind(q, submissionIds);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          t.schools.add(rs.getString(1));
          if (rs.getString(2) != null) {
            t.contestedKeys.add(rs.getString(2));
          }
        }
      }
    }
    return t;
  }

  /** Recounts the touched schools and every school holding one of the touched contested pupils. */
  void recount(Touched t) throws SQLException {
    Set<String> schools = new HashSet<>(t.schools);
    if (!t.contestedKeys.isEmpty()) {
      String sql =
          "SELECT DISTINCT laestab FROM pupil_records WHERE pupil_key IN "
              + StoreLookups.placeholders(t.contestedKeys);
      try (PreparedStatement q = c.prepareStatement(sql)) {
        StoreLookups.bind(q, t.contestedKeys);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            schools.add(rs.getString(1));
          }
        }
      }
    }
    if (schools.isEmpty()) {
      return;
    }
    String in = StoreLookups.placeholders(schools);
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM school_counts WHERE laestab IN " + in)) {
      StoreLookups.bind(delete, schools);
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO school_counts " + SummaryViews.schoolCounts("laestab IN " + in))) {
      StoreLookups.bind(insert, schools);
      insert.executeUpdate();
    }
  }

  /** What a batch touched: schools whose data changed, and contested pupils they held or hold. */
  static final class Touched {
    final Set<String> schools = new HashSet<>();
    final Set<String> contestedKeys = new HashSet<>();
  }
}
