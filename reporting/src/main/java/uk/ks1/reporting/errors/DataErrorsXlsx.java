package uk.ks1.reporting.errors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import uk.ks1.reporting.table.Table;
import uk.ks1.reporting.table.TableXlsx;

/**
 * The report as one XLSX workbook ({@link TableXlsx}): sheet "Issues" (filterable, header frozen)
 * and sheet "Counts by rule". Rows and counts are numbers; text is never a formula.
 */
public final class DataErrorsXlsx {
  public static final String ISSUES_SHEET = "Issues";
  public static final String COUNTS_SHEET = "Counts by rule";

  private DataErrorsXlsx() {}

  public static void write(DataErrorsReport report, Path file) throws IOException {
    TableXlsx.write(file, List.of(issues(report), counts(report)));
  }

  static Table issues(DataErrorsReport report) {
    return new Table(
        ISSUES_SHEET,
        ReportColumns.ISSUES,
        report.rows().stream().map(ReportColumns::cells).toList(),
        Set.of(ReportColumns.ISSUES.indexOf("Row")));
  }

  static Table counts(DataErrorsReport report) {
    return new Table(
        COUNTS_SHEET,
        ReportColumns.COUNTS,
        report.counts().stream().map(ReportColumns::cells).toList(),
        Set.of(3, 4, 5));
  }
}
