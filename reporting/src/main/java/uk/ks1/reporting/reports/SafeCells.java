package uk.ks1.reporting.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes spreadsheet cells that a spreadsheet program will never run: every value is a text cell,
 * and one that starts like a formula ({@code = + - @}, a tab or a carriage return) is also marked
 * quote-prefixed, so editing it in Excel does not turn it into one.
 */
final class SafeCells {
  private final CellStyle quoted;

  SafeCells(Workbook workbook) {
    this.quoted = workbook.createCellStyle();
    this.quoted.setQuotePrefixed(true);
  }

  static boolean looksLikeFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  void text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    if (value == null) {
      return;
    }
    cell.setCellValue(value);
    if (looksLikeFormula(value)) {
      cell.setCellStyle(quoted);
    }
  }

  void number(Row row, int column, long value) {
    row.createCell(column).setCellValue(value);
  }
}
