package uk.ks1.reporting.completeness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import uk.ks1.aggregate.schools.CompletenessViews;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.reporting.access.Exposure;
import uk.ks1.reporting.http.ApiRequest;
import uk.ks1.reporting.http.CollectionChoice;
import uk.ks1.reporting.http.Reply;
import uk.ks1.reporting.http.Route;
import uk.ks1.reporting.store.StoreReads;

/**
 * {@code /api/completeness?collection=&la=&year=}: who has sent what (docs/completeness.md). The
 * counts of expected schools (England, each region, each LA, or the LA asked for) are for anyone:
 * they say how far a collection has got, not how pupils did. The list of schools, with their
 * statuses, errors and confirmations, is for the LA's own token (and a national analyst's): the
 * caller's {@link uk.ks1.reporting.access.Scope} decides, as for data errors.
 */
public final class CompletenessEndpoint {
  private final StoreReads store;
  private final CollectionChoice collections;

  public CompletenessEndpoint(StoreReads store, CollectionChoice collections) {
    this.store = store;
    this.collections = collections;
  }

  public List<Route> routes() {
    return List.of(
        new Route(
            "/api/completeness",
            Exposure.FIGURES,
            r -> r.query("la"),
            Route.Tagging.STORE_VERSION,
            r -> Reply.json(store.read(c -> completeness(c, r)))));
  }

  /** An area's counts of expected schools: what "N of M expected schools" says. */
  public record Counts(
      String level,
      String key,
      long expectedSchools,
      long received,
      long notReceived,
      long withErrors,
      long confirmed,
      Double receivedPct,
      LocalDate deadline) {}

  /** One school's row of {@code school_completeness}. */
  public record School(
      String laestab,
      String schoolName,
      boolean expected,
      String reason,
      String status,
      boolean overdue,
      LocalDate deadline,
      Instant lastReceivedAt,
      Integer pupils,
      Integer errors,
      Integer queries,
      String confirmedBy,
      Instant confirmedAt) {}

  private Map<String, Object> completeness(Connection c, ApiRequest r) throws SQLException {
    CollectionDefinition d = collections.of(r);
    int year = r.year(latestYear(c, d.id()));
    String la = r.query("la");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("collection", d.id());
    out.put("year", year);
    // the caller's own LA (an LA's token), so a page knows which list it may ask for
    out.put("yourLa", r.scope().laCode());
    out.put("national", summary(c, d.id(), year, "national").stream().findFirst().orElse(null));
    if (la == null) {
      out.put("regions", summary(c, d.id(), year, "region"));
      out.put("las", las(c, d.id(), year, null));
      return out;
    }
    out.put("la", las(c, d.id(), year, la).stream().findFirst().orElse(null));
    if (r.scope().seesIssuesOf(la)) {
      out.put("schools", schools(c, d.id(), year, la));
    } else {
      out.put("note", "Counts only: the list of schools is for the LA's own token");
    }
    return out;
  }

  /** The latest year with expected or received schools for the collection. */
  public static OptionalInt latestYear(Connection c, String collection) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("SELECT max(year) FROM school_completeness WHERE collection = ?")) {
      q.setString(1, collection);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        int y = rs.getInt(1);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(y);
      }
    }
  }

  private static final String COUNTS =
      "expected_schools, received, not_received, with_errors, confirmed, received_pct";

  /** England's or every region's counts. */
  public static List<Counts> summary(Connection c, String collection, int year, String level)
      throws SQLException {
    return counts(
        c,
        "SELECT level, key, "
            + COUNTS
            + ", NULL FROM completeness_summary"
            + " WHERE collection = ? AND year = ? AND level = ? ORDER BY key",
        collection,
        year,
        level);
  }

  /** Every LA's counts, or (when {@code la} is given) that LA's. */
  public static List<Counts> las(Connection c, String collection, int year, String la)
      throws SQLException {
    return counts(
        c,
        "SELECT 'la', la_code, "
            + COUNTS
            + ", deadline FROM la_completeness WHERE collection = ? AND year = ?"
            + " AND (CAST(? AS VARCHAR) IS NULL OR la_code = ?) ORDER BY la_code",
        collection,
        year,
        la,
        la);
  }

  private static List<Counts> counts(
      Connection c, String sql, String collection, int year, String... keys) throws SQLException {
    List<Counts> out = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, collection);
      q.setInt(2, year);
      for (int i = 0; i < keys.length; i++) {
        q.setString(3 + i, keys[i]);
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Counts(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7),
                  (Double) rs.getObject(8),
                  date(rs.getDate(9))));
        }
      }
    }
    return out;
  }

  /** The LA's schools, overdue first, then by status and school. */
  private static List<School> schools(Connection c, String collection, int year, String la)
      throws SQLException {
    List<School> out = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT laestab, school_name, expected, reason, status, overdue, deadline,"
                + " last_received_at, pupils, errors, queries, confirmed_by, confirmed_at"
                + " FROM school_completeness WHERE collection = ? AND year = ? AND la_code = ?"
                + " ORDER BY overdue DESC, "
                + CompletenessViews.statusOrder("status")
                + ", laestab")) {
      q.setString(1, collection);
      q.setInt(2, year);
      q.setString(3, la);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(
              new School(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getBoolean(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getBoolean(6),
                  date(rs.getDate(7)),
                  instant(rs.getTimestamp(8)),
                  (Integer) rs.getObject(9),
                  (Integer) rs.getObject(10),
                  (Integer) rs.getObject(11),
                  rs.getString(12),
                  instant(rs.getTimestamp(13))));
        }
      }
    }
    return out;
  }

  private static LocalDate date(java.sql.Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
