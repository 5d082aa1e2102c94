package uk.ks1.aggregate.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.rule.RuleDefinition;
import uk.ks1.core.rule.StoreRules;

/**
 * The views behind the data-errors report LAs know: pupils in two schools' current data (the
 * cross-school query X01, which only the store can see), the report itself grouped by LA, school,
 * then pupil row with errors before queries, and its counts per rule. A pupil is in two schools'
 * data within one collection (and year): the views read every registered collection's pupil table
 * and pupil results. {@code data_errors} also lists each collection's issue views (queries only its
 * store can see, {@code CollectionStore.issueViews()}) and says each row's collection.
 */
public final class DataErrorViews {
  private DataErrorViews() {}

  public static List<String> ddl(CollectionRegistry collections) {
    return List.of(pupilsInTwoSchools(collections), dataErrors(collections), DATA_ERROR_COUNTS);
  }

  /** The collections' pupil tables as one relation with {@code columns} (the table when one). */
  static String pupilRecords(CollectionRegistry collections, String columns) {
    return union(collections, CollectionStore::pupilTable, columns);
  }

  /** The collections' records that count, as one relation with {@code columns}. */
  static String pupilResults(CollectionRegistry collections, String columns) {
    return union(collections, CollectionStore::resultsView, columns);
  }

  private static String union(
      CollectionRegistry collections, Function<CollectionStore, String> relation, String columns) {
    List<String> relations =
        collections.all().stream().map(d -> relation.apply(d.store())).toList();
    if (relations.size() == 1) {
      return relations.get(0);
    }
    return relations.stream()
        .map(r -> "SELECT " + columns + " FROM " + r)
        .collect(Collectors.joining(" UNION ALL ", "(", ")"));
  }

  /**
   * One row per record of a school's current data whose pupil (UPN) is also in another school's
   * current data for the same collection and year, with the other schools and the school where the
   * pupil counts (null when no record of the pupil counts).
   */
  private static String pupilsInTwoSchools(CollectionRegistry collections) {
    return """
        CREATE OR REPLACE VIEW pupils_in_two_schools AS
        WITH keyed AS (
          SELECT collection, year, la_code, laestab, submission_id, row_number, pupil_key
          FROM %1$s WHERE pupil_key IS NOT NULL),
        others AS (
          SELECT a.collection, a.year, a.pupil_key, a.laestab,
                 string_agg(DISTINCT b.laestab, ', ' ORDER BY b.laestab) AS other_schools
          FROM keyed a JOIN keyed b
            ON a.collection = b.collection AND a.year = b.year AND a.pupil_key = b.pupil_key
           AND a.laestab <> b.laestab
          GROUP BY ALL)
        SELECT k.collection, k.year, k.la_code, k.laestab, k.submission_id, k.row_number,
               k.pupil_key, o.other_schools, r.laestab AS counted_at
        FROM keyed k
        JOIN others o USING (collection, year, pupil_key, laestab)
        LEFT JOIN %2$s r USING (collection, year, pupil_key)"""
        .formatted(
            pupilRecords(
                collections,
                "collection, year, la_code, laestab, submission_id, row_number, pupil_key"),
            pupilResults(collections, RESULT_KEY));
  }

  /** The columns of a pupil result the cross-school views read. */
  private static final String RESULT_KEY = "collection, year, pupil_key, laestab";

  private static final String DATA_ERROR_COUNTS =
      """
      CREATE OR REPLACE VIEW data_error_counts AS
      SELECT d.la_code, d.laestab, d.school_name, d.rule_id, d.severity, r.checks,
             count(*) AS issues, count(DISTINCT d.row_number) AS pupil_rows
      FROM data_errors d LEFT JOIN rules r USING (rule_id)
      GROUP BY ALL
      ORDER BY d.la_code, d.laestab NULLS FIRST, d.severity, d.rule_id""";

  /** The columns of {@code data_errors} an issue has (after the submission's). */
  private static final String ISSUE_COLUMNS =
      "row_number, pupil_key, field, rule_id, severity, effect, value, message, allowed";

  /**
   * Every issue of each school's current submission and of every upload error, the cross-school
   * queries computed from the current data, and the rows of each collection's issue views (queries
   * only its store can see, across submissions or years); each with the submission's collection,
   * the last column (added after the others, so a reader of the columns by position reads them as
   * before). A school's strict-mode rejection is listed until the school sends a later file; a
   * rejected file without a school stays listed.
   */
  static String dataErrors(CollectionRegistry collections) {
    StringBuilder issueViews = new StringBuilder();
    for (var d : collections.all()) {
      for (String view : d.store().issueViews()) {
        issueViews
            .append("\n  UNION ALL\n  SELECT s.la_code, s.laestab, s.school_name, s.submission_id,")
            .append(" s.file_name, s.status,\n         ")
            .append(prefixed("v.", ISSUE_COLUMNS))
            .append(", s.collection\n  FROM ")
            .append(view)
            .append(" v JOIN submissions s USING (submission_id)\n  WHERE s.status IN ")
            .append(SubmissionStatus.currentSqlList())
            .append(" AND s.collection = ")
            .append(SqlTemplate.literal(d.id()));
      }
    }
    return """
        CREATE OR REPLACE VIEW data_errors AS
        SELECT * FROM (
          SELECT s.la_code, s.laestab, s.school_name, s.submission_id, s.file_name, s.status,
                 i.row_number, i.pupil_key, i.field, i.rule_id, i.severity, i.effect, i.value,
                 i.message, i.allowed, s.collection
          FROM validation_issues i JOIN submissions s USING (submission_id)
          WHERE s.status IN %1$s
             OR (s.status = 'upload error' AND (s.laestab IS NULL OR NOT EXISTS (
                   SELECT 1 FROM submissions later
                   WHERE later.laestab = s.laestab AND later.collection = s.collection
                     AND later.year = s.year AND later.received_at > s.received_at
                     AND later.status NOT IN ('processing', 'duplicate'))))
          UNION ALL
          SELECT s.la_code, s.laestab, s.school_name, s.submission_id, s.file_name, s.status,
                 %2$s, s.collection
          FROM pupils_in_two_schools p JOIN submissions s USING (submission_id)%3$s)
        ORDER BY la_code, laestab NULLS FIRST, submission_id, row_number NULLS FIRST, severity,
                 rule_id, field"""
        .formatted(SubmissionStatus.currentSqlList(), crossSchoolColumns(), issueViews);
  }

