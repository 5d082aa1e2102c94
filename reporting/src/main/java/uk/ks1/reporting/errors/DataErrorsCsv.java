package uk.ks1.reporting.errors;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.ks1.core.text.FormulaGuard;

/**
 * The report as CSV: the issues in one file, the counts per rule in another. UTF-8 with a
 * byte-order mark (so Excel reads accents right), RFC 4180 quoting, formula-like cells defused.
 */
public final class DataErrorsCsv {
  private DataErrorsCsv() {}

  public static void writeIssues(DataErrorsReport report, Path file) throws IOException {
    try (CSVPrinter csv = open(file, ReportColumns.ISSUES)) {
      for (DataErrorRow r : report.rows()) {
        print(csv, ReportColumns.cells(r));
      }
    }
  }

  public static void writeCounts(DataErrorsReport report, Path file) throws IOException {
    try (CSVPrinter csv = open(file, ReportColumns.COUNTS)) {
      for (RuleCount c : report.counts()) {
        print(csv, ReportColumns.cells(c));
      }
    }
  }

  private static CSVPrinter open(Path file, List<String> header) throws IOException {
    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write('\uFEFF');
    return new CSVPrinter(
        out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
  }

  private static void print(CSVPrinter csv, List<String> cells) throws IOException {
    csv.printRecord(cells.stream().map(FormulaGuard::forCsv).toList());
  }
}
