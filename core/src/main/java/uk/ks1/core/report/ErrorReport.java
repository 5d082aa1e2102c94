package uk.ks1.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.ValidationIssue;

/**
 * A file's problems as the person fixing the file wants them: one line per problem, in row order
 * (file-level problems first), naming the column by the header the school used where the file had
 * one. The same lines are written as CSV and as XLSX.
 */
public record ErrorReport(List<Line> lines) {
  /** The report's columns, in order. */
  public static final List<String> COLUMNS =
      List.of("file", "row", "column", "value", "rule id", "severity", "message", "allowed");

  /** One problem. {@code row} is null for a problem with the whole file. */
  public record Line(
      String file,
      Integer row,
      String column,
      String value,
      String ruleId,
      String severity,
      String message,
      String allowed) {

    public List<String> cells() {
      return java.util.Arrays.asList(
          file,
          row == null ? "" : row.toString(),
          column,
          value == null ? "" : value,
          ruleId,
          severity,
          message,
          allowed == null ? "" : allowed);
    }
  }

  public ErrorReport {
    lines = List.copyOf(lines);
  }

  public static ErrorReport of(
      String fileName, List<ValidationIssue> issues, Map<Field, String> columns) {
    List<ValidationIssue> ordered = new ArrayList<>(issues);
    ordered.sort(
        Comparator.comparing(
            (ValidationIssue i) -> i.row() == null ? -1 : i.row(), Comparator.naturalOrder()));
    List<Line> lines = new ArrayList<>();
    for (ValidationIssue i : ordered) {
      lines.add(
          new Line(
              fileName,
              i.row(),
              column(i.field(), columns),
              i.value(),
              i.ruleId(),
              i.severity().label(),
              i.message(),
              i.allowed()));
    }
    return new ErrorReport(lines);
  }

  /**
   * The report of {@code lines} already in file order, whose column is the field's label as stored:
   * the header the school used for it ({@code columns}, by label) is shown instead where known.
   */
  public static ErrorReport ofStored(List<Line> lines, Map<String, String> columns) {
    List<Line> named = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String column =
          l.column() == null || l.column().equals(Field.FILE.label())
              ? ""
              : columns.getOrDefault(l.column(), l.column());
      named.add(
          new Line(
              l.file(),
              l.row(),
              column,
              l.value(),
              l.ruleId(),
              l.severity(),
              l.message(),
              l.allowed()));
    }
    return new ErrorReport(named);
  }

  /** The CSV report kept beside a file placed at {@code placed}. */
  public static Path csvBeside(Path placed) {
    return placed.resolveSibling(placed.getFileName() + ".report.csv");
  }

  /** The XLSX report kept beside a file placed at {@code placed}. */
  public static Path xlsxBeside(Path placed) {
    return placed.resolveSibling(placed.getFileName() + ".report.xlsx");
  }

  /** Writes the report beside {@code placed} as CSV and XLSX. */
  public void writeBeside(Path placed) throws IOException {
    ErrorReportCsv.write(csvBeside(placed), this);
    ErrorReportXlsx.write(xlsxBeside(placed), this);
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  private static String column(Field field, Map<Field, String> columns) {
    if (field == null || field == Field.FILE) {
      return "";
    }
    return columns.getOrDefault(field, field.label());
  }
}
