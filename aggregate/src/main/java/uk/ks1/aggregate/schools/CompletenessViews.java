package uk.ks1.aggregate.schools;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.SubmissionStatus;

/**
 * Where each school stands with each collection (docs/schools.md):
 *
 * <ul>
 *   <li>{@code school_list}: each LA's schools as its latest import of DfE's list says;
 *   <li>{@code expected_schools}: collection, year, la_code, laestab, expected, reason: the list's
 *       rule, corrected by the LA (its latest correction wins);
 *   <li>{@code school_completeness}: one row per school expected or received, with its status
 *       ({@link #STATUSES}), its latest file, pupils, errors and queries, who confirmed, whether
 *       overdue;
 *   <li>{@code la_completeness}: per LA, collection and year, the counts of expected schools by
 *       status and the deadline;
 *   <li>{@code completeness_summary}: the same counts with {@code level} ({@code national}, {@code
 *       region}, {@code la}) and {@code key}, as the phonics and EYFSP views have them.
 * </ul>
 *
 * <p>A rejected file belongs to the school whose 7-digit number (LAESTAB) its name holds, as school
 * systems name their files, in the LA's folder; to the collection a token of its name names ({@code
 * PHO}, {@code FSP}, {@code KS1}...), or to every collection when none does; and to the summer its
 * name states (a two-digit year after the school's number, {@code 3302001_PHO_25.csv}, or a
 * four-digit one), else to the summer of the school year in which it was received.
 */
public final class CompletenessViews {
  public static final String NOT_RECEIVED = "not received";
  public static final String UPLOAD_ERROR = "upload error";
  public static final String WITH_ERRORS = "received with errors";
  public static final String RECEIVED = "received";
  public static final String CONFIRMED = "confirmed";
  public static final String NOT_EXPECTED = "received, not expected";

  public static final List<String> STATUSES =
      List.of(NOT_RECEIVED, UPLOAD_ERROR, WITH_ERRORS, RECEIVED, CONFIRMED, NOT_EXPECTED);

  private CompletenessViews() {}

  public static List<String> ddl(CollectionRegistry collections) {
    List<String> ddl = new ArrayList<>();
    ddl.add(SCHOOL_LIST);
    ddl.add(EXPECTED_SCHOOLS);
    ddl.add(schoolCompleteness(collections));
    ddl.add(LA_COMPLETENESS);
    ddl.add(COMPLETENESS_SUMMARY);
    return ddl;
  }

  private static final String LATEST_IMPORT =
      """
      latest_import AS (
        SELECT event_id, la_code, extract_date FROM (
          SELECT event_id, la_code, extract_date, row_number() OVER (
            PARTITION BY la_code ORDER BY extract_date DESC, imported_at DESC, event_id DESC) AS n
          FROM school_list_imports) WHERE n = 1)""";

  static final String SCHOOL_LIST =
      """
      CREATE OR REPLACE VIEW school_list AS
      WITH %s
      SELECT l.la_code, l.laestab, l.urn, l.school_name, l.type, l.type_group, l.status,
             l.open_date, l.close_date, l.phase, l.statutory_low_age, l.statutory_high_age,
             l.number_of_pupils, l.trust, l.head_name, i.extract_date
      FROM listed_schools l JOIN latest_import i USING (event_id)"""
          .formatted(LATEST_IMPORT);

  static final String EXPECTED_SCHOOLS =
      """
      CREATE OR REPLACE VIEW expected_schools AS
      WITH %s,
      listed AS (
        SELECT e.la_code, e.laestab, e.collection, e.year, e.expected, e.reason
        FROM listed_expected e JOIN latest_import USING (event_id)),
      overlay AS (
        SELECT la_code, laestab, collection, year, expected, reason FROM (
          SELECT *, row_number() OVER (
            PARTITION BY laestab, collection, year ORDER BY set_at DESC, event_id DESC) AS n
          FROM expected_overlay) WHERE n = 1)
      SELECT coalesce(o.collection, l.collection) AS collection,
             coalesce(o.year, l.year) AS year,
             coalesce(o.la_code, l.la_code) AS la_code,
             coalesce(o.laestab, l.laestab) AS laestab,
             coalesce(o.expected, l.expected) AS expected,
             CASE WHEN o.laestab IS NULL THEN l.reason
                  ELSE 'set by the LA: ' || o.reason END AS reason
      FROM listed l FULL OUTER JOIN overlay o
        ON o.laestab = l.laestab AND o.collection = l.collection AND o.year = l.year"""
          .formatted(LATEST_IMPORT);

