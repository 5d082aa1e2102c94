package uk.ks1.ingest.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an {@link ErrorReport} as a workbook: a bold, frozen, filterable header and one row per
 * problem. Every cell is a text cell, never a formula; text that a spreadsheet would take for a
 * formula also gets the quote-prefix style, as Excel gives text typed with a leading apostrophe.
 * Streams rows (SXSSF), so a report of a large LA file stays small in memory.
 */
public final class ErrorReportXlsx {
  private static final int[] WIDTHS = {30, 6, 22, 18, 8, 9, 80, 50};

  private ErrorReportXlsx() {}

  public static void write(Path file, ErrorReport report) throws IOException {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try (OutputStream out = Files.newOutputStream(file)) {
      SXSSFSheet sheet = book.createSheet("Problems");
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle text = book.createCellStyle();
      text.setWrapText(true);
      CellStyle quoted = book.createCellStyle();
      quoted.setWrapText(true);
      quoted.setQuotePrefixed(true);

      row(sheet, 0, ErrorReport.COLUMNS, header, header);
      int r = 1;
      for (ErrorReport.Line line : report.lines()) {
        row(sheet, r++, line.cells(), text, quoted);
      }
      for (int c = 0; c < WIDTHS.length; c++) {
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, WIDTHS.length - 1));
      book.write(out);
    } finally {
      book.close();
      book.dispose();
    }
  }

  private static void row(
      Sheet sheet, int index, List<String> cells, CellStyle style, CellStyle quoted) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.size(); c++) {
      String value = cells.get(c) == null ? "" : cells.get(c);
      var cell = row.createCell(c);
      cell.setCellValue(value);
      cell.setCellStyle(FormulaGuard.risky(value) ? quoted : style);
    }
  }
}
