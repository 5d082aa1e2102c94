package uk.ks1.collections.eyfsp.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.ks1.collections.eyfsp.Area;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.collections.store.CodeCountsView;
import uk.ks1.core.collection.CollectionStore;

/**
 * EYFSP's own views, the analysts' contract (issue 20), each over the four summary views the store
 * makes from the definition ({@code eyfsp_national_summary}, {@code _region_}, {@code _la_}, {@code
 * _school_}) so every level comes from the same pupil rows: one row per level ({@code national},
 * {@code region}, {@code la}, {@code school}) and key ({@code England}, the region's name, the LA
 * code, the LAESTAB); percentages 0-100, unrounded.
 *
 * <ul>
 *   <li>{@code eyfsp_summary}: level, key, collection, year, las, schools, pupils, eligible, gld,
 *       gld_pct, all_elgs_expected, all_elgs_expected_pct, average_elgs_expected (the 17 goals'
 *       expected counts summed, over the eligible: an all-A child adds none), updated_at;
 *   <li>{@code eyfsp_elg_summary}: level, key, year, elg ({@code E01}), area ({@code COM}),
 *       eligible, expected, expected_pct, one row per goal;
 *   <li>{@code eyfsp_area_summary}: level, key, year, area, eligible, expected (2 in every goal of
 *       the area), expected_pct, one row per area;
 *   <li>{@code eyfsp_code_counts}: level, key, collection, year, subject (the goal's item id,
 *       {@code e01}, as KS1's {@code code_counts} names its subjects by their columns), code,
 *       pupils.
 * </ul>
 */
public final class EyfspViews {
  /** The count of children with a valid profile: every measure's eligible pupils. */
  public static final String ELIGIBLE = "eligible";

  public static final String SUMMARY = "eyfsp_summary";
  public static final String ELG_SUMMARY = "eyfsp_elg_summary";
  public static final String AREA_SUMMARY = "eyfsp_area_summary";
  public static final String CODE_COUNTS = "eyfsp_code_counts";

  /** A level: its name, its key's expression and its summary view (after the prefix). */
  private record Level(String name, String key, String view) {}

  private static final List<Level> LEVELS =
      List.of(
          new Level("national", "'England'", "national_summary"),
          new Level("region", "region", "region_summary"),
          new Level("la", "la_code", "la_summary"),
          new Level("school", "laestab", "school_summary"));

  private EyfspViews() {}

  /** The views, in the order they are made. */
  public static List<String> ddl(CollectionStore store) {
    return List.of(summary(store), elgSummary(store), areaSummary(store), codeCounts(store));
  }

  static String summary(CollectionStore store) {
    String expected =
        Goals.ALL.stream().map(g -> g.column() + "_expected").collect(Collectors.joining(" + "));
    return "CREATE OR REPLACE VIEW "
        + SUMMARY
        + " AS\n"
        + levels(
            store,
            l ->
                ("SELECT '%s' AS level, %s AS key, collection, year, las, schools, pupils,"
                        + " eligible, gld, gld_pct, all_elgs_expected, all_elgs_expected_pct,"
                        + " (%s)::DOUBLE / NULLIF(eligible, 0) AS average_elgs_expected,"
                        + " updated_at")
                    .formatted(l.name(), l.key(), expected));
  }

  static String elgSummary(CollectionStore store) {
    List<String[]> rows = new ArrayList<>();
    for (Goal g : Goals.ALL) {
      rows.add(new String[] {g.code(), g.area().code(), g.column() + "_expected"});
    }
    return perGroup(store, ELG_SUMMARY, "elg", rows);
  }

  static String areaSummary(CollectionStore store) {
    List<String[]> rows = new ArrayList<>();
    for (Area a : Goals.AREAS) {
      rows.add(new String[] {a.code(), a.column() + "_expected"});
    }
    return perGroup(store, AREA_SUMMARY, "area", rows);
  }

  /**
   * One row per level, key and group (a goal or an area): the level's summary row crossed with the
   * groups, the group's expected count picked by a CASE on its name.
   */
  private static String perGroup(
      CollectionStore store, String view, String group, List<String[]> groups) {
    boolean withArea = groups.get(0).length == 3;
    String values =
        groups.stream()
            .map(g -> withArea ? "('%s', '%s')".formatted(g[0], g[1]) : "('%s')".formatted(g[0]))
            .collect(Collectors.joining(", "));
    String pick =
        groups.stream()
            .map(g -> "WHEN '%s' THEN s.%s".formatted(g[0], g[g.length - 1]))
            .collect(Collectors.joining(" "));
    String columns = withArea ? group + ", area" : group;
    String counts = groups.stream().map(g -> g[g.length - 1]).collect(Collectors.joining(", "));
    return """
        CREATE OR REPLACE VIEW %1$s AS
        WITH s AS (
        %2$s),
        g AS (SELECT * FROM (VALUES %3$s) AS g(%4$s)),
        e AS (
          SELECT s.level, s.key, s.year, g.*, s.eligible,
                 CASE g.%5$s %6$s END AS expected
          FROM s CROSS JOIN g)
        SELECT level, key, year, %4$s, eligible, expected,
               100.0::DOUBLE * expected / NULLIF(eligible, 0) AS expected_pct
        FROM e"""
        .formatted(
            view,
            levels(
                store,
                l ->
                    "SELECT '%s' AS level, %s AS key, year, eligible, %s"
                        .formatted(l.name(), l.key(), counts)),
            values,
            columns,
            group,
            pick);
  }

  /** How many children that count have each code of each goal, at every level. */
  static String codeCounts(CollectionStore store) {
    return CodeCountsView.ddl(
        CODE_COUNTS, store.resultsView(), Goals.ALL.stream().map(Goal::column).toList());
  }

  /** The four levels' selects over their summary views, as one UNION ALL. */
  private static String levels(CollectionStore store, Function<Level, String> select) {
    return LEVELS.stream()
        .map(l -> select.apply(l) + " FROM " + store.prefix() + l.view())
        .collect(Collectors.joining("\nUNION ALL\n"));
  }
}