  /** The collection a rejected file's name says, by the definitions' file-name tokens; or null. */
  private static String collectionOfFileName(CollectionRegistry collections) {
    StringBuilder sql = new StringBuilder("CASE");
    for (CollectionDefinition d : collections.all()) {
      if (d.intake() == null || d.intake().fileNameTokens().isEmpty()) {
        continue;
      }
      String tokens =
          d.intake().fileNameTokens().stream()
              .map(t -> t.toUpperCase(java.util.Locale.ROOT))
              .collect(Collectors.joining("|"));
      sql.append(" WHEN regexp_matches(upper(s.file_name), '(^|[^A-Z])(")
          .append(tokens)
          .append(")([^A-Z]|$)') THEN '")
          .append(d.id())
          .append("'");
    }
    return sql.length() == 4 ? "NULL" : sql.append(" END").toString();
  }

  private static String collectionIds(CollectionRegistry collections) {
    return collections.all().stream()
        .map(d -> "('" + d.id() + "')")
        .collect(Collectors.joining(", "));
  }

  static String schoolCompleteness(CollectionRegistry collections) {
    return """
        CREATE OR REPLACE VIEW school_completeness AS
        WITH cur AS (
          SELECT collection, year, la_code, laestab, school_name, received_at, pupils, errors,
                 queries
          FROM submissions WHERE status IN %1$s),
        rejected AS (
          SELECT s.la_code, s.received_at,
                 regexp_extract(s.file_name, '(^|[^0-9])([0-9]{7})([^0-9]|$)', 2) AS laestab,
                 %2$s AS named_collection,
                 CAST(coalesce(
                   2000 + TRY_CAST(regexp_extract(
                     s.file_name, '[0-9]{7}[^.]*?[ _-]([0-9]{2})([^0-9]|$)', 1) AS INTEGER),
                   TRY_CAST(regexp_extract(s.file_name, '(^|[^0-9])(20[0-9]{2})([^0-9]|$)', 2)
                     AS INTEGER),
                   year(s.received_at) + CASE WHEN month(s.received_at) >= 9 THEN 1 ELSE 0 END)
                   AS INTEGER) AS year
          FROM submissions s WHERE s.status = '%3$s'),
        uploads AS (
          SELECT coalesce(r.named_collection, c.id) AS collection, r.year, r.la_code, r.laestab,
                 max(r.received_at) AS last_at
          FROM rejected r JOIN (VALUES %4$s) c(id)
            ON r.named_collection IS NULL OR r.named_collection = c.id
          WHERE r.laestab <> '' AND starts_with(r.laestab, r.la_code)
          GROUP BY ALL),
        conf AS (
          SELECT laestab, collection, year, confirmed_by, confirmed_at, note FROM (
            SELECT *, row_number() OVER (
              PARTITION BY laestab, collection, year ORDER BY confirmed_at DESC, event_id DESC)
              AS n
            FROM school_confirmations) WHERE n = 1),
        keys AS (
          SELECT collection, year, laestab FROM expected_schools WHERE expected
          UNION SELECT collection, year, laestab FROM cur
          UNION SELECT collection, year, laestab FROM uploads),
        deadlines AS (
          SELECT k.collection, k.year, k.laestab,
                 coalesce(
                   (SELECT d.deadline FROM collection_deadlines d
                    WHERE d.collection = k.collection AND d.la_code = substr(k.laestab, 1, 3)
                      AND year(d.deadline) = k.year),
                   (SELECT d.deadline FROM collection_deadlines d
                    WHERE d.collection = k.collection AND d.la_code IS NULL
                      AND year(d.deadline) = k.year)) AS deadline
          FROM keys k),
        status AS (
          SELECT k.collection, k.year,
                 coalesce(e.la_code, c.la_code, u.la_code, substr(k.laestab, 1, 3)) AS la_code,
                 k.laestab,
                 coalesce(sl.school_name, c.school_name) AS school_name,
                 coalesce(e.expected, false) AS expected,
                 coalesce(e.reason, 'not on the LA''s list of schools') AS reason,
                 CASE WHEN c.laestab IS NOT NULL AND NOT coalesce(e.expected, false)
                        THEN '%10$s'
                      WHEN c.laestab IS NOT NULL AND c.errors = 0
                           AND f.confirmed_at >= c.received_at THEN '%9$s'
                      WHEN c.laestab IS NOT NULL AND c.errors = 0 THEN '%8$s'
                      WHEN c.laestab IS NOT NULL THEN '%7$s'
                      WHEN u.laestab IS NOT NULL THEN '%6$s'
                      ELSE '%5$s' END AS status,
                 greatest(c.received_at, u.last_at) AS last_received_at,
                 c.pupils, c.errors, c.queries,
                 CASE WHEN f.confirmed_at >= c.received_at THEN f.confirmed_by END
                   AS confirmed_by,
                 CASE WHEN f.confirmed_at >= c.received_at THEN f.confirmed_at END
                   AS confirmed_at,
                 d.deadline
          FROM keys k
          LEFT JOIN expected_schools e USING (collection, year, laestab)
          LEFT JOIN cur c USING (collection, year, laestab)
          LEFT JOIN uploads u USING (collection, year, laestab)
          LEFT JOIN conf f USING (collection, year, laestab)
          LEFT JOIN deadlines d USING (collection, year, laestab)
          LEFT JOIN school_list sl ON sl.laestab = k.laestab)
        SELECT collection, year, la_code, laestab, school_name, expected, reason, status,
               last_received_at, pupils, errors, queries, confirmed_by, confirmed_at,
               coalesce(expected AND deadline IS NOT NULL AND current_date > deadline
                        AND status IN ('%5$s', '%6$s', '%7$s'), false) AS overdue,
               deadline
        FROM status"""
        .formatted(
            SubmissionStatus.currentSqlList(),
            collectionOfFileName(collections),
            SubmissionStatus.UPLOAD_ERROR.label(),
            collectionIds(collections),
            NOT_RECEIVED,
            UPLOAD_ERROR,
            WITH_ERRORS,
            RECEIVED,
            CONFIRMED,
            NOT_EXPECTED);
  }

