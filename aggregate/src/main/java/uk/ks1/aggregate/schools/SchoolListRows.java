package uk.ks1.aggregate.schools;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.writer.Cells;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.ExpectedSet;
import uk.ks1.core.event.SchoolConfirmed;
import uk.ks1.core.event.SchoolListEvent;
import uk.ks1.core.event.SchoolListImported;
import uk.ks1.core.school.ListedSchool;
import uk.ks1.schools.CollectionWindow;
import uk.ks1.schools.Expectation;
import uk.ks1.schools.ExpectedSchools;

/**
 * Writes the events of {@code ks1.schools.v1} into the store's school tables, inside the writer's
 * transaction (so with its offsets). Each event is kept once by its id: a replay changes nothing.
 * An import also stores what the rule of expected schools says of each of its schools for every
 * registered collection and the summers it covers ({@link #summersCovered}): the rule as it was
 * when the list was imported, so a rebuild gives the same list.
 */
public final class SchoolListRows {
  private final DuckDBConnection c;
  private final CollectionRegistry collections;

  public SchoolListRows(DuckDBConnection c, CollectionRegistry collections) {
    this.c = c;
    this.collections = collections;
  }

  /**
   * The summers an extract's list is used for: its own year's and the next (an extract of December
   * 2026 serves the summer 2026 returns still being chased and the summer 2027 collection).
   */
  public static List<Integer> summersCovered(LocalDate extractDate) {
    return List.of(extractDate.getYear(), extractDate.getYear() + 1);
  }

  public void write(List<SchoolListEvent> events) throws SQLException {
    for (SchoolListEvent e : events) {
      if (e instanceof SchoolListImported i) {
        imported(i);
      } else if (e instanceof ExpectedSet s) {
        expectedSet(s);
      } else if (e instanceof SchoolConfirmed k) {
        confirmed(k);
      }
    }
  }

  private void imported(SchoolListImported i) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "INSERT OR IGNORE INTO school_list_imports VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING"
                + " event_id")) {
      q.setString(1, i.eventId());
      q.setString(2, i.importId());
      q.setString(3, i.laCode());
      q.setDate(4, Date.valueOf(i.extractDate()));
      q.setObject(5, time(i.importedAt()));
      q.setString(6, i.source());
      q.setInt(7, i.schools().size());
      try (var rs = q.executeQuery()) {
        if (!rs.next()) {
          return; // stored already
        }
      }
    }
    try (DuckDBAppender schools =
            c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "listed_schools");
        DuckDBAppender expected =
            c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "listed_expected")) {
      for (ListedSchool s : i.schools()) {
        schools.beginRow();
        new Cells(schools)
            .text(i.eventId())
            .text(i.laCode())
            .text(s.laestab())
            .text(s.urn())
            .text(s.name())
            .text(s.type())
            .text(s.typeGroup())
            .text(s.status())
            .date(s.openDate())
            .date(s.closeDate())
            .text(s.phase())
            .integer(s.statutoryLowAge())
            .integer(s.statutoryHighAge())
            .integer(s.numberOfPupils())
            .text(s.trust())
            .text(s.headName());
        schools.endRow();
        for (CollectionDefinition d : collections.all()) {
          for (int year : summersCovered(i.extractDate())) {
            Expectation x = expectation(s, d, year);
            expected.beginRow();
            new Cells(expected)
                .text(i.eventId())
                .text(i.laCode())
                .text(s.laestab())
                .text(d.id())
                .integer(year)
                .bool(x.expected())
                .text(x.reason());
            expected.endRow();
          }
        }
      }
    }
  }

  /** The rule for one school, collection and summer; an optional collection expects none. */
  static Expectation expectation(ListedSchool s, CollectionDefinition d, int year) {
    Expectation byList =
        ExpectedSchools.expected(
            s, d.yearGroup().ageAtSeptember(), CollectionWindow.summerTerm(year));
    if (byList.expected() && d.yearGroup().optionalIn(year)) {
      return new Expectation(
          false,
          d.name()
              + " is optional from "
              + d.yearGroup().optionalFrom().getAsInt()
              + ": expected only if the LA marks the school as taking part ("
              + byList.reason()
              + ")");
    }
    return byList;
  }

  private void expectedSet(ExpectedSet s) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "INSERT OR IGNORE INTO expected_overlay VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      q.setString(1, s.eventId());
      q.setString(2, s.laCode());
      q.setString(3, s.laestab());
      q.setString(4, s.collection());
      q.setInt(5, s.year());
      q.setBoolean(6, s.expected());
      q.setString(7, s.reason());
      q.setObject(8, time(s.setAt()));
      q.executeUpdate();
    }
  }

  private void confirmed(SchoolConfirmed k) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "INSERT OR IGNORE INTO school_confirmations VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      q.setString(1, k.eventId());
      q.setString(2, k.laCode());
      q.setString(3, k.laestab());
      q.setString(4, k.collection());
      q.setInt(5, k.year());
      q.setString(6, k.confirmedBy());
      q.setString(7, k.note());
      q.setObject(8, time(k.confirmedAt()));
      q.executeUpdate();
    }
  }

  /** Times are stored as UTC TIMESTAMPs, as the writer stores every time. */
  private static LocalDateTime time(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
