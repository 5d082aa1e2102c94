package uk.ks1.reporting.completeness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.ks1.aggregate.schools.CompletenessViews;
import uk.ks1.reporting.table.Table;
import uk.ks1.reporting.table.TableCsv;
import uk.ks1.reporting.table.TableXlsx;

/**
 * The LA's chase list: each expected school of a collection and year whose return is not yet
 * confirmed (not received, upload error, received with errors, received), overdue first, then by
 * status and school, with its deadline, head's name and what is open. From {@code
 * school_completeness} and {@code school_list}; no pupil's data.
 */
public final class ChaseList {
  public static final String SHEET = "Chase list";

  public static final List<String> COLUMNS =
      List.of(
          "Collection",
          "Year",
          "LAESTAB",
          "School",
          "Status",
          "Overdue",
          "Deadline",
          "Headteacher",
          "Last file received (UTC)",
          "Pupils",
          "Errors",
          "Queries",
          "What is open");

  private static final Set<Integer> NUMBERS = Set.of(1, 9, 10, 11);

  /** One school to chase. */
  public record Entry(
      String collection,
      int year,
      String laestab,
      String school,
      String status,
      boolean overdue,
      String deadline,
      String headName,
      String lastReceivedAt,
      Integer pupils,
      Integer errors,
      Integer queries) {

    /** What the school still has to do, in words a school business manager can act on. */
    public String open() {
      String q = queries == null || queries == 0 ? "" : queries + " query(ies)";
      String late = overdue ? " The deadline (" + deadline + ") has passed." : "";
      return switch (status) {
        case CompletenessViews.NOT_RECEIVED -> "No file received yet." + late;
        case CompletenessViews.UPLOAD_ERROR ->
            "Its file was rejected: correct it as its report in failed/ says and send it again."
                + late;
        case CompletenessViews.WITH_ERRORS ->
            errors
                + " error(s) to correct and send again"
                + (q.isEmpty() ? "" : "; " + q + " to check")
                + "."
                + late;
        default ->
            "To be confirmed by the headteacher"
                + (q.isEmpty() ? "" : " (" + q + " to explain in the note)")
                + ".";
      };
    }

    List<String> cells() {
      List<String> c = new ArrayList<>();
      c.add(collection);
      c.add(String.valueOf(year));
      c.add(laestab);
      c.add(school);
      c.add(status);
      c.add(overdue ? "yes" : "no");
      c.add(deadline);
      c.add(headName);
      c.add(lastReceivedAt);
      c.add(pupils == null ? null : String.valueOf(pupils));
      c.add(errors == null ? null : String.valueOf(errors));
      c.add(queries == null ? null : String.valueOf(queries));
      c.add(open());
      return c;
    }
  }

  private final String la;
  private final String collection;
  private final int year;
  private final List<Entry> entries;

  private ChaseList(String la, String collection, int year, List<Entry> entries) {
    this.la = la;
    this.collection = collection;
    this.year = year;
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * The LA's list for {@code year}, of one collection or (null) every collection; {@code year} null
   * means the latest year the LA's completeness holds.
   */
  public static ChaseList read(Connection c, String la, String collection, Integer year)
      throws SQLException {
    int summer = year != null ? year : latestYear(c, la);
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            """
            SELECT c.collection, c.year, c.laestab, c.school_name, c.status, c.overdue,
                   strftime(c.deadline, '%%Y-%%m-%%d'), l.head_name,
                   strftime(c.last_received_at, '%%Y-%%m-%%d %%H:%%M'), c.pupils, c.errors, c.queries
            FROM school_completeness c LEFT JOIN school_list l USING (laestab)
            WHERE c.la_code = ? AND c.year = ? AND (CAST(? AS VARCHAR) IS NULL OR c.collection = ?)
              AND c.expected AND c.status <> ?
            ORDER BY c.overdue DESC, %s, c.collection, c.laestab"""
                .formatted(CompletenessViews.statusOrder("c.status")))) {
      q.setString(1, la);
      q.setInt(2, summer);
      if (collection == null) {
        q.setNull(3, Types.VARCHAR);
        q.setNull(4, Types.VARCHAR);
      } else {
        q.setString(3, collection);
        q.setString(4, collection);
      }
      q.setString(5, CompletenessViews.CONFIRMED);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          entries.add(
              new Entry(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getBoolean(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  (Integer) rs.getObject(10),
                  (Integer) rs.getObject(11),
                  (Integer) rs.getObject(12)));
        }
      }
    }
    return new ChaseList(la, collection, summer, entries);
  }

  private static int latestYear(Connection c, String la) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("SELECT max(year) FROM school_completeness WHERE la_code = ?")) {
      q.setString(1, la);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        int y = rs.getInt(1);
        return rs.wasNull() ? java.time.Year.now().getValue() : y;
      }
    }
  }

  /** The file names' stem: {@code chase-list-330-PHONICS-2026} (or {@code -all-}). */
  public String stem() {
    return "chase-list-" + la + "-" + (collection == null ? "all" : collection) + "-" + year;
  }

  /** Writes {@code <stem>.csv} and {@code <stem>.xlsx} into {@code dir}; returns them. */
  public List<Path> write(Path dir) throws java.io.IOException {
    java.nio.file.Files.createDirectories(dir);
    Table table = new Table(SHEET, COLUMNS, entries.stream().map(Entry::cells).toList(), NUMBERS);
    Path csv = dir.resolve(stem() + ".csv");
    Path xlsx = dir.resolve(stem() + ".xlsx");
    TableCsv.write(table, csv);
    TableXlsx.write(xlsx, List.of(table));
    return List.of(csv, xlsx);
  }

  public int year() {
    return year;
  }
}
