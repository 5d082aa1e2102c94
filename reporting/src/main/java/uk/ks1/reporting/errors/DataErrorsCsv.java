package uk.ks1.reporting.errors;

import java.io.IOException;
import java.nio.file.Path;
import uk.ks1.reporting.table.TableCsv;

/**
 * The report as CSV: the issues in one file, the counts per rule in another ({@link TableCsv}:
 * UTF-8 with a byte-order mark, RFC 4180 quoting, formula-like cells defused).
 */
public final class DataErrorsCsv {
  private DataErrorsCsv() {}

  public static void writeIssues(DataErrorsReport report, Path file) throws IOException {
    TableCsv.write(DataErrorsXlsx.issues(report), file);
  }

  public static void writeCounts(DataErrorsReport report, Path file) throws IOException {
    TableCsv.write(DataErrorsXlsx.counts(report), file);
  }
}
