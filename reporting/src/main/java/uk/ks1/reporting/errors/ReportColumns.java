package uk.ks1.reporting.errors;

import java.util.Arrays;
import java.util.List;

/** The columns of the report's two tables, in order, as both exports write them. */
final class ReportColumns {
  static final List<String> ISSUES =
      List.of(
          "LA",
          "School DfE number",
          "School name",
          "Submission",
          "File",
          "Status",
          "Row",
          "UPN",
          "Forename",
          "Surname",
          "Field",
          "Rule",
          "Severity",
          "Effect",
          "Value found",
          "Message",
          "Allowed");

  static final List<String> COUNTS =
      List.of("Rule", "Severity", "What it checks", "Issues", "Schools", "Pupil rows");

  private ReportColumns() {}

  /** A row's cells, as text (Row as digits, or empty for a file-level issue). */
  static List<String> cells(DataErrorRow r) {
    return Arrays.asList(
        r.laCode(),
        r.laestab(),
        r.schoolName(),
        r.submissionId(),
        r.fileName(),
        r.status(),
        r.row() == null ? null : r.row().toString(),
        r.upn(),
        r.forename(),
        r.surname(),
        r.field(),
        r.ruleId(),
        r.severity(),
        r.effect(),
        r.value(),
        r.message(),
        r.allowed());
  }

  static List<String> cells(RuleCount c) {
    return List.of(
        c.ruleId(),
        c.severity(),
        c.checks(),
        Long.toString(c.issues()),
        Long.toString(c.schools()),
        Long.toString(c.pupilRows()));
  }
}
