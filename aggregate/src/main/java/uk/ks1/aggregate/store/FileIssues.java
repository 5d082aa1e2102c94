package uk.ks1.aggregate.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.SubmissionStatus;

/**
 * The issues of files as their per-file reports list them: every issue the validate role recorded
 * for the files' submissions (strict-mode rejections included), and the cross-school queries (X01)
 * the store finds for their pupils now, as the data-errors report shows them. In file order: issues
 * with the whole file first, then by row, each row's in the order validation found them, its X01
 * last.
 */
public final class FileIssues {
  /** One issue of a file, with the field's label as stored. */
  public record Issue(
      Integer row,
      String field,
      String value,
      String ruleId,
      String severity,
      String message,
      String allowed) {}

  /** The columns of pupil records the look-up for pupils in two schools pairs. */
  private static final String PAIRED = "collection, year, pupil_key, laestab, submission_id";

  private FileIssues() {}

  /** Which of {@code ids} the store holds as validated (not just announced by their file). */
  public static Set<String> storedAmong(Connection c, Collection<String> ids) throws SQLException {
    Set<String> stored = new HashSet<>();
    if (ids.isEmpty()) {
      return stored;
    }
    String sql =
        "SELECT submission_id FROM submissions WHERE status <> "
            + SqlTemplate.literal(SubmissionStatus.PROCESSING.label())
            + " AND submission_id IN "
            + inList(ids);
    try (Statement q = c.createStatement();
        ResultSet rs = q.executeQuery(sql)) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    return stored;
  }

  private static String inList(Collection<String> values) {
    return values.stream().map(SqlTemplate::literal).collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * file id -> its issues, for each of {@code fileIds} that has any. Two small look-ups first find
   * the submissions that have issues at all and those that may have a pupil in another school's
   * data (a contested key; a national load has few of either); only those are read in full, as the
   * cross-school query reads the records of the whole country.
   */
  public static Map<String, List<Issue>> of(
      Connection c, CollectionRegistry collections, Collection<String> fileIds)
      throws SQLException {
    Map<String, List<Issue>> byFile = new HashMap<>();
    if (fileIds.isEmpty()) {
      return byFile;
    }
    String submissions =
        "(SELECT submission_id FROM submissions WHERE file_id IN " + inList(fileIds) + ")";
    // errors + queries is the number of the submission's issues validation recorded
    Set<String> issued =
        ids(
            c,
            "SELECT submission_id FROM submissions WHERE errors + queries > 0 AND file_id IN "
                + inList(fileIds));
    // Only a record whose key is contested can be in two schools' data: contested_pupils is a
    // superset of those keys (the writer holds every keyed record), and the X01 query below is
    // exact. Joining every pupil record in the country here instead cost 67 ms a batch on a
    // national store, about 14 CPU seconds over a national load (docs/performance.md).
    Set<String> shared =
        ids(
            c,
            "SELECT DISTINCT submission_id FROM "
                + DataErrorViews.pupilRecords(collections, PAIRED)
                + " WHERE pupil_key IN (SELECT pupil_key FROM contested_pupils)"
                + " AND submission_id IN "
                + submissions);
    if (issued.isEmpty() && shared.isEmpty()) {
      return byFile;
    }
    List<String> parts = new ArrayList<>();
    if (!issued.isEmpty()) {
      parts.add(
          "SELECT s.file_id, i.row_number, i.field, i.value, i.rule_id, i.severity, i.message,"
              + " i.allowed, 0 AS part, i.rowid AS seq"
              + " FROM validation_issues i JOIN submissions s USING (submission_id)"
              + " WHERE i.submission_id IN "
              + inList(issued));
    }
    if (!shared.isEmpty()) {
      parts.add(
          "SELECT s.file_id, x.row_number, x.field, x.value, x.rule_id, x.severity, x.message,"
              + " x.allowed, 1 AS part, 0 AS seq FROM ("
              + DataErrorViews.crossSchoolQueriesWhere(
                  collections, "submission_id IN " + inList(shared))
              + ") x JOIN submissions s USING (submission_id)");
    }
    String sql =
        String.join(" UNION ALL ", parts) + " ORDER BY file_id, row_number NULLS FIRST, part, seq";
    try (Statement q = c.createStatement();
        ResultSet rs = q.executeQuery(sql)) {
      while (rs.next()) {
        byFile
            .computeIfAbsent(rs.getString("file_id"), f -> new ArrayList<>())
            .add(
                new Issue(
                    (Integer) rs.getObject("row_number"),
                    rs.getString("field"),
                    rs.getString("value"),
                    rs.getString("rule_id"),
                    rs.getString("severity"),
                    rs.getString("message"),
                    rs.getString("allowed")));
      }
    }
    return byFile;
  }

  private static Set<String> ids(Connection c, String sql) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement q = c.createStatement();
        ResultSet rs = q.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }
}
