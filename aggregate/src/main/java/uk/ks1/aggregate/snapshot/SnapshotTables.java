package uk.ks1.aggregate.snapshot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * The snapshot's tables, copied from the store into the database attached as {@code snap}, in one
 * transaction of a store reader's connection (so consistent across tables): every table but the
 * pupil identities, with the columns that could carry identities replaced.
 *
 * <p>Copied whole, or brought up to date from the previous snapshot. A collection's pupil table
 * ({@code <prefix>pupil_records}), by far the largest (630,000 rows nationally), only ever gains
 * and loses whole submissions (a school's current data is appended when it arrives and deleted when
 * it is overwritten or deleted; which of a moved pupil's records counts is decided by the view), so
 * its rows are brought up to date by submission: those of submissions the store no longer holds are
 * deleted, those of submissions the copy does not hold added. The other tables are small and change
 * in place (statuses, counts), so they are copied whole either way.
 */
final class SnapshotTables {
  /**
   * The tables, in the order they are copied: the shared ones, each collection's pupil table, the
   * contested pupils, each collection's school counts, then the issues and dead letters.
   */
  static List<String> tables(CollectionRegistry collections) {
    List<String> tables = new ArrayList<>(List.of("las", "rules", "files", "submissions"));
    for (CollectionDefinition d : collections.all()) {
      tables.add(d.store().pupilTable());
    }
    tables.add("contested_pupils");
    for (CollectionDefinition d : collections.all()) {
      tables.add(d.store().schoolCountsTable());
    }
    tables.addAll(List.of("validation_issues", "dead_letters"));
    tables.addAll(
        List.of(
            "school_list_imports",
            "listed_schools",
            "listed_expected",
            "expected_overlay",
            "school_confirmations",
            "collection_deadlines",
            "retirements"));
    return List.copyOf(tables);
  }

  /** The tables copied by submission when the previous snapshot is there to start from. */
  private static List<String> bySubmission(CollectionRegistry collections) {
    return collections.all().stream().map(d -> d.store().pupilTable()).toList();
  }

  /** The labels of the fields that identify a pupil (Field.personal), as a SQL list. */
  private static final String PERSONAL_FIELDS =
      Field.PERSONAL.stream()
          .filter(Field::personal)
          .map(f -> "'" + f.label().replace("'", "''") + "'")
          .collect(Collectors.joining(", ", "(", ")"));

  private SnapshotTables() {}

  /**
   * Copies every table into {@code snap}: whole into an empty database, or from the previous
   * snapshot {@code snap} holds when {@code fromPrevious} (its pupil records must have the store's
   * columns: {@link #sameColumns}).
   */
  static void copy(Statement s, CollectionRegistry collections, boolean fromPrevious)
      throws SQLException {
    List<String> bySubmission = bySubmission(collections);
    s.execute("BEGIN TRANSACTION");
    for (String table : tables(collections)) {
      if (fromPrevious && bySubmission.contains(table)) {
        bySubmission(s, table);
      } else {
        if (fromPrevious) {
          s.execute("DROP TABLE IF EXISTS snap." + table);
        }
        s.execute("CREATE TABLE snap." + table + " AS SELECT " + columns(table) + " FROM " + table);
      }
    }
    s.execute("COMMIT");
  }

  /**
   * Whether the previous snapshot has every collection's pupil table, each with the store's
   * columns, in order.
   */
  static boolean sameColumns(Statement s, CollectionRegistry collections) throws SQLException {
    for (String table : bySubmission(collections)) {
      String columns =
          "SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position)"
              + " FROM information_schema.columns WHERE table_catalog = %s AND table_name = '"
              + table
              + "'";
      try (ResultSet r =
          s.executeQuery(
              "SELECT ("
                  + String.format(columns, "current_database()")
                  + ") IS NOT DISTINCT FROM ("
                  + String.format(columns, "'snap'")
                  + ")")) {
        if (!(r.next() && r.getBoolean(1))) {
          return false;
        }
      }
    }
    return true;
  }

  private static void bySubmission(Statement s, String table) throws SQLException {
    String held = "SELECT DISTINCT submission_id FROM %s WHERE submission_id IS NOT NULL";
    s.execute(
        "DELETE FROM snap."
            + table
            + " WHERE submission_id IS NULL OR submission_id NOT IN ("
            + String.format(held, table)
            + ")");
    s.execute(
        "INSERT INTO snap."
            + table
            + " SELECT * FROM "
            + table
            + " WHERE submission_id IS NULL OR submission_id NOT IN ("
            + String.format(held, "snap." + table)
            + ")");
  }

  private static String columns(String table) {
    return switch (table) {
      case "validation_issues" ->
          "* REPLACE (CASE WHEN field IN "
              + PERSONAL_FIELDS
              + " THEN NULL ELSE value END AS value)";
      case "dead_letters" -> "origin, record_key, submission_id, recorded_at";
      default -> "*";
    };
  }
}
