package uk.ks1.collections.phonics.store;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.ks1.collections.phonics.Outcomes;
import uk.ks1.collections.phonics.Thresholds;
import uk.ks1.collections.phonics.rules.RecheckAfterMet;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.rule.RuleDefinition;

/**
 * The phonics check's own views, over the tables and summaries the store makes from its definition
 * ({@code phonics_pupil_records}, {@code phonics_pupil_results}, {@code phonics_<level>_summary}).
 * Every level's row is counted from pupil rows; percentages are 0-100, unrounded.
 *
 * <ul>
 *   <li>{@code phonics_summary}: the analysts' contract, the four summaries in one (level, key);
 *   <li>{@code phonics_marks}: how many pupils had each mark, per level, year and NC year;
 *   <li>{@code phonics_code_counts}: each measure's eligible pupils by outcome (WA: a mark at or
 *       above the year's threshold, WT: below it, A, D, Q), in the shape of KS1's {@code
 *       code_counts};
 *   <li>{@code phonics_recheck_after_met}: the query S07, as rows of {@code data_errors};
 *   <li>{@code phonics_met_by_end_of_year2}: DfE's "met by the end of Year 2" where the store holds
 *       last year's Year 1 results.
 * </ul>
 */
public final class PhonicsViews {
  /** The view of the query S07 (a Year 2 result of a pupil who met the standard in Year 1). */
  public static final String RECHECK_AFTER_MET = "phonics_recheck_after_met";

  /** The levels: their name, key expression and the generic summary view's key column. */
  private record Level(String level, String key, String column) {}

  private static final List<Level> LEVELS =
      List.of(
          new Level("national", "'England'", null),
          new Level("region", "region", "region"),
          new Level("la", "la_code", "la_code"),
          new Level("school", "laestab", "laestab"));

  private static final String ELIGIBLE_CODES =
      Outcomes.ELIGIBLE.stream().sorted().map(SqlText::literal).collect(Collectors.joining(", "));

  private PhonicsViews() {}

  /** Every view, in the order they are created (each reads only what comes before it). */
  public static List<String> all(CollectionStore store) {
    return List.of(
        summary(store),
        marks(store),
        codeCounts(store),
        recheckAfterMet(store),
        metByEndOfYear2(store));
  }

  /** {@code phonics_summary}: the four summary views in one, with level and key. */
  static String summary(CollectionStore store) {
    String columns =
        "collection, year, las, schools, pupils, y1_eligible, y1_met, y1_met_pct,"
            + " y2_eligible, y2_met, y2_met_pct, updated_at";
    String views = "national_summary region_summary la_summary school_summary";
    String[] names = views.split(" ");
    StringBuilder sql = new StringBuilder("CREATE OR REPLACE VIEW phonics_summary AS\n");
    for (int i = 0; i < LEVELS.size(); i++) {
      Level l = LEVELS.get(i);
      if (i > 0) {
        sql.append("\nUNION ALL\n");
      }
      sql.append("SELECT '")
          .append(l.level())
          .append("' AS level, ")
          .append(l.column() == null ? "'England'" : l.column())
          .append(" AS key, ")
          .append(columns)
          .append(" FROM ")
          .append(store.prefix())
          .append(names[i]);
    }
    return sql.toString();
  }

  /** {@code phonics_marks}: pupils that count with a mark, per level, year, NC year and mark. */
  static String marks(CollectionStore store) {
    return """
        CREATE OR REPLACE VIEW phonics_marks AS
        WITH m AS (
          SELECT year, region, la_code, laestab, nc_year, mark
          FROM %s WHERE mark IS NOT NULL)
        %s"""
        .formatted(
            store.resultsView(),
            levels("year, nc_year, mark, count(*) AS pupils", "m", "year, nc_year, mark"));
  }

  /**
   * {@code phonics_code_counts}: {@code level, key, collection, year, subject, code, pupils}, the
   * subjects {@code y1_outcome} and {@code y2_outcome}: each NC year's eligible pupils (those of
   * the measure y1 or y2) by outcome, WA or WT worked out from the mark (never read: the DfE no
   * longer asks for them), else the code A, D or Q. So each subject's codes add up to its measure's
   * eligible pupils and WA is its met count, as the disclosure step needs.
   */
  static String codeCounts(CollectionStore store) {
    return """
        CREATE OR REPLACE VIEW phonics_code_counts AS
        WITH u AS (
          SELECT r.collection, r.year, r.region, r.la_code, r.laestab,
                 'y' || CAST(r.nc_year AS VARCHAR) || '_outcome' AS subject,
                 CASE WHEN r.mark IS NULL THEN r.outcome
                      WHEN r.mark >= %2$s THEN '%3$s' ELSE '%4$s' END AS code
          FROM %1$s r
          WHERE r.nc_year IN (1, 2) AND (r.mark IS NOT NULL OR r.outcome IN (%5$s)))
        %6$s"""
        .formatted(
            store.resultsView(),
            Thresholds.sql("r.year"),
            Outcomes.MET,
            Outcomes.NOT_MET,
            ELIGIBLE_CODES,
            levels(
                "collection, year, subject, code, count(*) AS pupils",
                "u",
                "collection, year, subject, code"));
  }

