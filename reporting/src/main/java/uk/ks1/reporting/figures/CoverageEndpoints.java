package uk.ks1.reporting.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.reporting.completeness.CompletenessEndpoint;
import uk.ks1.reporting.http.ApiRequest;
import uk.ks1.reporting.http.CollectionChoice;
import uk.ks1.reporting.http.Reply;
import uk.ks1.reporting.http.Route;
import uk.ks1.reporting.store.StoreReads;

/**
 * What the figures cover (LAs, schools and pupils behind every level, and when each last changed)
 * and the distribution of result codes, of the collection the request names. Coverage counts are
 * never suppressed: they say how much a figure rests on, not how pupils did.
 */
public final class CoverageEndpoints {
  private final StoreReads store;
  private final CollectionChoice collections;

  public CoverageEndpoints(StoreReads store, CollectionChoice collections) {
    this.store = store;
    this.collections = collections;
  }

  public List<Route> routes() {
    return List.of(
        Route.figures("/api/coverage", r -> Reply.json(store.read(c -> coverage(c, r)))),
        Route.figures("/api/codes", r -> Reply.json(store.read(c -> codes(c, r)))));
  }

  /** Coverage of one level's row. */
  public record Covered(
      String key, String name, String region, long las, long schools, Object pupils, Instant at) {}

  /**
   * How many of an area's expected schools have sent (docs/completeness.md), where a list of
   * schools exists: {@code text} is "12 of 15 expected schools".
   */
  public record Expected(long received, long expectedSchools, String text) {
    static Expected of(CompletenessEndpoint.Counts c) {
      return c == null || c.expectedSchools() == 0
          ? null
          : new Expected(
              c.received(),
              c.expectedSchools(),
              c.received() + " of " + c.expectedSchools() + " expected schools");
    }
  }

  private Map<String, Object> coverage(Connection c, ApiRequest r) throws SQLException {
    CollectionDefinition d = collections.of(r);
    int year = r.year(SummaryReader.latestYear(c, d));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("collection", d.id());
    out.put("year", year);
    out.put("years", SummaryReader.years(c, d));
    out.put("status", Published.PROVISIONAL);
    Summary n = SummaryReader.national(c, d, year);
    out.put("national", covered(n));
    out.put(
        "regions",
        SummaryReader.all(c, d, Level.REGION, year).stream().map(this::covered).toList());
    out.put("las", SummaryReader.all(c, d, Level.LA, year).stream().map(this::covered).toList());
    out.put("expected", expected(c, d, year));
    out.put("files", counts(c, "SELECT outcome, count(*) FROM files GROUP BY outcome"));
    out.put("submissions", counts(c, "SELECT status, count(*) FROM submissions GROUP BY status"));
    out.put("lastFileAt", time(c, "SELECT max(processed_at) FROM files"));
    return out;
  }

