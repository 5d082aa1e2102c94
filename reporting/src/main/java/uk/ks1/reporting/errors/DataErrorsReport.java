package uk.ks1.reporting.errors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ks1.aggregate.retire.StoreRetirement;
import uk.ks1.reporting.history.Issues;

/**
 * The data-errors report LAs know, read from the store's {@code data_errors} view: every issue of
 * the schools' current submissions and of the LA's upload errors, grouped by school, then pupil
 * row, errors before queries; and the counts per rule. The LA's own report names each pupil (UPN,
 * forename, surname from {@code pupil_identities}); without identities it does not.
 */
public record DataErrorsReport(ReportScope scope, List<DataErrorRow> rows, List<RuleCount> counts) {

  public DataErrorsReport {
    rows = List.copyOf(rows);
    counts = List.copyOf(counts);
  }

  public static DataErrorsReport read(Connection c, ReportScope scope, boolean identities)
      throws SQLException {
    // the analysts' snapshot has no pupil_identities: only the LA's own report joins it
    String who =
        identities
            ? "p.upn, p.forename, p.surname"
            : "NULL AS upn, NULL AS forename, NULL AS surname";
    // a retired scope's identities are gone: the report says so instead of leaving them blank
    String retired =
        identities
            ? ", (SELECT "
                + StoreRetirement.retiredSql("s2.year", "s2.collection", "d.la_code")
                + " FROM submissions s2 WHERE s2.submission_id = d.submission_id)"
            : ", false";
    String join =
        identities
            ? " LEFT JOIN pupil_identities p"
                + " ON p.submission_id = d.submission_id AND p.row_number = d.row_number"
            : "";
    String sql =
        "SELECT d.la_code, d.laestab, d.school_name, d.submission_id, d.file_name, d.status,"
            + " d.row_number, "
            + who
            + ", d.field, d.rule_id, d.severity, d.effect, d.value, d.message, d.allowed"
            + retired
            + " FROM data_errors d"
            + join
            + " WHERE d.la_code = ?"
            + (scope.laestab() == null ? "" : " AND d.laestab = ?")
            + " ORDER BY d.laestab NULLS FIRST, d.submission_id, d.row_number NULLS FIRST,"
            + " d.severity, d.rule_id, d.field";
    List<DataErrorRow> rows = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, scope.laCode());
      if (scope.laestab() != null) {
        q.setString(2, scope.laestab());
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          boolean gone = rs.getBoolean(18) && rs.getObject(7) != null;
          rows.add(
              new DataErrorRow(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  (Integer) rs.getObject(7),
                  retiredOr(gone, rs.getString(8)),
                  retiredOr(gone, rs.getString(9)),
                  retiredOr(gone, rs.getString(10)),
                  rs.getString(11),
                  rs.getString(12),
                  rs.getString(13),
                  rs.getString(14),
                  // without identities, no UPN or date of birth as a value found either
                  gone && rs.getString(15) == null && personal(rs.getString(11))
                      ? uk.ks1.reporting.reports.PupilList.RETIRED
                      : Issues.shown(rs.getString(11), rs.getString(15), identities),
                  rs.getString(16),
                  rs.getString(17)));
        }
      }
    }
    return new DataErrorsReport(scope, rows, counts(rows, checks(c)));
  }

  private static String retiredOr(boolean retired, String value) {
    return retired && value == null ? uk.ks1.reporting.reports.PupilList.RETIRED : value;
  }

  private static boolean personal(String field) {
    return field != null && uk.ks1.core.codes.Field.named(field).personal();
  }

  /** The report's rows of one school (for one file per school from an LA's report). */
  public DataErrorsReport forSchool(String laestab) {
    List<DataErrorRow> mine = rows.stream().filter(r -> laestab.equals(r.laestab())).toList();
    Map<String, String> checks = new HashMap<>();
    counts.forEach(c -> checks.put(c.ruleId(), c.checks()));
    return new DataErrorsReport(ReportScope.school(laestab), mine, counts(mine, checks));
  }

  /** The schools in the report, in report order. */
  public List<String> schools() {
    return rows.stream().map(DataErrorRow::laestab).filter(s -> s != null).distinct().toList();
  }

  public long errors() {
    return rows.stream().filter(r -> "error".equals(r.severity())).count();
  }

  public long queries() {
    return rows.size() - errors();
  }

  /** Counts per rule, errors first, then by rule id. */
  private static List<RuleCount> counts(List<DataErrorRow> rows, Map<String, String> checks) {
    Map<String, List<DataErrorRow>> byRule = new LinkedHashMap<>();
    rows.stream()
        .sorted(
            java.util.Comparator.comparing(DataErrorRow::severity)
                .thenComparing(DataErrorRow::ruleId))
        .forEach(r -> byRule.computeIfAbsent(r.ruleId(), k -> new ArrayList<>()).add(r));
    List<RuleCount> counts = new ArrayList<>();
    byRule.forEach(
        (rule, list) -> {
          Set<String> schools = new HashSet<>();
          Set<String> pupilRows = new HashSet<>();
          for (DataErrorRow r : list) {
            if (r.laestab() != null) { // an upload error names no school
              schools.add(r.laestab());
            }
            if (r.row() != null) {
              pupilRows.add(r.submissionId() + "/" + r.row());
            }
          }
          counts.add(
              new RuleCount(
                  rule,
                  list.get(0).severity(),
                  checks.getOrDefault(rule, ""),
                  list.size(),
                  schools.size(),
                  pupilRows.size()));
        });
    return counts;
  }

  private static Map<String, String> checks(Connection c) throws SQLException {
    Map<String, String> checks = new HashMap<>();
    try (PreparedStatement q = c.prepareStatement("SELECT rule_id, checks FROM rules");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        checks.put(rs.getString(1), rs.getString(2));
      }
    }
    return checks;
  }
}