  /** The statuses in the order of {@link #STATUSES}, as a SQL expression on {@code column}. */
  public static String statusOrder(String column) {
    StringBuilder sql = new StringBuilder("CASE ").append(column);
    for (int i = 0; i < STATUSES.size(); i++) {
      sql.append(" WHEN '").append(STATUSES.get(i)).append("' THEN ").append(i);
    }
    return sql.append(" END").toString();
  }

  /** The counts of an LA's expected schools; {@code %s}: the grouping and its key. */
  private static final String COUNTS =
      """
      count(*) FILTER (WHERE expected) AS expected_schools,
      count(*) FILTER (WHERE expected AND status IN ('%3$s', '%4$s', '%5$s')) AS received,
      count(*) FILTER (WHERE expected AND status IN ('%1$s', '%2$s')) AS not_received,
      count(*) FILTER (WHERE expected AND status = '%3$s') AS with_errors,
      count(*) FILTER (WHERE expected AND status = '%5$s') AS confirmed,
      100.0::DOUBLE * count(*) FILTER (WHERE expected AND status IN ('%3$s', '%4$s', '%5$s'))
        / NULLIF(count(*) FILTER (WHERE expected), 0) AS received_pct"""
          .formatted(NOT_RECEIVED, UPLOAD_ERROR, WITH_ERRORS, RECEIVED, CONFIRMED);

  static final String LA_COMPLETENESS =
      """
      CREATE OR REPLACE VIEW la_completeness AS
      SELECT collection, year, la_code, %s, max(deadline) AS deadline
      FROM school_completeness GROUP BY collection, year, la_code"""
          .formatted(COUNTS);

  static final String COMPLETENESS_SUMMARY =
      """
      CREATE OR REPLACE VIEW completeness_summary AS
      WITH s AS (
        SELECT c.*, l.region FROM school_completeness c LEFT JOIN las l USING (la_code))
      SELECT 'national' AS level, 'England' AS key, collection, year, %1$s
      FROM s GROUP BY collection, year
      UNION ALL
      SELECT 'region', region, collection, year, %1$s FROM s GROUP BY region, collection, year
      UNION ALL
      SELECT 'la', la_code, collection, year, %1$s FROM s GROUP BY la_code, collection, year"""
          .formatted(COUNTS);
}
