package uk.ks1.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes early-results template files (CSV or XLSX) for tests, from {@link TestPupil}s grouped by
 * school, by plain string building for CSV (quoting by hand, so the product's CSV reader is checked
 * against text it did not write) and with POI for XLSX. Variants cover what spreadsheets really
 * produce: other header names, a title row, Male/Female, dd/MM/yyyy dates, leading apostrophes,
 * blank trailing rows, extra columns, semicolons, a BOM, Windows-1252, date and number cells.
 */
public final class TemplateBuilder {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final List<String> laestabs = new ArrayList<>();
  private final List<TestPupil> pupils = new ArrayList<>();
  private final Map<String, String[]> scores = new HashMap<>();
  private List<String> header =
      List.of(
          "School DFE",
          "UPN",
          "Forename",
          "Surname",
          "Gender",
          "Date of birth",
          "NC Year",
          "Teacher Assessment: KS1 Reading",
          "Teacher Assessment: KS1 Writing",
          "Teacher Assessment: KS1 Maths",
          "Teacher Assessment: KS1 Science");
  private String title;
  private boolean words;
  private boolean dmy;
  private boolean apostrophes;
  private int trailingBlankRows;
  private boolean extraColumn;
  private boolean withScores;
  private String year;
  private char separator = ',';
  private boolean bom;
  private Charset charset = StandardCharsets.UTF_8;
  private String crlf = "\r\n";

  private TemplateBuilder() {}

