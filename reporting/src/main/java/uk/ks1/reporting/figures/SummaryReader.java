package uk.ks1.reporting.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportingViews;
import uk.ks1.core.event.SubmissionStatus;

/**
 * Reads a collection's summary views (the ones its definition names, with the columns of its
 * measures) with the names people know each level by: the school's name from its latest submission,
 * the LA's name and region from {@code las}. Plain SELECTs only.
 */
public final class SummaryReader {
  private static final String CURRENT = SubmissionStatus.currentSqlList();

  private SummaryReader() {}

  /** The latest collection year with figures, if any. */
  public static OptionalInt latestYear(Connection c, CollectionDefinition d) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT max(year) FROM "
                + d.reporting().views().schoolCounts()
                + " WHERE collection = ?")) {
      q.setString(1, d.id());
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        int year = rs.getInt(1);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(year);
      }
    }
  }

  /** The years with figures, newest first. */
  public static List<Integer> years(Connection c, CollectionDefinition d) throws SQLException {
    List<Integer> years = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT DISTINCT year FROM "
                + d.reporting().views().schoolCounts()
                + " WHERE collection = ? ORDER BY year DESC")) {
      q.setString(1, d.id());
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          years.add(rs.getInt(1));
        }
      }
    }
    return years;
  }

  /** The code distributions of England, every region and every LA (not schools') for a year. */
  public static List<PublishedCells.CodeCount> codeCounts(
      Connection c, CollectionDefinition d, int year) throws SQLException {
    List<PublishedCells.CodeCount> out = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT level, key, subject, code, pupils FROM "
                + d.reporting().views().codeCounts()
                + " WHERE collection = ?"
                + " AND year = ? AND level IN ('national', 'region', 'la') ORDER BY ALL")) {
      q.setString(1, d.id());
      q.setInt(2, year);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(
              new PublishedCells.CodeCount(
                  Level.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getLong(5)));
        }
      }
    }
    return out;
  }

  public static Summary national(Connection c, CollectionDefinition d, int year)
      throws SQLException {
    List<Summary> rows = read(c, d, Level.NATIONAL, year, null);
    return rows.isEmpty()
        ? Summary.empty(Level.NATIONAL, "England", "England", d.id(), year)
        : rows.get(0);
  }

  /** Every row of a level for a year, in key order. */
  public static List<Summary> all(Connection c, CollectionDefinition d, Level level, int year)
      throws SQLException {
    return read(c, d, level, year, null);
  }

  public static Optional<Summary> one(
      Connection c, CollectionDefinition d, Level level, int year, String key) throws SQLException {
    return read(c, d, level, year, key).stream().findFirst();
  }

  private static List<Summary> read(
      Connection c, CollectionDefinition d, Level level, int year, String key) throws SQLException {
    String sql = select(d.reporting().views(), level) + " WHERE s.collection = ? AND s.year = ?";
    if (key != null) {
      sql += " AND s." + level.key() + " = ?";
    }
    sql += level.key() == null ? "" : " ORDER BY s." + level.key();
    List<Summary> out = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, d.id());
      q.setInt(2, year);
      if (key != null) {
        q.setString(3, key);
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(summary(d.reporting().measures(), level, rs));
        }
      }
    }
    return out;
  }

  private static String select(ReportingViews views, Level level) {
    return switch (level) {
      case NATIONAL ->
          "SELECT s.*, 'England' AS key_, 'England' AS name_, NULL AS la_, NULL AS region_"
              + " FROM "
              + views.nationalSummary()
              + " s";
      case REGION ->
          "SELECT s.*, s.region AS key_, s.region AS name_, NULL AS la_, s.region AS region_"
              + " FROM "
              + views.regionSummary()
              + " s";
      case LA ->
          "SELECT s.*, s.la_code AS key_, coalesce(l.la_name, s.la_code) AS name_,"
              + " s.la_code AS la_, l.region AS region_"
              + " FROM "
              + views.laSummary()
              + " s LEFT JOIN las l USING (la_code)";
      case SCHOOL ->
          "SELECT s.*, s.laestab AS key_,"
              // the name the school's file gave, else DfE's list's, else its number
              + " coalesce(n.school_name, sl.school_name, s.laestab) AS name_,"
              + " substr(s.laestab, 1, 3) AS la_, l.region AS region_"
              + " FROM "
              + views.schoolSummary()
              + " s"
              + " LEFT JOIN las l ON l.la_code = substr(s.laestab, 1, 3)"
              + " LEFT JOIN (SELECT laestab, arg_max(school_name, received_at) AS school_name"
              + "   FROM submissions WHERE laestab IS NOT NULL AND status IN "
              + CURRENT
              + "   GROUP BY laestab) n ON n.laestab = s.laestab"
              + " LEFT JOIN school_list sl ON sl.laestab = s.laestab";
    };
  }

  private static Summary summary(List<ReportedMeasure> of, Level level, ResultSet rs)
      throws SQLException {
    Map<String, Counts> measures = new LinkedHashMap<>();
    for (ReportedMeasure m : of) {
      measures.put(
          m.key(),
          new Counts(
              rs.getLong(m.eligibleColumn()),
              rs.getLong(m.metColumn()),
              m.hasHigher() ? rs.getLong(m.higherColumn()) : 0));
    }
    Timestamp updated = rs.getTimestamp("updated_at");
    return new Summary(
        level,
        rs.getString("key_"),
        rs.getString("name_"),
        rs.getString("la_"),
        rs.getString("region_"),
        rs.getString("collection"),
        rs.getInt("year"),
        rs.getLong("las"),
        rs.getLong("schools"),
        rs.getLong("pupils"),
        measures,
        updated == null ? null : updated.toLocalDateTime().toInstant(ZoneOffset.UTC));
  }
}
