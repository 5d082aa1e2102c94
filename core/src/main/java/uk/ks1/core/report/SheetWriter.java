package uk.ks1.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a one-sheet workbook (Office Open XML, .xlsx) of text cells: a bold, frozen, filterable
 * header row, set column widths, wrapped text, and a quote-prefix style for text a spreadsheet
 * would otherwise take for a formula. Apache POI does this too, but costs several milliseconds a
 * workbook; a national load writes thousands of these small reports, so this writes the few parts
 * the format needs directly (about a tenth of a millisecond). POI reads them back in the tests.
 */
final class SheetWriter {
  /** Style indexes in styles.xml's cellXfs. */
  static final int PLAIN = 0;

  static final int HEADER = 1;
  static final int WRAP = 2;
  static final int QUOTED = 3;

  private SheetWriter() {}

  /** A row of text cells, each with its style. */
  record Row(List<String> cells, List<Integer> styles) {}

  static void write(OutputStream out, String sheetName, int[] widths, List<Row> rows)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.setLevel(Deflater.BEST_SPEED); // reports are small; written on the intake thread
      stored(zip, "[Content_Types].xml", CONTENT_TYPES);
      stored(zip, "_rels/.rels", ROOT_RELS);
      stored(zip, "xl/workbook.xml", workbook(sheetName, widths.length, rows.size()));
      stored(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
      stored(zip, "xl/styles.xml", STYLES);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(sheet(widths, rows).toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  /**
   * A part of a few hundred bytes, stored as it is: compressing it saves little and costs a deflate
   * run each (most of writing a report, before). Only the sheet, the part that grows, is deflated.
   */
  private static void stored(ZipOutputStream zip, String name, String xml) throws IOException {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static String workbook(String sheetName, int columns, int rows) {
    return XML
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\""
        + escape(sheetName)
        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
        + "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\""
        + " hidden=\"1\">'"
        + escape(sheetName).replace("'", "''")
        + "'!$A$1:$"
        + column(columns - 1)
        + "$"
        + Math.max(1, rows)
        + "</definedName></definedNames></workbook>";
  }

  private static CharSequence sheet(int[] widths, List<Row> rows) {
    StringBuilder x = new StringBuilder(512 + rows.size() * 400);
    x.append(XML)
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<sheetViews><sheetView workbookViewId=\"0\">")
        .append(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        .append("</sheetView></sheetViews><cols>");
    for (int c = 0; c < widths.length; c++) {
      x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1);
      x.append("\" width=\"").append(widths[c]).append("\" customWidth=\"1\"/>");
    }
    x.append("</cols><sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      x.append("<row r=\"").append(r + 1).append("\">");
      for (int c = 0; c < row.cells().size(); c++) {
        String value = row.cells().get(c) == null ? "" : row.cells().get(c);
        x.append("<c r=\"").append(column(c)).append(r + 1).append("\" t=\"inlineStr\"");
        int style = row.styles().get(c);
        if (style != PLAIN) {
          x.append(" s=\"").append(style).append('"');
        }
        x.append("><is><t xml:space=\"preserve\">").append(escape(value)).append("</t></is></c>");
      }
      x.append("</row>");
    }
    x.append("</sheetData><autoFilter ref=\"A1:")
        .append(column(widths.length - 1))
        .append(Math.max(1, rows.size()))
        .append("\"/></worksheet>");
    return x;
  }

  /** A, B, ... Z, AA, ...: the column's letters. */
  static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }

  /** XML text: the five escapes, and control characters XML 1.0 cannot hold dropped. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }

  private static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private static final String CONTENT_TYPES =
      XML
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "</Types>";

  private static final String ROOT_RELS =
      XML
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

  private static final String WORKBOOK_RELS =
      XML
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/styles\" Target=\"styles.xml\"/></Relationships>";

  private static final String STYLES =
      XML
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
          + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"4\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyAlignment=\"1\" quotePrefix=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/>"
          + "</xf></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\""
          + " builtinId=\"0\"/></cellStyles></styleSheet>";
}
