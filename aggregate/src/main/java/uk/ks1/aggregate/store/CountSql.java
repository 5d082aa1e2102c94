package uk.ks1.aggregate.store;

import java.util.ArrayList;
import java.util.List;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreCount.Condition;

/** A count's condition in SQL, over the columns of a collection's pupil results. */
final class CountSql {
  private CountSql() {}

  /** Every one of the count's items meets its condition. */
  static String condition(StoreCount count) {
    List<String> each = new ArrayList<>();
    for (String item : count.items()) {
      each.add(condition(item, count.condition()));
    }
    return String.join(" AND ", each);
  }

  private static String condition(String column, Condition condition) {
    if (condition instanceof Condition.CodeIn in) {
      return column
          + " IN ("
          + String.join(", ", in.codes().stream().sorted().map(SqlTemplate::literal).toList())
          + ")";
    }
    if (condition instanceof Condition.AtLeast a) {
      return column + " >= " + a.min();
    }
    if (condition instanceof Condition.Given) {
      return column + " IS NOT NULL";
    }
    throw new IllegalArgumentException("No SQL for the condition " + condition);
  }
}
