package uk.ks1.aggregate.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreCount.Condition;
import uk.ks1.core.collection.StoreCount.Test;

/** A count's condition in SQL, over the columns of a collection's pupil results. */
final class CountSql {
  private CountSql() {}

  /** The count's test, over a pupil results row (which has the {@code year} column). */
  static String condition(StoreCount count) {
    return test(count.test());
  }

  private static String test(Test test) {
    if (test instanceof Test.Every every) {
      List<String> each = new ArrayList<>();
      for (String item : every.items()) {
        each.add(condition(item, every.condition()));
      }
      return String.join(" AND ", each);
    }
    if (test instanceof Test.AllOf all) {
      return all.tests().stream()
          .map(t -> "(" + test(t) + ")")
          .collect(Collectors.joining(" AND "));
    }
    Test.AnyOf any = (Test.AnyOf) test;
    return "("
        + any.tests().stream().map(t -> "(" + test(t) + ")").collect(Collectors.joining(" OR "))
        + ")";
  }

  private static String condition(String column, Condition condition) {
    if (condition instanceof Condition.CodeIn in) {
      return column
          + " IN ("
          + String.join(", ", in.codes().stream().sorted().map(SqlTemplate::literal).toList())
          + ")";
    }
    if (condition instanceof Condition.NumberIn in) {
      return column
          + " IN ("
          + in.numbers().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))
          + ")";
    }
    if (condition instanceof Condition.AtLeast a) {
      return column + " >= " + a.min();
    }
    if (condition instanceof Condition.AtLeastByYear byYear) {
      return column + " >= " + threshold(byYear);
    }
    if (condition instanceof Condition.Given) {
      return column + " IS NOT NULL";
    }
    throw new IllegalArgumentException("No SQL for the condition " + condition);
  }

  /** The year's threshold: the latest listed at or before it, else the first. */
  private static String threshold(Condition.AtLeastByYear byYear) {
    StringBuilder sql = new StringBuilder("CASE");
    for (Map.Entry<Integer, Integer> e : byYear.minFromYear().descendingMap().entrySet()) {
      sql.append(" WHEN year >= ").append(e.getKey()).append(" THEN ").append(e.getValue());
    }
    return sql.append(" ELSE ")
        .append(byYear.minFromYear().firstEntry().getValue())
        .append(" END")
        .toString();
  }
}
