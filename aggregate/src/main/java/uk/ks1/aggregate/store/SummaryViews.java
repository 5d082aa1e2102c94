package uk.ks1.aggregate.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary views, one per level, generated from one template so the four cannot drift apart.
 * Every level is built from pupil rows ({@code pupil_results}), never by averaging percentages;
 * percentages are 0-100 and unrounded.
 */
public final class SummaryViews {
  /** A level: its view name and the key column it groups by (none for national). */
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

    public String view() {
      return view;
    }

    /** The key column, or null for national. */
    public String key() {
      return key;
    }
  }

  private static final String EXS_PLUS = "IN ('EXS', 'GDS')";

  private SummaryViews() {}

  /**
   * Every view's DDL (CREATE OR REPLACE, run on every open): pupil_results first, then the
   * summaries and code counts. The summaries read the table {@code school_counts}, which a
   * migration creates (its columns are those of {@link #schoolCounts}).
   */
  public static List<String> ddl() {
    List<String> ddl = new ArrayList<>();
    ddl.add(PUPIL_RESULTS);
    for (Level level : Level.values()) {
      ddl.add(summary(level));
    }
    ddl.add(CODE_COUNTS);
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
  private static final String PUPIL_RESULTS =
      """
      CREATE OR REPLACE VIEW pupil_results AS
      SELECT %1$s
      FROM pupil_records
      WHERE counts AND (pupil_key IS NULL OR pupil_key NOT IN (SELECT pupil_key FROM contested_pupils))
      UNION ALL
      SELECT %1$s
      FROM (
        SELECT *, row_number() OVER (
                    PARTITION BY collection, year, pupil_key
                    ORDER BY held_since, laestab, row_number) AS claim
        FROM pupil_records
        WHERE counts AND pupil_key IN (SELECT pupil_key FROM contested_pupils))
      WHERE claim = 1"""
          .formatted(
              "collection, year, la_code, region, laestab, pupil_key, sex, reading, writing,"
                  + " maths, science, reading_score, maths_score, gps_score, submission_id");

  private static final String CODE_COUNTS =
      """
      CREATE OR REPLACE VIEW code_counts AS
      WITH u AS (
        UNPIVOT (SELECT collection, year, region, la_code, laestab,
                        reading, writing, maths, science FROM pupil_results)
        ON reading, writing, maths, science INTO NAME subject VALUE code)
      SELECT 'national' AS level, 'England' AS key, collection, year, subject, code,
             count(*) AS pupils FROM u GROUP BY ALL
      UNION ALL
      SELECT 'region', region, collection, year, subject, code, count(*) FROM u GROUP BY ALL
      UNION ALL
      SELECT 'la', la_code, collection, year, subject, code, count(*) FROM u GROUP BY ALL
      UNION ALL
      SELECT 'school', laestab, collection, year, subject, code, count(*) FROM u GROUP BY ALL""";

  static String summary(Level level) {
    String key = level.key() == null ? "" : ", " + level.key();
    String counts =
        "SELECT collection, year%s, count(DISTINCT la_code) AS las, count(*) AS schools, %s"
                .formatted(key, rollUp())
            + " FROM school_counts GROUP BY ALL";
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
        + level.view()
        + " AS\nWITH c AS ("
        + counts
        + "),\nt AS ("
        + times
        + ")\nSELECT c.collection, c.year"
        + (level.key() == null ? "" : ", c." + level.key())
        + ", c.las, c.schools, c.pupils,\n"
        + percentColumns()
        + "  t.updated_at\nFROM c LEFT JOIN t ON "
        + join;
  }

  /**
   * Each school's counts from {@code pupil_results}, for the schools {@code where} selects (a SQL
   * condition on pupil_results, or "true"): what {@code school_counts} holds, kept by the writer
   * for the schools each batch touches, so every summary sums 16,000 schools, not 600,000 pupils.
   */
  public static String schoolCounts(String where) {
    return """
        SELECT collection, year, region, la_code, laestab,
          count(*) AS pupils,
          %1$s
          count(*) FILTER (WHERE science IS NOT NULL) AS science_eligible,
          count(*) FILTER (WHERE science = 'EXS') AS science_exs,
          count(*) FILTER (WHERE reading IS NOT NULL AND writing IS NOT NULL
                             AND maths IS NOT NULL) AS rwm_eligible,
          count(*) FILTER (WHERE reading %2$s AND writing %2$s AND maths %2$s) AS rwm_exs_plus,
          count(*) FILTER (WHERE reading = 'GDS' AND writing = 'GDS'
                             AND maths = 'GDS') AS rwm_gds
        FROM pupil_results WHERE %3$s GROUP BY ALL"""
        .formatted(subjectCounts(), EXS_PLUS, where);
  }

  private static String subjectCounts() {
    StringBuilder s = new StringBuilder();
    for (String subject : List.of("reading", "writing", "maths")) {
      s.append(
          """
          count(%1$s) AS %1$s_eligible,
            count(*) FILTER (WHERE %1$s %2$s) AS %1$s_exs_plus,
            count(*) FILTER (WHERE %1$s = 'GDS') AS %1$s_gds,
          """
              .formatted(subject, EXS_PLUS));
    }
    return s.toString();
  }

  /** Each per-school count summed (as BIGINT, the type a count has). */
  private static String rollUp() {
    List<String> sums = new ArrayList<>();
    for (String count : COUNTS) {
      sums.add("sum(%1$s)::BIGINT AS %1$s".formatted(count));
    }
    return String.join(", ", sums);
  }

  private static final List<String> COUNTS =
      List.of(
          "pupils",
          "reading_eligible",
          "reading_exs_plus",
          "reading_gds",
          "writing_eligible",
          "writing_exs_plus",
          "writing_gds",
          "maths_eligible",
          "maths_exs_plus",
          "maths_gds",
          "science_eligible",
          "science_exs",
          "rwm_eligible",
          "rwm_exs_plus",
          "rwm_gds");

  private static String percentColumns() {
    StringBuilder s = new StringBuilder();
    for (String subject : List.of("reading", "writing", "maths")) {
      s.append(measure(subject + "_eligible", subject + "_exs_plus", subject + "_gds"));
    }
    s.append("  c.science_eligible, c.science_exs, ")
        .append(pct("science_exs", "science_eligible"))
        .append(" AS science_exs_pct,\n");
    s.append(measure("rwm_eligible", "rwm_exs_plus", "rwm_gds"));
    return s.toString();
  }

  private static String measure(String eligible, String exsPlus, String gds) {
    return "  c.%1$s, c.%2$s, c.%3$s, %4$s AS %2$s_pct, %5$s AS %3$s_pct,\n"
        .formatted(eligible, exsPlus, gds, pct(exsPlus, eligible), pct(gds, eligible));
  }

  private static String pct(String count, String eligible) {
    return "100.0::DOUBLE * c.%s / NULLIF(c.%s, 0)".formatted(count, eligible);
  }
}
