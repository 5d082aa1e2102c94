package uk.ks1.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Any template's rows written as a spreadsheet program saves them: CSV text quoted by hand (CRLF,
 * as Excel writes it), or an XLSX with a title row above the header and numbers as number cells.
 */
public final class Sheets {
  private Sheets() {}

  /** Rows as CSV, every value quoted where it must be. */
  public static Path csv(Path file, List<List<String>> rows) {
    String text =
        rows.stream()
            .map(r -> r.stream().map(Sheets::quoted).collect(Collectors.joining(",")))
            .collect(Collectors.joining("\r\n", "", "\r\n"));
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rows as a workbook's first sheet under a title row; a value that is a whole number is written
   * as a number cell, as Excel keeps a typed mark.
   */
  public static Path xlsx(Path file, String title, List<List<String>> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Return");
      sheet.createRow(0).createCell(0).setCellValue(title);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 2);
        List<String> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          String v = values.get(c);
          if (v == null || v.isEmpty()) {
            continue;
          }
          if (r > 0 && v.matches("\\d{1,2}")) {
            row.createCell(c).setCellValue(Double.parseDouble(v));
          } else {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        book.write(out);
      }
      return Files.move(tmp, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quoted(String v) {
    if (v == null) {
      return "";
    }
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
