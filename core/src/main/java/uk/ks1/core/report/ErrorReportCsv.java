package uk.ks1.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.ks1.core.text.FormulaGuard;

/**
 * Writes an {@link ErrorReport} as CSV that Excel opens correctly: UTF-8 with a byte-order mark (so
 * names keep their accents), CRLF, quoted where needed, every cell through {@link FormulaGuard}.
 */
public final class ErrorReportCsv {
  private ErrorReportCsv() {}

  public static void write(Path file, ErrorReport report) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.EXCEL.builder().get().print(out)) {
      out.write('\uFEFF');
      csv.printRecord(ErrorReport.COLUMNS);
      for (ErrorReport.Line line : report.lines()) {
        csv.printRecord(line.cells().stream().map(FormulaGuard::forCsv).toList());
      }
    }
  }
}
