package uk.ks1.reporting.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.reporting.access.Exposure;
import uk.ks1.reporting.http.ApiRequest;
import uk.ks1.reporting.http.CollectionChoice;
import uk.ks1.reporting.http.Reply;
import uk.ks1.reporting.http.Route;
import uk.ks1.reporting.store.StoreReads;

/**
 * The figures API: national, regions, LAs and schools, each with its coverage and its gaps to the
 * levels above, shaped for the caller by {@link Disclosure}; of the collection the request names
 * ({@link CollectionChoice}), in its measures. Reads are cached per store version, collection and
 * year.
 */
public final class FigureEndpoints {
  private final StoreReads store;
  private final CollectionChoice collections;

  public FigureEndpoints(StoreReads store, CollectionChoice collections) {
    this.store = store;
    this.collections = collections;
  }

  public List<Route> routes() {
    return List.of(
        Route.figures("/api/national", r -> Reply.json(national(r))),
        Route.figures("/api/regions", r -> Reply.json(regions(r))),
        Route.figures("/api/regions/{region}", this::region),
        Route.figures("/api/las", r -> Reply.json(las(r))),
        new Route(
            "/api/las/{la}",
            Exposure.FIGURES,
            Route.LaOf.PATH_LA,
            Route.Tagging.STORE_VERSION,
            r -> la(r).map(Reply::json).orElseGet(() -> Reply.notFound("LA"))),
        Route.figures("/api/schools", r -> Reply.json(schools(r))),
        Route.figures("/api/directory", r -> Reply.json(directory(r))),
        new Route(
            "/api/schools/{laestab}",
            Exposure.FIGURES,
            Route.LaOf.PATH_SCHOOL,
            Route.Tagging.STORE_VERSION,
            r -> school(r).map(Reply::json).orElseGet(() -> Reply.notFound("School"))));
  }

  /** All the figures one read needs: every level of one year. */
  public record Levels(
      Summary national,
      Map<String, Summary> regions,
      Map<String, Summary> las,
      Map<String, Summary> schools) {

    public static Levels read(Connection c, CollectionDefinition d, int year) throws SQLException {
      return new Levels(
          SummaryReader.national(c, d, year),
          byKey(SummaryReader.all(c, d, Level.REGION, year)),
          byKey(SummaryReader.all(c, d, Level.LA, year)),
          byKey(SummaryReader.all(c, d, Level.SCHOOL, year)));
    }

    /** The levels a summary is compared with: its LA, its region, England. */
    public List<Summary> above(Summary s) {
      List<Summary> out = new ArrayList<>();
      if (s.level() == Level.SCHOOL && las.containsKey(s.laCode())) {
        out.add(las.get(s.laCode()));
      }
      if ((s.level() == Level.SCHOOL || s.level() == Level.LA) && regions.containsKey(s.region())) {
        out.add(regions.get(s.region()));
      }
      if (s.level() != Level.NATIONAL) {
        out.add(national);
      }
      return out;
    }

    static Map<String, Summary> byKey(List<Summary> rows) {
      Map<String, Summary> map = new LinkedHashMap<>();
      rows.forEach(s -> map.put(s.key(), s));
      return map;
    }
  }

  /** A summary published for the caller, with its gaps to the levels above. */
  public static Published withGaps(Disclosure d, Levels levels, Summary s) {
    return d.publish(s).withGaps(d.gaps(s, levels.above(s)));
  }

  private Levels levels(ApiRequest r) {
    return levels(store, collections.of(r), r);
  }

