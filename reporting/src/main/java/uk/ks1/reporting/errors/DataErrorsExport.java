package uk.ks1.reporting.errors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report as the files LAs pass on: {@code data-errors-<LA or school>.csv} (the issues),
 * {@code data-errors-<...>-counts.csv} (counts per rule) and {@code data-errors-<...>.xlsx} (both,
 * as two sheets).
 */
public final class DataErrorsExport {
  private DataErrorsExport() {}

  /** Writes the three files into {@code dir} (created if missing) and returns them. */
  public static List<Path> write(DataErrorsReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    String name = "data-errors-" + report.scope().key();
    Path issues = dir.resolve(name + ".csv");
    Path counts = dir.resolve(name + "-counts.csv");
    Path xlsx = dir.resolve(name + ".xlsx");
    DataErrorsCsv.writeIssues(report, issues);
    DataErrorsCsv.writeCounts(report, counts);
    DataErrorsXlsx.write(report, xlsx);
    return List.of(issues, counts, xlsx);
  }
}