  /**
   * A streamed XLSX of {@code rows} rows of one cell each (a DfE number) below the template's
   * header, or below a title that is no header: a huge sheet, written without holding it.
   */
  public static byte[] hugeSheet(int rows, boolean withHeader) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = book.createSheet("Data");
      var head = sheet.createRow(0);
      List<String> names = withHeader ? template().header : List.of("Pupil list");
      for (int c = 0; c < names.size(); c++) {
        head.createCell(c).setCellValue(names.get(c));
      }
      for (int r = 1; r <= rows; r++) {
        sheet.createRow(r).createCell(0).setCellValue(3302001);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    }
  }

  public static TemplateBuilder template() {
    return new TemplateBuilder();
  }

  /** Adds a school's pupils (rows are written in the order added). */
  public TemplateBuilder school(String laestab, List<TestPupil> more) {
    for (TestPupil p : more) {
      laestabs.add(laestab);
      pupils.add(p);
    }
    return this;
  }

  /** The header row, in the order to write it (the builder writes every template column). */
  public TemplateBuilder header(List<String> names) {
    if (names.size() != header.size()) {
      throw new IllegalArgumentException("A header of " + header.size() + " names is needed");
    }
    this.header = List.copyOf(names);
    return this;
  }

  /** Other names for every column: LAESTAB, Sex, DOB, "KS1 Reading TA" and so on, odd case. */
  public TemplateBuilder otherHeaderNames() {
    return header(
        List.of(
            "laestab",
            "upn",
            "FORENAME",
            "Surname ",
            "Sex",
            "DOB",
            "NCyear",
            "KS1 Reading TA",
            "ks1 writing ta",
            "KS1 Maths TA",
            "KS1 Science TA"));
  }

  public TemplateBuilder titleRow(String text) {
    this.title = text;
    return this;
  }

  /** Male/Female rather than M/F. */
  public TemplateBuilder sexInWords() {
    this.words = true;
    return this;
  }

  /** Dates of birth as dd/MM/yyyy (text in CSV, date cells in XLSX). */
  public TemplateBuilder datesDayFirst() {
    this.dmy = true;
    return this;
  }

  /** School DFE and NC year written '3302001 and '2, as Excel keeps numbers as text. */
  public TemplateBuilder leadingApostrophes() {
    this.apostrophes = true;
    return this;
  }

  public TemplateBuilder trailingBlankRows(int n) {
    this.trailingBlankRows = n;
    return this;
  }

  /** A "Class" column the template does not have, first. */
  public TemplateBuilder extraColumn() {
    this.extraColumn = true;
    return this;
  }

  /** Scaled-score columns; each pupil's scores come from {@link #score}. */
  public TemplateBuilder withScores() {
    this.withScores = true;
    return this;
  }

  public TemplateBuilder score(String upn, String reading, String maths, String gps) {
    this.withScores = true;
    scores.put(upn, new String[] {reading, maths, gps});
    return this;
  }

  /** A "Year" column holding {@code value} on every row. */
  public TemplateBuilder yearColumn(String value) {
    this.year = value;
    return this;
  }

  public TemplateBuilder separator(char c) {
    this.separator = c;
    return this;
  }

  public TemplateBuilder withBom() {
    this.bom = true;
    return this;
  }

  public TemplateBuilder inWindows1252() {
    this.charset = Charset.forName("windows-1252");
    return this;
  }

  public TemplateBuilder withLf() {
    this.crlf = "\n";
    return this;
  }

  /** The rows as written (header first), before any file format. */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    if (extraColumn) {
      head.add("Class");
    }
    head.addAll(header);
    if (withScores) {
      head.addAll(
          List.of("Scaled Score: KS1 Reading", "Scaled Score: KS1 Maths", "Scaled Score: KS1 GPS"));
    }
    if (year != null) {
      head.add("Year");
    }
    rows.add(head);
    for (int i = 0; i < pupils.size(); i++) {
      TestPupil p = pupils.get(i);
      String q = apostrophes ? "'" : "";
      List<String> row = new ArrayList<>();
      if (extraColumn) {
        row.add("2B");
      }
      row.add(q + laestabs.get(i));
      row.add(nz(p.upn()));
      row.add(nz(p.forename()));
      row.add(nz(p.surname()));
      row.add(sex(p.sex()));
      row.add(dob(p.dob()));
      row.add(q + "2");
      row.add(nz(p.reading()));
      row.add(nz(p.writing()));
      row.add(nz(p.maths()));
      row.add(nz(p.science()));
      if (withScores) {
        String[] s = scores.getOrDefault(p.upn(), new String[] {"", "", ""});
        row.addAll(List.of(nz(s[0]), nz(s[1]), nz(s[2])));
      }
      if (year != null) {
        row.add(year);
      }
      rows.add(row);
    }
    return rows;
  }

  public String csvText() {
    StringBuilder out = new StringBuilder();
    if (title != null) {
      out.append(cell(title)).append(crlf);
    }
    for (List<String> row : rows()) {
      for (int c = 0; c < row.size(); c++) {
        out.append(c > 0 ? String.valueOf(separator) : "").append(cell(row.get(c)));
      }
      out.append(crlf);
    }
    for (int i = 0; i < trailingBlankRows; i++) {
      out.append(String.valueOf(separator).repeat(rows().get(0).size() - 1)).append(crlf);
    }
    return out.toString();
  }

  public byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(csvText().getBytes(charset));
    return out.toByteArray();
  }

  /**
   * The same rows as a workbook: School DFE and NC year as number cells (unless apostrophes are
   * asked for), dates of birth as date cells when day-first dates are asked for.
   */
  public byte[] xlsx() {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("KS1");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      int r = 0;
      if (title != null) {
        sheet.createRow(r++).createCell(0).setCellValue(title);
      }
      List<List<String>> rows = rows();
      List<String> head = rows.get(0);
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(r++);
        List<String> cells = rows.get(i);
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          var cell = row.createCell(c);
          String column = head.get(c);
          if (i > 0 && !apostrophes && isNumberColumn(column) && v.matches("\\d+")) {
            cell.setCellValue(Double.parseDouble(v));
          } else if (i > 0 && dmy && isDateColumn(column) && !v.isEmpty()) {
            cell.setCellValue(LocalDate.parse(v, DMY));
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(v);
          }
        }
      }
      for (int i = 0; i < trailingBlankRows; i++) {
        sheet.createRow(r++).createCell(0).setCellValue("");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path writeCsv(Path dir, String name) {
    return write(dir, name, csv());
  }

  public Path writeXlsx(Path dir, String name) {
    return write(dir, name, xlsx());
  }

  /** Writes bytes into {@code dir/name} (creating the folder) and returns the path. */
  public static Path write(Path dir, String name, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name);
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean isNumberColumn(String column) {
    String k = column.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    return k.equals("schooldfe")
        || k.equals("laestab")
        || k.equals("ncyear")
        || k.contains("score");
  }

  private boolean isDateColumn(String column) {
    String k = column.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    return k.equals("dateofbirth") || k.equals("dob");
  }

  private String sex(String s) {
    if (!words || s == null) {
      return nz(s);
    }
    return s.equals("M") ? "Male" : s.equals("F") ? "Female" : s;
  }

  private String dob(String iso) {
    if (iso == null) {
      return "";
    }
    return dmy ? LocalDate.parse(iso).format(DMY) : iso;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private String cell(String v) {
    boolean quote =
        v.indexOf(separator) >= 0 || v.contains("\"") || v.contains("\n") || v.contains("\r");
    return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
