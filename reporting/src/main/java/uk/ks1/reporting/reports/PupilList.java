package uk.ks1.reporting.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A school's pupil list (XLSX) for the LA's own quality checks: each pupil row of the school's
 * current submission with UPN, names, date of birth, results, whether it counts and its issues. It
 * carries identities, so only the LA's own token reaches it (see {@code Exposure.PUPILS}).
 */
public final class PupilList {
  static final String[] HEADERS = {
    "Row",
    "UPN",
    "Former UPN",
    "Surname",
    "Forename",
    "Date of birth",
    "Sex",
    "Reading",
    "Writing",
    "Maths",
    "Science",
    "Counts",
    "Issues"
  };

  private PupilList() {}

  /** One pupil row. */
  public record Pupil(
      int row,
      String upn,
      String formerUpn,
      String surname,
      String forename,
      String dateOfBirth,
      String sex,
      String reading,
      String writing,
      String maths,
      String science,
      boolean counts,
      String issues) {}

  public static List<Pupil> read(Connection c, String laestab, int year) throws SQLException {
    List<Pupil> pupils = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT r.row_number, i.upn, i.former_upn, i.surname, i.forename, i.date_of_birth,"
                + " r.sex, r.reading, r.writing, r.maths, r.science, r.counts,"
                + " (SELECT string_agg(v.rule_id || ' ' || v.field || ': ' || v.message, '; '"
                + "    ORDER BY v.severity, v.rule_id) FROM validation_issues v"
                + "  WHERE v.submission_id = r.submission_id AND v.row_number = r.row_number)"
                + " FROM pupil_records r LEFT JOIN pupil_identities i"
                + "   ON i.submission_id = r.submission_id AND i.row_number = r.row_number"
                + " WHERE r.laestab = ? AND r.year = ? ORDER BY r.row_number")) {
      q.setString(1, laestab);
      q.setInt(2, year);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          pupils.add(
              new Pupil(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getBoolean(12),
                  rs.getString(13)));
        }
      }
    }
    return pupils;
  }

  public static byte[] xlsx(String laestab, String schoolName, int year, List<Pupil> pupils) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SafeCells cells = new SafeCells(wb);
      Sheet sheet = wb.createSheet("Pupils " + laestab);
      Row title = sheet.createRow(0);
      cells.text(
          title,
          0,
          "KS1 " + year + " pupil list: " + schoolName + " (" + laestab + ") - CONFIDENTIAL");
      Row head = sheet.createRow(2);
      for (int i = 0; i < HEADERS.length; i++) {
        cells.text(head, i, HEADERS[i]);
      }
      int r = 3;
      for (Pupil p : pupils) {
        Row row = sheet.createRow(r++);
        cells.number(row, 0, p.row());
        String[] text = {
          p.upn(),
          p.formerUpn(),
          p.surname(),
          p.forename(),
          p.dateOfBirth(),
          p.sex(),
          p.reading(),
          p.writing(),
          p.maths(),
          p.science(),
          p.counts() ? "Yes" : "No",
          p.issues()
        };
        for (int i = 0; i < text.length; i++) {
          cells.text(row, i + 1, text[i]);
        }
      }
      sheet.createFreezePane(0, 3);
      for (int i = 0; i < HEADERS.length - 1; i++) {
        sheet.autoSizeColumn(i);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
