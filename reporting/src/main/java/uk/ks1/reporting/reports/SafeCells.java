package uk.ks1.reporting.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import uk.ks1.core.text.FormulaGuard;

/**
 * Writes spreadsheet cells that a spreadsheet program will never run: every value is a text cell,
 * and one {@link FormulaGuard} finds risky is also marked quote-prefixed, so editing it in Excel
 * does not turn it into a formula.
 */
final class SafeCells {
  private final CellStyle quoted;

  SafeCells(Workbook workbook) {
    this.quoted = workbook.createCellStyle();
    this.quoted.setQuotePrefixed(true);
  }

  void text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    if (value == null) {
      return;
    }
    cell.setCellValue(value);
    if (FormulaGuard.risky(value)) {
      cell.setCellStyle(quoted);
    }
  }

  void number(Row row, int column, long value) {
    row.createCell(column).setCellValue(value);
  }
}
