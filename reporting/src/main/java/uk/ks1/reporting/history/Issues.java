package uk.ks1.reporting.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.ks1.aggregate.store.DataErrorViews;
import uk.ks1.core.codes.Field;

/**
 * Issues as they leave the service. The value found in an identity field (a UPN, a name, a date of
 * birth) is withheld unless the caller is the pupil's own LA; everything else is shown as stored.
 */
public final class Issues {
  /** What stands in a withheld value. */
  public static final String WITHHELD = "(withheld)";

  private static final Set<String> PERSONAL_FIELDS =
      Field.PERSONAL.stream()
          .filter(Field::personal)
          .map(Field::label)
          .collect(Collectors.toUnmodifiableSet());

  private Issues() {}

  /** One issue: where it is, what rule, what was found and what is allowed. */
  public record Issue(
      String laCode,
      String laestab,
      String schoolName,
      String submissionId,
      String fileName,
      String status,
      Integer rowNumber,
      String pupilKey,
      String field,
      String ruleId,
      String severity,
      String effect,
      String value,
      String message,
      String allowed) {}

  /** True when a field's value identifies a pupil. */
  public static boolean personal(String field) {
    return field != null && PERSONAL_FIELDS.contains(field);
  }

  /** The value as a caller may see it: a personal field's value withheld unless they may. */
  public static String shown(String field, String value, boolean seesPersonal) {
    return value != null && personal(field) && !seesPersonal ? WITHHELD : value;
  }

  /**
   * A submission's issues: what validation found, and while it is current, the cross-school queries
   * (X01) the store finds for its pupils, as in the data-errors report.
   */
  public static List<Issue> ofSubmission(Connection c, String submissionId, boolean seesPersonal)
      throws SQLException {
    return read(
        c,
        "SELECT * FROM (SELECT s.la_code, s.laestab, s.school_name, s.submission_id, s.file_name,"
            + " s.status, i.row_number, i.pupil_key, i.field, i.rule_id, i.severity, i.effect,"
            + " i.value, i.message, i.allowed FROM validation_issues i JOIN submissions s"
            + " USING (submission_id) WHERE s.submission_id = ? UNION ALL SELECT * FROM ("
            + DataErrorViews.crossSchoolQueriesOfSubmission()
            + ")) ORDER BY row_number NULLS FIRST, severity, rule_id",
        List.of(submissionId, submissionId),
        la -> seesPersonal);
  }

  /** Which LAs' identity values the caller sees. */
  @FunctionalInterface
  interface PersonalValues {
    boolean of(String laCode);
  }

  static List<Issue> read(Connection c, String sql, List<Object> args, PersonalValues personal)
      throws SQLException {
    List<Issue> out = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        q.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String la = rs.getString("la_code");
          String field = rs.getString("field");
          Integer row = (Integer) rs.getObject("row_number"); // null: a file-level issue
          out.add(
              new Issue(
                  la,
                  rs.getString("laestab"),
                  rs.getString("school_name"),
                  rs.getString("submission_id"),
                  rs.getString("file_name"),
                  rs.getString("status"),
                  row,
                  rs.getString("pupil_key"),
                  field,
                  rs.getString("rule_id"),
                  rs.getString("severity"),
                  rs.getString("effect"),
                  shown(field, rs.getString("value"), personal.of(la)),
                  rs.getString("message"),
                  rs.getString("allowed")));
        }
      }
    }
    return out;
  }
}
