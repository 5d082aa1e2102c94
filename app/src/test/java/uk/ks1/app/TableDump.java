package uk.ks1.app;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every row of every table of a store as text, for comparing two stores: after a fault and after a
 * clean run. Times (wall-clock facts of one run) and consumer offsets (where a run happened to
 * stop) can be left out; everything else must be equal.
 */
final class TableDump {
  static final List<String> TABLES =
      List.of(
          "files",
          "submissions",
          "validation_issues",
          "pupil_records",
          "pupil_identities",
          "dead_letters");

  private TableDump() {}

  /** Fails with only the rows that differ, table by table (whole dumps are too long to read). */
  static void assertSame(Map<String, List<String>> actual, Map<String, List<String>> expected) {
    StringBuilder diff = new StringBuilder();
    for (String table : expected.keySet()) {
      List<String> a = actual.getOrDefault(table, List.of());
      List<String> e = expected.get(table);
      List<String> missing = e.stream().filter(r -> !a.contains(r)).limit(5).toList();
      List<String> extra = a.stream().filter(r -> !e.contains(r)).limit(5).toList();
      if (!missing.isEmpty() || !extra.isEmpty() || a.size() != e.size()) {
        diff.append(table)
            .append(": ")
            .append(a.size())
            .append(" rows, expected ")
            .append(e.size());
        diff.append("\n  missing ").append(missing).append("\n  extra ").append(extra).append('\n');
      }
    }
    if (diff.length() > 0) {
      throw new AssertionError("The stores differ:\n" + diff);
    }
  }

  static Map<String, List<String>> of(Path store, boolean withTimes) throws SQLException {
    Map<String, List<String>> dump = new LinkedHashMap<>();
    for (String table : TABLES) {
      List<String> columns =
          StoreQueries.rows(
              store,
              "SELECT column_name FROM information_schema.columns WHERE table_name = '"
                  + table
                  + "'"
                  + (withTimes ? "" : " AND data_type NOT LIKE 'TIMESTAMP%'")
                  + " ORDER BY ordinal_position");
      String select = columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
      dump.put(
          table, StoreQueries.rows(store, "SELECT " + select + " FROM " + table + " ORDER BY ALL"));
    }
    dump.put(
        "national_summary",
        StoreQueries.rows(
            store, "SELECT * EXCLUDE (updated_at) FROM national_summary ORDER BY ALL"));
    return dump;
  }
}
