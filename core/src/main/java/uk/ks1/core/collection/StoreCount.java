package uk.ks1.core.collection;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One count of a school's pupils that count, as data: the pupils for whom every one of {@code
 * items} meets {@code condition} (KS1's {@code rwm_exs_plus}: reading, writing and maths each EXS
 * or GDS). The store's SQL and the writer's tally are both made from it. {@code column} is the
 * count's column in the school counts and summaries.
 */
public record StoreCount(String column, List<String> items, Condition condition) {
  private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

  public StoreCount {
    if (!COLUMN.matcher(column).matches()) {
      throw new IllegalArgumentException("A count's column is lower-case SQL: " + column);
    }
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("The count " + column + " names no item");
    }
  }

  /** Pupils with a stored value for every one of the items. */
  public static StoreCount given(String column, String... items) {
    return new StoreCount(column, List.of(items), new Condition.Given());
  }

  /** Pupils whose code for every one of the items is one of {@code codes}. */
  public static StoreCount codeIn(String column, Set<String> codes, String... items) {
    return new StoreCount(column, List.of(items), new Condition.CodeIn(codes));
  }

  /** Pupils whose whole number for every one of the items is at least {@code min}. */
  public static StoreCount atLeast(String column, int min, String... items) {
    return new StoreCount(column, List.of(items), new Condition.AtLeast(min));
  }

  /** What an item's stored value must be for the pupil to be counted. */
  public sealed interface Condition {
    /** Whether a stored value (a code as text, a whole number, or null) meets it. */
    boolean test(Object stored);

    /** Any stored value: the item was given and is not in error. */
    record Given() implements Condition {
      @Override
      public boolean test(Object stored) {
        return stored != null;
      }
    }

    /** A code, one of {@code codes} (as stored: upper case). */
    record CodeIn(Set<String> codes) implements Condition {
      public CodeIn {
        codes = Set.copyOf(codes);
        if (codes.isEmpty()) {
          throw new IllegalArgumentException("No code to count");
        }
      }

      @Override
      public boolean test(Object stored) {
        return stored instanceof String s && codes.contains(s);
      }
    }

    /** A whole number of at least {@code min}. */
    record AtLeast(int min) implements Condition {
      @Override
      public boolean test(Object stored) {
        return stored instanceof Integer i && i >= min;
      }
    }
  }
}
