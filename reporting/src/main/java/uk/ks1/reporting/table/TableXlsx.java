package uk.ks1.reporting.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.ks1.core.text.FormulaGuard;

/**
 * Tables as one XLSX workbook, a sheet each, the first filterable with its header frozen. Every
 * text cell is a string cell, never a formula; formula-like text is also marked quote-prefixed so
 * editing the cell keeps it text. The number columns' whole numbers are numbers.
 */
public final class TableXlsx {
  private TableXlsx() {}

  public static void write(Path file, List<Table> tables) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
      Styles styles = new Styles(book);
      boolean first = true;
      for (Table t : tables) {
        Sheet sheet = book.createSheet(t.sheet());
        Row head = sheet.createRow(0);
        for (int i = 0; i < t.header().size(); i++) {
          Cell cell = head.createCell(i);
          cell.setCellValue(t.header().get(i));
          cell.setCellStyle(styles.header);
        }
        int n = 1;
        for (List<String> cells : t.rows()) {
          row(sheet.createRow(n++), cells, t, styles);
        }
        if (first) {
          sheet.createFreezePane(0, 1);
          sheet.setAutoFilter(new CellRangeAddress(0, n - 1, 0, t.header().size() - 1));
          first = false;
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
  }

  private static void row(Row row, List<String> cells, Table t, Styles styles) {
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i);
      if (text == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (t.numbers().contains(i) && text.matches("\\d{1,9}")) {
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