  /** "N of M expected schools" for England, each region and each LA that has a list. */
  private static Map<String, Object> expected(Connection c, CollectionDefinition d, int year)
      throws SQLException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "national",
        CompletenessEndpoint.summary(c, d.id(), year, "national").stream()
            .findFirst()
            .map(Expected::of)
            .orElse(null));
    Map<String, Expected> regions = new LinkedHashMap<>();
    CompletenessEndpoint.summary(c, d.id(), year, "region").stream()
        .filter(r -> r.key() != null)
        .forEach(r -> regions.put(r.key(), Expected.of(r)));
    out.put("regions", regions);
    Map<String, Expected> las = new LinkedHashMap<>();
    CompletenessEndpoint.las(c, d.id(), year, null).forEach(r -> las.put(r.key(), Expected.of(r)));
    out.put("las", las);
    return out;
  }

  private Covered covered(Summary s) {
    return new Covered(
        s.key(), s.name(), s.region(), s.las(), s.schools(), s.pupils(), s.updatedAt());
  }

  private static Map<String, Long> counts(Connection c, String sql) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement q = c.prepareStatement(sql + " ORDER BY 1");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  private static Instant time(Connection c, String sql) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      Timestamp t = rs.getTimestamp(1);
      return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
  }

  /**
   * {@code /api/codes?level=la&key=330}: how many pupils got each code of each coded item (in the
   * JSON, {@code subject}), every valid code in alphabetical order, 0 where none, in the order the
   * collection gives its items, and what the counts cover. Outside the caller's own view, hidden as
   * the published view decides ({@link PublishedCells}, with the figures of every level), and not
   * published at all for a school.
   */
  private Map<String, Object> codes(Connection c, ApiRequest r) throws SQLException {
    CollectionDefinition collection = collections.of(r);
    int year = r.year(SummaryReader.latestYear(c, collection));
    Level asked =
        r.query(
            "level",
            text -> Level.valueOf(text.toUpperCase(Locale.ROOT)),
            "one of national, region, la, school");
    Level level = asked == null ? Level.NATIONAL : asked;
    String levelName = level.name().toLowerCase(Locale.ROOT);
    String key = level == Level.NATIONAL ? "England" : r.query("key");
    if (key == null) {
      throw new ApiRequest.BadRequest("key names the region, LA or school");
    }
    String la =
        switch (level) {
          case LA -> key;
          case SCHOOL -> key.length() >= 3 ? key.substring(0, 3) : key;
          default -> null;
        };
    Disclosure d = FigureEndpoints.disclosure(store, collection, r);
    boolean suppress = d.suppresses(level, la);
    Map<String, Long> stored = new LinkedHashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT subject, code, pupils FROM "
                + collection.reporting().views().codeCounts()
                + " WHERE level = ? AND key = ?"
                + " AND collection = ? AND year = ? ORDER BY subject, code")) {
      q.setString(1, levelName.toLowerCase(Locale.ROOT));
      q.setString(2, key);
      q.setString(3, collection.id());
      q.setInt(4, year);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getString(1) + ":" + rs.getString(2), rs.getLong(3));
        }
      }
    }
    List<CodeDistribution.Published> codes = new ArrayList<>();
    boolean withheld = suppress && level == Level.SCHOOL;
    if (!withheld && (!stored.isEmpty() || level == Level.NATIONAL)) {
      // every valid code of the year, 0 where none was given: a listed code says nothing
      for (Map.Entry<String, Set<String>> subject :
          collection.reporting().codes(year).sets().entrySet()) {
        Set<String> all = new TreeSet<>(subject.getValue());
        stored.keySet().stream()
            .filter(k -> k.startsWith(subject.getKey() + ":"))
            .forEach(k -> all.add(k.substring(k.indexOf(':') + 1)));
        for (String code : all) {
          long n = stored.getOrDefault(subject.getKey() + ":" + code, 0L);
          boolean hidden = d.codeHidden(level, key, la, subject.getKey(), code);
          codes.add(
              new CodeDistribution.Published(
                  subject.getKey(), code, hidden ? Cell.SUPPRESSED : (Object) n));
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("level", levelName.toLowerCase(Locale.ROOT));
    out.put("key", key);
    out.put("year", year);
    out.put("status", Published.PROVISIONAL);
    out.put("suppressed", suppress);
    Optional<Summary> covering =
        level == Level.NATIONAL
            ? Optional.of(SummaryReader.national(c, collection, year))
            : SummaryReader.one(c, collection, level, year, key);
    out.put(
        "coverage",
        covering
            .map(
                s ->
                    suppress && level == Level.SCHOOL
                        ? new Covered(
                            s.key(),
                            s.name(),
                            s.region(),
                            s.las(),
                            s.schools(),
                            PublishedCells.band(s.pupils()),
                            s.updatedAt())
                        : covered(s))
            .orElse(null));
    if (withheld) {
      out.put("note", "Result codes are published for LAs, regions and England only");
    }
    out.put("codes", codes);
    return out;
  }
}
