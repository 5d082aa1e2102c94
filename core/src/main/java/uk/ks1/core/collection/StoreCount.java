package uk.ks1.core.collection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One count of a school's pupils that count, as data: the pupils whose stored values pass {@code
 * test} (KS1's {@code rwm_exs_plus}: reading, writing and maths each EXS or GDS; phonics' {@code
 * y1_eligible}: in Year 1, and a mark or A, D or Q). The store's SQL and the writer's tally are
 * both made from it. {@code column} is the count's column in the school counts and summaries.
 */
public record StoreCount(String column, Test test) {
  private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

  public StoreCount {
    if (!COLUMN.matcher(column).matches()) {
      throw new IllegalArgumentException("A count's column is lower-case SQL: " + column);
    }
    if (test.items().isEmpty()) {
      throw new IllegalArgumentException("The count " + column + " names no item");
    }
  }

  public static StoreCount of(String column, Test test) {
    return new StoreCount(column, test);
  }

  /** Pupils with a stored value for every one of the items. */
  public static StoreCount given(String column, String... items) {
    return of(column, Test.every(new Condition.Given(), items));
  }

  /** Pupils whose code for every one of the items is one of {@code codes}. */
  public static StoreCount codeIn(String column, Set<String> codes, String... items) {
    return of(column, Test.every(new Condition.CodeIn(codes), items));
  }

  /** Pupils whose whole number for every one of the items is at least {@code min}. */
  public static StoreCount atLeast(String column, int min, String... items) {
    return of(column, Test.every(new Condition.AtLeast(min), items));
  }

  /** Every item the count reads, in the order its test names them. */
  public List<String> items() {
    return test.items();
  }

  /** What a pupil's stored values must be for the pupil to be counted. */
  public sealed interface Test {
    /** Every one of {@code items} meets {@code condition}. */
    static Test every(Condition condition, String... items) {
      return new Every(List.of(items), condition);
    }

    /** Every one of the tests passes. */
    static Test allOf(Test... tests) {
      return new AllOf(List.of(tests));
    }

    /** At least one of the tests passes. */
    static Test anyOf(Test... tests) {
      return new AnyOf(List.of(tests));
    }

    /** The items it reads, each once, in order. */
    List<String> items();

    /** Every one of {@code items} meets {@code condition}. */
    record Every(List<String> items, Condition condition) implements Test {
      public Every {
        items = List.copyOf(items);
      }
    }

    /** Every one of {@code tests} passes. */
    record AllOf(List<Test> tests) implements Test {
      public AllOf {
        tests = List.copyOf(tests);
      }

      @Override
      public List<String> items() {
        return union(tests);
      }
    }

    /** At least one of {@code tests} passes. */
    record AnyOf(List<Test> tests) implements Test {
      public AnyOf {
        tests = List.copyOf(tests);
      }

      @Override
      public List<String> items() {
        return union(tests);
      }
    }

    private static List<String> union(List<Test> tests) {
      Set<String> all = new LinkedHashSet<>();
      tests.forEach(t -> all.addAll(t.items()));
      return new ArrayList<>(all);
    }
  }

  /** What one item's stored value must be. */
  public sealed interface Condition {
    /**
     * Whether a stored value (a code as text, a whole number, or null) meets it in the summer of
     * {@code year}.
     */
    boolean test(Object stored, int year);

    /** Any stored value: the item was given and is not in error. */
    record Given() implements Condition {
      @Override
      public boolean test(Object stored, int year) {
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
      public boolean test(Object stored, int year) {
        return stored instanceof String s && codes.contains(s);
      }
    }

    /** A whole number of at least {@code min}. */
    record AtLeast(int min) implements Condition {
      @Override
      public boolean test(Object stored, int year) {
        return stored instanceof Integer i && i >= min;
      }
    }

    /** A whole number, one of {@code numbers} (an NC year: 1). */
    record NumberIn(Set<Integer> numbers) implements Condition {
      public NumberIn {
        numbers = Set.copyOf(numbers);
        if (numbers.isEmpty()) {
          throw new IllegalArgumentException("No number to count");
        }
      }

      @Override
      public boolean test(Object stored, int year) {
        return stored instanceof Integer i && numbers.contains(i);
      }
    }

    /**
     * A whole number of at least the year's threshold (phonics' 32, published after each check):
     * {@code minFromYear} maps a year to the threshold from that year on, until the next listed
     * year; a year before the first listed takes the first.
     */
    record AtLeastByYear(NavigableMap<Integer, Integer> minFromYear) implements Condition {
      public AtLeastByYear {
        if (minFromYear.isEmpty()) {
          throw new IllegalArgumentException("No threshold listed");
        }
        minFromYear = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(minFromYear));
      }

      public static AtLeastByYear of(Map<Integer, Integer> minFromYear) {
        return new AtLeastByYear(new TreeMap<>(minFromYear));
      }

      /** The threshold in the summer of {@code year}. */
      public int min(int year) {
        Map.Entry<Integer, Integer> e = minFromYear.floorEntry(year);
        return (e == null ? minFromYear.firstEntry() : e).getValue();
      }

      @Override
      public boolean test(Object stored, int year) {
        return stored instanceof Integer i && i >= min(year);
      }
    }
  }
}
