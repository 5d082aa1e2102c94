package uk.ks1.reporting.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.ks1.aggregate.retire.StoreRetirement;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.Item;
import uk.ks1.reporting.table.Table;

/**
 * A school's pupil list (XLSX) for the LA's own quality checks: each pupil row of the school's
 * current submission with UPN, names, date of birth, the items the collection lists (its {@code
 * pupilListItems}, as stored), whether it counts and its issues. It carries identities, so only the
 * LA's own token reaches it (see {@code Exposure.PUPILS}).
 */
public final class PupilList {
  private static final List<String> BEFORE =
      List.of("Row", "UPN", "Former UPN", "Surname", "Forename", "Date of birth", "Sex");
  private static final List<String> AFTER = List.of("Counts", "Issues");

  /** What a retired pupil's identity cells say. */
  public static final String RETIRED = "(identities retired)";

  private PupilList() {}

  /** One pupil row; {@code items} in the order of the collection's pupil-list items. */
  public record Pupil(
      int row,
      String upn,
      String formerUpn,
      String surname,
      String forename,
      String dateOfBirth,
      String sex,
      List<String> items,
      boolean counts,
      String issues) {}

  /** The column headings: identity, the collection's items by label, counts and issues. */
  static List<String> headers(CollectionDefinition d) {
    List<String> out = new ArrayList<>(BEFORE);
    d.reporting().pupilListItems().forEach(i -> out.add(i.label()));
    out.addAll(AFTER);
    return out;
  }

  public static List<Pupil> read(Connection c, CollectionDefinition d, String laestab, int year)
      throws SQLException {
    List<Item> items = d.reporting().pupilListItems();
    StringBuilder columns = new StringBuilder();
    for (Item i : items) {
      columns.append(" r.").append(i.id()).append(',');
    }
    List<Pupil> pupils = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT r.row_number, i.upn, i.former_upn, i.surname, i.forename, i.date_of_birth,"
                + " r.sex,"
                + columns
                + " r.counts,"
                + " (SELECT string_agg(v.rule_id || ' ' || v.field || ': ' || v.message, '; '"
                + "    ORDER BY v.severity, v.rule_id) FROM validation_issues v"
                + "  WHERE v.submission_id = r.submission_id AND v.row_number = r.row_number)"
                + ", "
                + StoreRetirement.retiredSql("r.year", "?", "substr(r.laestab, 1, 3)")
                + " FROM "
                + d.reporting().views().pupilRows()
                + " r LEFT JOIN pupil_identities i"
                + "   ON i.submission_id = r.submission_id AND i.row_number = r.row_number"
                + " WHERE r.laestab = ? AND r.year = ? ORDER BY r.row_number")) {
      q.setString(1, d.id());
      q.setString(2, laestab);
      q.setInt(3, year);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          List<String> values = new ArrayList<>();
          for (int i = 0; i < items.size(); i++) {
            values.add(rs.getString(8 + i));
          }
          int after = 8 + items.size();
          // a retired scope's pupils: their identities are gone, and the list says so
          boolean retired = rs.getBoolean(after + 2) && rs.getString(2) == null;
          pupils.add(
              new Pupil(
                  rs.getInt(1),
                  retired ? RETIRED : rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  values,
                  rs.getBoolean(after),
                  rs.getString(after + 1)));
        }
      }
    }
    return pupils;
  }

  /** A pupil's cells after its row number: identity, items, counts, issues. */
  private static List<String> text(Pupil p) {
    List<String> text =
        new ArrayList<>(
            Arrays.asList(
                p.upn(), p.formerUpn(), p.surname(), p.forename(), p.dateOfBirth(), p.sex()));
    text.addAll(p.items());
    text.add(p.counts() ? "Yes" : "No");
    text.add(p.issues());
    return text;
  }

  /** The list as a table (for its CSV): the same columns as the workbook, row number first. */
  public static Table table(CollectionDefinition d, String laestab, List<Pupil> pupils) {
    List<List<String>> rows = new ArrayList<>();
    for (Pupil p : pupils) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(p.row()));
      row.addAll(text(p));
      rows.add(row);
    }
    return new Table("Pupils " + laestab, headers(d), rows, java.util.Set.of(0));
  }

  public static byte[] xlsx(
      CollectionDefinition d, String laestab, String schoolName, int year, List<Pupil> pupils) {
    List<String> headers = headers(d);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SafeCells cells = new SafeCells(wb);
      Sheet sheet = wb.createSheet("Pupils " + laestab);
      Row title = sheet.createRow(0);
      cells.text(
          title,
          0,
          d.reporting().labels().shortName()
              + " "
              + year
              + " pupil list: "
              + schoolName
              + " ("
              + laestab
              + ") - CONFIDENTIAL");
      Row head = sheet.createRow(2);
      for (int i = 0; i < headers.size(); i++) {
        cells.text(head, i, headers.get(i));
      }
      int r = 3;
      for (Pupil p : pupils) {
        Row row = sheet.createRow(r++);
        cells.number(row, 0, p.row());
        List<String> text = text(p);
        for (int i = 0; i < text.size(); i++) {
          cells.text(row, i + 1, text.get(i));
        }
      }
      sheet.createFreezePane(0, 3);
      for (int i = 0; i < headers.size() - 1; i++) {
        sheet.autoSizeColumn(i);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
