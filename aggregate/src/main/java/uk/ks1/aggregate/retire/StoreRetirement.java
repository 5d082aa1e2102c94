package uk.ks1.aggregate.retire;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.ks1.core.codes.Field;

/**
 * A retirement in the store: the scope's pupil identities deleted ({@code pupil_identities}, and
 * the values found of issues on identity fields), in one transaction with the retirement log's row
 * ({@code retirements}, counts only). Figures, history and rule ids stay. Which original files
 * belong wholly to the scope, for the caller to remove.
 */
public final class StoreRetirement {
  /** A file of the scope, as the store knows it: where the intake will have put it. */
  public record ScopeFile(String fileId, String laCode, String fileName, String sha256) {}

  /** What was deleted. */
  public record Deleted(long identities, long issueValues) {}

  private StoreRetirement() {}

  /** The summer of the school year in which a timestamp falls, in SQL. */
  private static final String SUMMER =
      "(year(%1$s) + CASE WHEN month(%1$s) >= 9 THEN 1 ELSE 0 END)";

  /**
   * The submissions of the scope, as SQL over {@code submissions s} with 5 parameters (la, la,
   * year, collection, collection): of the scope's collections and summer, and the rejected files'
   * of its summer when it covers every collection.
   */
  private static final String IN_SCOPE =
      "(CAST(? AS VARCHAR) IS NULL OR s.la_code = ?)"
          + " AND coalesce(s.year, "
          + SUMMER.formatted("s.received_at")
          + ") = ?"
          + " AND (CAST(? AS VARCHAR) IS NULL OR s.collection = ?)";

  private static int bind(PreparedStatement q, int from, RetiredScope scope) throws SQLException {
    text(q, from, scope.la());
    text(q, from + 1, scope.la());
    q.setInt(from + 2, scope.year());
    text(q, from + 3, scope.collection());
    text(q, from + 4, scope.collection());
    return from + 5;
  }

  private static void text(PreparedStatement q, int i, String v) throws SQLException {
    if (v == null) {
      q.setNull(i, Types.VARCHAR);
    } else {
      q.setString(i, v);
    }
  }

  /** Deletes the scope's identities and logs the retirement, in one transaction. */
  public static Deleted retire(
      Connection c,
      RetiredScope scope,
      String retirementId,
      Instant at,
      String reason,
      int keysDestroyed,
      int filesRemoved)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      long identities;
      try (PreparedStatement q =
          c.prepareStatement(
              "DELETE FROM pupil_identities WHERE submission_id IN"
                  + " (SELECT s.submission_id FROM submissions s WHERE "
                  + IN_SCOPE
                  + ")")) {
        bind(q, 1, scope);
        identities = q.executeUpdate();
      }
      long values;
      try (PreparedStatement q =
          c.prepareStatement(
              "UPDATE validation_issues SET value = NULL WHERE value IS NOT NULL AND field IN ("
                  + personalFields()
                  + ") AND submission_id IN (SELECT s.submission_id FROM submissions s WHERE "
                  + IN_SCOPE
                  + ")")) {
        bind(q, 1, scope);
        values = q.executeUpdate();
      }
      log(c, scope, retirementId, at, reason, keysDestroyed, identities, values, filesRemoved);
      c.commit();
      return new Deleted(identities, values);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /**
   * Whether a row's identities were retired, as SQL: true when the retirement log has a retirement
   * covering its summer, collection and LA (given as SQL expressions) that destroyed keys or
   * deleted identities (not one that removed original files alone). What pupil lists and the
   * data-errors report ask, to say "(identities retired)" where they are gone.
   */
  public static String retiredSql(String year, String collection, String la) {
    return "EXISTS (SELECT 1 FROM retirements t WHERE t.year = "
        + year
        + " AND (t.collection IS NULL OR t.collection = "
        + collection
        + ") AND (t.la_code IS NULL OR t.la_code = "
        + la
        + ") AND (t.keys_destroyed > 0 OR t.identities_deleted > 0))";
  }

  /** The summers the store has submissions of (a rejected file's: the school year it came in). */
  public static List<Integer> summers(Connection c) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (PreparedStatement q =
            c.prepareStatement(
                "SELECT DISTINCT coalesce(s.year, "
                    + SUMMER.formatted("s.received_at")
                    + ") FROM submissions s ORDER BY 1");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  /** The reasons the log has for whole summers (every collection, every LA) already retired. */
  public static List<String> reasonsFor(Connection c, int year) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT reason FROM retirements WHERE year = ? AND collection IS NULL"
                + " AND la_code IS NULL")) {
      q.setInt(1, year);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Logs a removal of the scope's original files alone (their retention is shorter). */
  public static void filesRemoved(
      Connection c, RetiredScope scope, String retirementId, Instant at, String reason, int files)
      throws SQLException {
    log(c, scope, retirementId, at, reason, 0, 0, 0, files);
  }

  private static void log(
      Connection c,
      RetiredScope scope,
      String retirementId,
      Instant at,
      String reason,
      int keys,
      long identities,
      long values,
      int files)
      throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("INSERT INTO retirements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      q.setString(1, retirementId);
      q.setTimestamp(2, Timestamp.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDateTime()));
      q.setInt(3, scope.year());
      text(q, 4, scope.collection());
      text(q, 5, scope.la());
      text(q, 6, reason);
      q.setInt(7, keys);
      q.setLong(8, identities);
      q.setLong(9, values);
      q.setInt(10, files);
      q.executeUpdate();
    }
  }

  /**
   * The files whose every submission is of the scope (a file with schools of other years or
   * collections stays), and, when the scope covers every collection, the scope's files with no
   * submission (a zip, a duplicate) received in its summer.
   */
  public static List<ScopeFile> files(Connection c, RetiredScope scope) throws SQLException {
    String inScope = "SELECT s.submission_id FROM submissions s WHERE " + IN_SCOPE;
    List<ScopeFile> out = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT f.file_id, f.la_code, f.file_name, f.file_sha256 FROM files f"
                + " WHERE (CAST(? AS VARCHAR) IS NULL OR f.la_code = ?) AND ("
                + "  (EXISTS (SELECT 1 FROM submissions x WHERE x.file_id = f.file_id)"
                + "   AND NOT EXISTS (SELECT 1 FROM submissions x WHERE x.file_id = f.file_id"
                + "     AND x.submission_id NOT IN ("
                + inScope
                + ")))"
                + "  OR (NOT EXISTS (SELECT 1 FROM submissions x WHERE x.file_id = f.file_id)"
                + "   AND CAST(? AS VARCHAR) IS NULL AND "
                + SUMMER.formatted("f.received_at")
                + " = ?))"
                + " ORDER BY f.file_id")) {
      text(q, 1, scope.la());
      text(q, 2, scope.la());
      int next = bind(q, 3, scope);
      text(q, next, scope.collection());
      q.setInt(next + 1, scope.year());
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ScopeFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  private static String personalFields() {
    return Field.PERSONAL.stream().map(f -> "'" + f.name() + "'").collect(Collectors.joining(", "));
  }
}
