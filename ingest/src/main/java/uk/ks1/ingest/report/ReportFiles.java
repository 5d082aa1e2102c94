package uk.ks1.ingest.report;

import java.io.IOException;
import java.nio.file.Path;
import uk.ks1.ingest.file.Destinations;
import uk.ks1.ingest.file.IntakeResult;
import uk.ks1.ingest.file.RejectionReport;

/**
 * Writes a file's reports beside where the file is put: for a rejected file the plain-text {@code
 * <name>.report.txt}; for any file with problems (rejected, or accepted with pupil issues) the same
 * list as {@code <name>.report.csv} and {@code <name>.report.xlsx}. A file without problems gets
 * none. The folder is there already: the intake makes it, once, for the file.
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
      ErrorReportCsv.write(csvFor(placed), report);
      ErrorReportXlsx.write(xlsxFor(placed), report);
    }
  }

  public static Path csvFor(Path placed) {
    return placed.resolveSibling(placed.getFileName() + ".report.csv");
  }

  public static Path xlsxFor(Path placed) {
    return placed.resolveSibling(placed.getFileName() + ".report.xlsx");
  }
}
