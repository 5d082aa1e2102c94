package uk.ks1.aggregate.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreMeasure;

/**
 * A collection's views, generated from its definition: the records that count ({@code
 * <prefix>pupil_results}), and its summary views, one per level, from one template so the four
 * cannot drift apart. Every level is built from pupil rows (through the school counts the writer
 * keeps), never by averaging percentages; percentages are 0-100 and unrounded.
 */
public final class SummaryViews {
  /** A level: its view's name (after the collection's prefix) and the key it groups by. */
  public enum Level {
    NATIONAL("national_summary", null),
    REGION("region_summary", "region"),
    LA("la_summary", "la_code"),
    SCHOOL("school_summary", "laestab");

    private final String view;
    private final String key;

    Level(String view, String key) {
      this.view = view;
      this.key = key;
    }

    /**
     * The view's name without a collection's prefix: the name of the view of the collection whose
     * prefix is empty (see {@link CollectionStore#prefix()}).
     */
    public String view() {
      return view;
    }

    /** The view of this level for {@code collection}. */
    public String view(CollectionDefinition collection) {
      return collection.store().prefix() + view;
    }

    /** The key column, or null for national. */
    public String key() {
      return key;
    }
  }

  /** The pupil table's columns that the results view shows before the items, in order. */
  private static final String RESULT_COLUMNS =
      "collection, year, la_code, region, laestab, pupil_key, sex";

  private SummaryViews() {}

  /**
   * The collection's views' DDL (CREATE OR REPLACE, run on every open): its pupil results first,
   * then its summaries, then its own views. The summaries read its school counts table, which the
   * store creates from the same definition (its columns are those of {@link #schoolCounts}).
   */
  public static List<String> ddl(CollectionDefinition collection) {
    List<String> ddl = new ArrayList<>();
    ddl.add(pupilResults(collection));
    for (Level level : Level.values()) {
      ddl.add(summary(collection, level));
    }
    ddl.addAll(collection.store().views());
    return ddl;
  }

  /**
   * The records that currently count: no record-level error, and for a pupil in two schools' data
   * (a pupil who moved) only the record held longest: {@code held_since} is when the school's data
   * first held the pupil (kept while its later files still hold the pupil, reset when one drops
   * them), so the pupil counts at the school whose file was received first until that school's data
   * no longer holds them. Ties (files received at the same instant) go to the lower LAESTAB. Only
   * the few pupils in {@code contested_pupils} are ranked; every other pupil has one counting
   * record. Everything here comes from the events, so a replay gives the same answer.
   */
  static String pupilResults(CollectionDefinition collection) {
    CollectionStore store = collection.store();
    String columns =
        RESULT_COLUMNS
            + collection.items().stream().map(i -> ", " + i.id()).collect(Collectors.joining())
            + ", submission_id";
    return """
        CREATE OR REPLACE VIEW %2$s AS
        SELECT %1$s
        FROM %3$s
        WHERE counts AND (pupil_key IS NULL OR pupil_key NOT IN (SELECT pupil_key FROM contested_pupils))
        UNION ALL
        SELECT %1$s
        FROM (
          SELECT *, row_number() OVER (
                      PARTITION BY collection, year, pupil_key
                      ORDER BY held_since, laestab, row_number) AS claim
          FROM %3$s
          WHERE counts AND pupil_key IN (SELECT pupil_key FROM contested_pupils))
        WHERE claim = 1"""
        .formatted(columns, store.resultsView(), store.pupilTable());
  }

  /**
   * Each school's counts from the collection's pupil results, for the schools {@code where} selects
   * (a SQL condition on them, or "true"): what its school counts table holds, kept by the writer
   * for the schools each batch touches, so every summary sums 16,000 schools, not 600,000 pupils.
   * The writer's own tally counts the same declaration ({@link CollectionStore#counts()}).
   */
  public static String schoolCounts(CollectionDefinition collection, String where) {
    StringBuilder counts = new StringBuilder();
    for (StoreCount count : collection.store().counts()) {
      counts
          .append(",\n  count(*) FILTER (WHERE ")
          .append(CountSql.condition(count))
          .append(") AS ")
          .append(count.column());
    }
    return "SELECT collection, year, region, la_code, laestab,\n  count(*) AS pupils"
        + counts
        + "\nFROM "
        + collection.store().resultsView()
        + " WHERE "
        + where
        + " GROUP BY ALL";
  }

  static String summary(CollectionDefinition collection, Level level) {
    CollectionStore store = collection.store();
    String key = level.key() == null ? "" : ", " + level.key();
    String counts =
        "SELECT collection, year%s, count(DISTINCT la_code) AS las, count(*) AS schools, %s"
                .formatted(key, rollUp(store))
            + " FROM "
            + store.schoolCountsTable()
            + " GROUP BY ALL";
    String timeKey =
        switch (level) {
          case NATIONAL -> "";
          case REGION -> ", l.region";
          case LA -> ", s.la_code";
          case SCHOOL -> ", s.laestab";
        };
    String times =
        "SELECT s.collection, s.year%s, max(coalesce(s.status_changed_at, s.processed_at))"
                .formatted(timeKey)
            + " AS updated_at FROM submissions s LEFT JOIN las l USING (la_code)"
            + " WHERE s.laestab IS NOT NULL GROUP BY ALL";
    String join = "c.collection = t.collection AND c.year = t.year";
    if (level.key() != null) {
      join += " AND c." + level.key() + " = t." + level.key();
    }
    return "CREATE OR REPLACE VIEW "
        + level.view(collection)
        + " AS\nWITH c AS ("
        + counts
        + "),\nt AS ("
        + times
        + ")\nSELECT c.collection, c.year"
        + (level.key() == null ? "" : ", c." + level.key())
        + ", c.las, c.schools, c.pupils,\n"
        + measureColumns(store)
        + "  t.updated_at\nFROM c LEFT JOIN t ON "
        + join;
  }

  /** Each per-school count summed (as BIGINT, the type a count has). */
  private static String rollUp(CollectionStore store) {
    List<String> sums = new ArrayList<>();
    sums.add("sum(pupils)::BIGINT AS pupils");
    for (StoreCount count : store.counts()) {
      sums.add("sum(%1$s)::BIGINT AS %1$s".formatted(count.column()));
    }
    return String.join(", ", sums);
  }

  /** Each measure: its eligible count, its rated counts, then their percentages. */
  private static String measureColumns(CollectionStore store) {
    StringBuilder s = new StringBuilder();
    for (StoreMeasure m : store.measures()) {
      List<String> columns = new ArrayList<>();
      for (StoreCount count : m.counts()) {
        columns.add("c." + count.column());
      }
      for (StoreCount rated : m.rated()) {
        columns.add(
            "100.0::DOUBLE * c.%1$s / NULLIF(c.%2$s, 0) AS %1$s_pct"
                .formatted(rated.column(), m.eligible().column()));
      }
      s.append("  ").append(String.join(", ", columns)).append(",\n");
    }
    return s.toString();
  }
}
