package uk.ks1.reporting.errors;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.ks1.core.text.FormulaGuard;

/**
 * The report as one XLSX workbook: sheet "Issues" (filterable, header frozen) and sheet "Counts by
 * rule". Every text cell is a string cell, never a formula; formula-like text is also marked
 * quote-prefixed so editing the cell keeps it text. Rows and counts are numbers.
 */
public final class DataErrorsXlsx {
  public static final String ISSUES_SHEET = "Issues";
  public static final String COUNTS_SHEET = "Counts by rule";

  private static final Set<Integer> ISSUE_NUMBERS = Set.of(ReportColumns.ISSUES.indexOf("Row"));
  private static final Set<Integer> COUNT_NUMBERS = Set.of(3, 4, 5);

  private DataErrorsXlsx() {}

  public static void write(DataErrorsReport report, Path file) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
      Styles styles = new Styles(book);
      Sheet issues = book.createSheet(ISSUES_SHEET);
      header(issues, ReportColumns.ISSUES, styles);
      int n = 1;
      for (DataErrorRow r : report.rows()) {
        row(issues.createRow(n++), ReportColumns.cells(r), ISSUE_NUMBERS, styles);
      }
      issues.createFreezePane(0, 1);
      issues.setAutoFilter(new CellRangeAddress(0, n - 1, 0, ReportColumns.ISSUES.size() - 1));

      Sheet counts = book.createSheet(COUNTS_SHEET);
      header(counts, ReportColumns.COUNTS, styles);
      n = 1;
      for (RuleCount c : report.counts()) {
        row(counts.createRow(n++), ReportColumns.cells(c), COUNT_NUMBERS, styles);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
  }

  private static void header(Sheet sheet, List<String> names, Styles styles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(names.get(i));
      cell.setCellStyle(styles.header);
    }
  }

  /** Cells of the {@code numbers} columns are numbers; the rest are text. */
  private static void row(Row row, List<String> cells, Set<Integer> numbers, Styles styles) {
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i);
      if (text == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (numbers.contains(i) && text.matches("\\d{1,9}")) {
        cell.setCellValue(Long.parseLong(text));
      } else {
        cell.setCellValue(text);
        if (FormulaGuard.risky(text)) {
          cell.setCellStyle(styles.quoted);
        }
      }
    }
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle quoted;

    Styles(SXSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      quoted = book.createCellStyle();
      quoted.setQuotePrefixed(true);
    }
  }
}
