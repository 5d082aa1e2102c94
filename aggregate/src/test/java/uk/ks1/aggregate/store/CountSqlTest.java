package uk.ks1.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreCount.Condition;

/**
 * A count's SQL, for a tree of every kind of node and condition, run in DuckDB: NULLs count as not
 * met, the year's threshold is the latest listed, as {@link Condition#test} has it (core's
 * StoreCountTest counts the same cases in Java).
 */
class CountSqlTest {
  private static final StoreCount COUNT =
      StoreCount.of(
          "y1_met_or_absent",
          StoreCount.Test.allOf(
              StoreCount.Test.every(new Condition.NumberIn(Set.of(1)), "nc_year"),
              StoreCount.Test.anyOf(
                  StoreCount.Test.every(
                      Condition.AtLeastByYear.of(Map.of(2012, 32, 2030, 35)), "mark"),
                  StoreCount.Test.every(new Condition.CodeIn(Set.of("A", "Q")), "outcome"))));

  /** year, mark, outcome, nc_year */
  private static final List<Object[]> ROWS =
      List.of(
          new Object[] {2024, 32, null, 1},
          new Object[] {2024, 31, null, 1},
          new Object[] {2030, 34, null, 1},
          new Object[] {2030, 35, "WA", 1},
          new Object[] {2024, null, "A", 1},
          new Object[] {2024, null, "L", 1},
          new Object[] {2024, 40, null, 2},
          new Object[] {2024, null, null, null});

  @Test
  void theSqlAndTheJavaCountTheSameRows() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE r (year INTEGER, mark INTEGER, outcome VARCHAR, nc_year INTEGER)");
      for (Object[] r : ROWS) {
        s.execute(
            "INSERT INTO r VALUES (%s, %s, %s, %s)"
                .formatted(r[0], r[1], r[2] == null ? "NULL" : "'" + r[2] + "'", r[3]));
      }
      List<Boolean> sql = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery("SELECT " + CountSql.condition(COUNT) + " FROM r ORDER BY rowid")) {
        while (rs.next()) {
          sql.add(rs.getBoolean(1));
        }
      }
      assertThat(sql).containsExactly(true, false, false, true, true, false, false, false);
    }
  }
}