  /**
   * What the published view is worked out from: every level's figures and the code counts above
   * school level, read in one transaction, so that they are of one store version and every sum the
   * disclosure step puts between them holds (read one after another, a batch committed between two
   * reads would leave an LA's figures and its schools' from different versions).
   */
  public record Inputs(
      CollectionDefinition collection,
      int year,
      Levels levels,
      List<PublishedCells.CodeCount> codes) {
    public static Inputs read(Connection c, CollectionDefinition d, int year) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("BEGIN TRANSACTION");
        try {
          return new Inputs(d, year, Levels.read(c, d, year), SummaryReader.codeCounts(c, d, year));
        } finally {
          s.execute("ROLLBACK");
        }
      }
    }

    /**
     * The published view of these figures, revising {@code last} (null: worked out afresh; see
     * {@link PublishedCells#revised}).
     */
    public PublishedCells publishedView(PublishedCells last) {
      CollectionReporting r = collection.reporting();
      return PublishedCells.revised(r.measures(), levels, codes, r.codes(year), last);
    }
  }

  /** Every level of the year asked for, read once per store version. */
  public static Levels levels(StoreReads store, CollectionDefinition d, ApiRequest r) {
    return inputs(store, d, year(store, d, r)).levels();
  }

  private static Inputs inputs(StoreReads store, CollectionDefinition d, int year) {
    return store.cached(d.id() + "-inputs-" + year, c -> Inputs.read(c, d, year));
  }

  /**
   * The caller's disclosure: the year's published view (every table suppressed at once, see {@link
   * PublishedCells}) is worked out once per store version, and only if the caller needs it, as a
   * revision of the last one published (what it hid stays hidden while unchanged).
   */
  public static Disclosure disclosure(StoreReads store, CollectionDefinition d, ApiRequest r) {
    int year = year(store, d, r);
    return new Disclosure(d.reporting(), r.scope(), () -> publishedCells(store, d, year));
  }

  private Disclosure disclosure(ApiRequest r) {
    return disclosure(store, collections.of(r), r);
  }

  private static PublishedCells publishedCells(StoreReads store, CollectionDefinition d, int year) {
    Inputs inputs = inputs(store, d, year);
    return store.revised(d.id() + "-published-cells-" + year, inputs::publishedView);
  }

  /** The year asked for, or the latest with figures. */
  public static int year(StoreReads store, CollectionDefinition d, ApiRequest r) {
    return r.year(store.cached(d.id() + "-latest-year", c -> SummaryReader.latestYear(c, d)));
  }

  private Published national(ApiRequest r) {
    CollectionDefinition d = collections.of(r);
    int year = year(store, d, r);
    Summary national =
        store.cached(d.id() + "-national-" + year, c -> SummaryReader.national(c, d, year));
    return disclosure(store, d, r).publish(national);
  }

  /** England, the regions and the LAs (no schools), read once per store version. */
  private Levels above(ApiRequest r) {
    CollectionDefinition d = collections.of(r);
    int year = year(store, d, r);
    return store.cached(d.id() + "-above-schools-" + year, c -> aboveSchools(c, d, year));
  }

  /** England, the regions and the LAs: every level a school is compared with. */
  static Levels aboveSchools(Connection c, CollectionDefinition d, int year) throws SQLException {
    return new Levels(
        SummaryReader.national(c, d, year),
        Levels.byKey(SummaryReader.all(c, d, Level.REGION, year)),
        Levels.byKey(SummaryReader.all(c, d, Level.LA, year)),
        Map.of());
  }

  private List<Published> regions(ApiRequest r) {
    Levels levels = above(r);
    Disclosure d = disclosure(r);
    return levels.regions().values().stream().map(s -> withGaps(d, levels, s)).toList();
  }

  private Reply region(ApiRequest r) {
    Levels levels = above(r);
    String name = r.pathParam("region");
    Summary s = levels.regions().get(name);
    return s == null ? Reply.notFound("Region") : Reply.json(withGaps(disclosure(r), levels, s));
  }

  private List<Published> las(ApiRequest r) {
    Levels levels = above(r);
    Disclosure d = disclosure(r);
    String region = r.query("region");
    return levels.las().values().stream()
        .filter(s -> region == null || region.equals(s.region()))
        .map(s -> withGaps(d, levels, s))
        .toList();
  }

  private Optional<Published> la(ApiRequest r) {
    Levels levels = above(r);
    return Optional.ofNullable(levels.las().get(r.pathParam("la")))
        .map(s -> withGaps(disclosure(r), levels, s));
  }

  private List<Published> schools(ApiRequest r) {
    Levels levels = levels(r);
    Disclosure d = disclosure(r);
    String la = r.query("la");
    return levels.schools().values().stream()
        .filter(s -> la == null || la.equals(s.laCode()))
        .map(s -> withGaps(d, levels, s))
        .toList();
  }

  /** A name in the directory: key (LA code or LAESTAB), name, and the LA or region it is in. */
  public record Entry(String key, String name, String in) {}

  /**
   * The LAs and schools with figures, by name only: what a picker needs, without every school's
   * figures (16,000 of them nationally).
   */
  private Map<String, List<Entry>> directory(ApiRequest r) {
    Levels levels = levels(r);
    Map<String, List<Entry>> out = new LinkedHashMap<>();
    out.put(
        "las",
        levels.las().values().stream().map(s -> new Entry(s.key(), s.name(), s.region())).toList());
    out.put(
        "schools",
        levels.schools().values().stream()
            .map(s -> new Entry(s.key(), s.name(), s.laCode()))
            .toList());
    return out;
  }

  /**
   * One school, read alone with the levels above it (national, regions, LAs), not with every school
   * in the country: what a school's dashboard polls, kept quick at national scale.
   */
  private Optional<Published> school(ApiRequest r) {
    CollectionDefinition d = collections.of(r);
    int year = year(store, d, r);
    String laestab = r.pathParam("laestab");
    Optional<Summary> school =
        store.cached(
            d.id() + "-school-" + year + "-" + laestab,
            c -> SummaryReader.one(c, d, Level.SCHOOL, year, laestab));
    if (school.isEmpty()) {
      return Optional.empty();
    }
    Levels above = above(r);
    return school.map(s -> withGaps(disclosure(store, d, r), above, s));
  }
}