  /**
   * {@code phonics_recheck_after_met}, the query S07: each record of a school's current data with
   * NC year 2 whose pupil (the same pupil key) counted last year in Year 1 with a mark of at least
   * last year's threshold, as a row of {@code data_errors} ({@code submission_id, row_number,
   * pupil_key, field, rule_id, severity, effect, value, message, allowed}). The message names last
   * year, the mark and the school, never the pupil.
   */
  static String recheckAfterMet(CollectionStore store) {
    RuleDefinition s07 = RecheckAfterMet.RULE;
    String message =
        SqlText.concat(
            s07.template(),
            Map.of(
                "row", "CAST(r.row_number AS VARCHAR)",
                "field", "'NC year'",
                "lastYear", "CAST(m.year AS VARCHAR)",
                "lastMark", "CAST(m.mark AS VARCHAR)",
                "lastSchool", "m.laestab",
                "allowed", SqlText.literal(s07.allowed())));
    return """
        CREATE OR REPLACE VIEW %1$s AS
        WITH met AS (
          SELECT p.year, p.pupil_key, p.laestab, p.mark
          FROM %3$s p
          WHERE p.nc_year = 1 AND p.pupil_key IS NOT NULL AND p.mark >= %4$s)
        SELECT r.submission_id, r.row_number, r.pupil_key, 'NC year' AS field,
               %5$s AS rule_id, %6$s AS severity, 'none' AS effect,
               CAST(r.nc_year AS VARCHAR) AS value,
               %7$s AS message,
               %8$s AS allowed
        FROM %2$s r
        JOIN submissions s ON s.submission_id = r.submission_id
        JOIN met m ON m.pupil_key = r.pupil_key AND m.year = r.year - 1
        WHERE r.nc_year = 2 AND s.status IN %9$s"""
        .formatted(
            RECHECK_AFTER_MET,
            store.pupilTable(),
            store.resultsView(),
            Thresholds.sql("p.year"),
            SqlText.literal(s07.id()),
            SqlText.literal(s07.severity().label()),
            message,
            SqlText.literal(s07.allowed()),
            SubmissionStatus.currentSqlList());
  }

  /**
   * {@code phonics_met_by_end_of_year2} ({@code level, key, collection, year, eligible, met,
   * met_pct}): DfE's measure from 2024, for the pupils in Year 2 in the summer of {@code year}: a
   * valid result (a mark, or A, D or Q) in the Year 2 re-check this year or in the Year 1 check
   * last year; met in either. Each pupil once, by pupil key, at this year's school if re-checked,
   * else at last year's. Only for years whose data the store holds with last year's Year 1 results:
   * pupils who met in Year 1 are not re-checked, so the store knows them from last year only. (A
   * pupil of last year's Year 1 who has left the LA's schools since still counts here.)
   */
  static String metByEndOfYear2(CollectionStore store) {
    String valid = "(r.mark IS NOT NULL OR r.outcome IN (" + ELIGIBLE_CODES + "))";
    String met = "coalesce(r.mark >= " + Thresholds.sql("r.year") + ", false)";
    return """
        CREATE OR REPLACE VIEW phonics_met_by_end_of_year2 AS
        WITH y2 AS (
          SELECT r.collection, r.year, r.region, r.la_code, r.laestab, r.pupil_key,
                 %2$s AS valid, %3$s AS met
          FROM %1$s r WHERE r.nc_year = 2),
        y1 AS (
          SELECT r.collection, r.year + 1 AS year, r.region, r.la_code, r.laestab, r.pupil_key,
                 %2$s AS valid, %3$s AS met
          FROM %1$s r WHERE r.nc_year = 1),
        p AS (
          SELECT coalesce(b.collection, a.collection) AS collection,
                 coalesce(b.year, a.year) AS year,
                 coalesce(b.region, a.region) AS region,
                 coalesce(b.la_code, a.la_code) AS la_code,
                 coalesce(b.laestab, a.laestab) AS laestab,
                 coalesce(a.valid, false) OR coalesce(b.valid, false) AS valid,
                 coalesce(a.met, false) OR coalesce(b.met, false) AS met
          FROM y1 a FULL OUTER JOIN y2 b
            ON a.collection = b.collection AND a.year = b.year AND a.pupil_key = b.pupil_key
          WHERE coalesce(b.year, a.year) IN (SELECT DISTINCT year FROM y1)
            AND coalesce(b.year, a.year) IN (SELECT DISTINCT year FROM %1$s))
        %4$s"""
        .formatted(
            store.resultsView(),
            valid,
            met,
            levels(
                "collection, year, count(*) FILTER (WHERE valid) AS eligible,"
                    + " count(*) FILTER (WHERE valid AND met) AS met,"
                    + " 100.0::DOUBLE * count(*) FILTER (WHERE valid AND met)"
                    + " / NULLIF(count(*) FILTER (WHERE valid), 0) AS met_pct",
                "p",
                "collection, year"));
  }

  /** The same SELECT at every level, from {@code from}, with level and key first. */
  private static String levels(String columns, String from, String groupBy) {
    return LEVELS.stream()
        .map(
            l ->
                "SELECT '%s' AS level, %s AS key, %s FROM %s GROUP BY %s"
                    .formatted(
                        l.level(),
                        l.key(),
                        columns,
                        from,
                        l.column() == null ? groupBy : l.column() + ", " + groupBy))
        .collect(Collectors.joining("\nUNION ALL\n"));
  }
}
