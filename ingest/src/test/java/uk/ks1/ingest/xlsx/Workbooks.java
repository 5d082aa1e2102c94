package uk.ks1.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks changed after {@code TemplateBuilder} wrote them: a sheet added, renamed, rewritten.
 */
public final class Workbooks {
  private Workbooks() {}

  /** The workbook after {@code change}, written again by POI. */
  public static byte[] changed(
      byte[] xlsx, java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> change)
      throws IOException {
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      change.accept(book);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /** The workbook with a sheet of text cells added at {@code position}. */
  public static byte[] withSheet(byte[] xlsx, String name, int position, List<List<String>> rows) {
    try {
      return changed(
          xlsx,
          book -> {
            var sheet = book.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
              var row = sheet.createRow(r);
              for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
              }
            }
            book.setSheetOrder(name, position);
          });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static byte[] renameSheet(byte[] xlsx, int index, String name) {
    try {
      return changed(xlsx, book -> book.setSheetName(index, name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The workbook with its first sheet padded by {@code spaces} spaces: a legal, huge part. */
  public static byte[] padSheet(byte[] xlsx, int spaces) throws IOException {
    return rewriteSheet(
        xlsx, xml -> xml.replaceFirst("<sheetData", " ".repeat(spaces) + "<sheetData"));
  }

  public static byte[] rewriteSheet(byte[] xlsx, java.util.function.UnaryOperator<String> change)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          content =
              change
                  .apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
