package uk.ks1.ingest.report;

import java.io.IOException;
import java.nio.file.Path;
import uk.ks1.core.report.ErrorReport;
import uk.ks1.ingest.file.Destinations;
import uk.ks1.ingest.file.IntakeResult;
import uk.ks1.ingest.file.RejectionReport;

/**
 * Writes a rejected file's reports beside where the file is put: the plain-text {@code
 * <name>.report.txt}, and the same list as {@code <name>.report.csv} and {@code
 * <name>.report.xlsx}. An accepted file's report is written by the aggregate role once the validate
 * role has decided what its pupils' issues are (FileReports). The folder is there already: the
 * intake makes it, once, for the file.
 */
public final class ReportFiles {
  private ReportFiles() {}

  public static void writeBeside(Path placed, IntakeResult result) throws IOException {
    if (!result.accepted()) {
      RejectionReport.write(Destinations.reportFor(placed), result);
    }
    ErrorReport report =
        ErrorReport.of(result.facts().fileName(), result.problems(), result.columns());
    if (!report.isEmpty()) {
      report.writeBeside(placed);
    }
  }
}