  private static String prefixed(String alias, String columns) {
    return java.util.Arrays.stream(columns.split(", "))
        .map(c -> alias + c)
        .collect(Collectors.joining(", "));
  }

  /**
   * The cross-school queries (X01) of one submission ({@code ?}: its id), as rows of {@code
   * data_errors}: the same as filtering the view, but looking up only this submission's pupils (the
   * view pairs every pupil in the country, about half a second on a national store).
   */
  public static String crossSchoolQueriesOfSubmission(CollectionRegistry collections) {
    return crossSchoolQueriesWhere(collections, "submission_id = ?");
  }

  /**
   * The same for the one collection whose store prefix is empty (its tables {@code pupil_records}
   * and {@code pupil_results}), for callers that do not yet pass the registry.
   *
   * @deprecated pass the store's collections: {@link #crossSchoolQueriesOfSubmission(
   *     CollectionRegistry)}; a collection with a prefix is not looked at here.
   */
  @Deprecated(forRemoval = true)
  public static String crossSchoolQueriesOfSubmission() {
    return crossSchoolQueriesWhere(
        "submission_id = ?", "pupil_records", "pupil_records", "pupil_results");
  }

  /**
   * The cross-school queries (X01) of the submissions {@code submissions} (an SQL condition on
   * {@code submission_id}) picks, as rows of {@code data_errors}; its placeholders, if any, appear
   * once in the statement whatever the number of collections.
   */
  static String crossSchoolQueriesWhere(CollectionRegistry collections, String submissions) {
    return crossSchoolQueriesWhere(
        submissions,
        pupilRecords(
            collections, "collection, year, laestab, submission_id, row_number, pupil_key"),
        pupilRecords(collections, "collection, year, pupil_key, laestab"),
        pupilResults(collections, RESULT_KEY));
  }

  private static String crossSchoolQueriesWhere(
      String submissions, String mine, String others, String results) {
    return """
        WITH mine AS (
          SELECT collection, year, laestab, submission_id, row_number, pupil_key
          FROM %3$s WHERE %1$s AND pupil_key IS NOT NULL),
        shared AS (
          SELECT m.collection, m.year, m.laestab, m.submission_id, m.row_number, m.pupil_key,
                 string_agg(DISTINCT b.laestab, ', ' ORDER BY b.laestab) AS other_schools
          FROM mine m JOIN %4$s b
            ON b.collection = m.collection AND b.year = m.year AND b.pupil_key = m.pupil_key
           AND b.laestab <> m.laestab
          GROUP BY ALL),
        p AS (
          SELECT shared.*, r.laestab AS counted_at
          FROM shared LEFT JOIN %5$s r USING (collection, year, pupil_key))
        SELECT s.la_code, s.laestab, s.school_name, s.submission_id, s.file_name, s.status,
               %2$s
        FROM p JOIN submissions s USING (submission_id)"""
        .formatted(submissions, crossSchoolColumns(), mine, others, results);
  }

  /**
   * A cross-school query's columns of {@code data_errors} from {@code p}, a pupil in two schools.
   */
  private static String crossSchoolColumns() {
    RuleDefinition x01 = StoreRules.PUPIL_IN_TWO_SCHOOLS;
    String message =
        SqlTemplate.concat(
            x01.template(),
            Map.of(
                "row", "CAST(p.row_number AS VARCHAR)",
                "field", "'UPN'",
                "schools", "p.other_schools",
                "counting",
                    "CASE WHEN p.counted_at IS NULL THEN 'at no school, as no record of the pupil"
                        + " counts' WHEN p.counted_at = p.laestab THEN 'here' ELSE 'at school ' ||"
                        + " p.counted_at END",
                "allowed", SqlTemplate.literal(x01.allowed())));
    return String.join(
        ", ",
        "p.row_number",
        "p.pupil_key",
        "'UPN' AS field",
        SqlTemplate.literal(x01.id()) + " AS rule_id",
        SqlTemplate.literal(x01.severity().label()) + " AS severity",
        "'none' AS effect",
        "p.other_schools AS value",
        message + " AS message",
        SqlTemplate.literal(x01.allowed()) + " AS allowed");
  }
}
