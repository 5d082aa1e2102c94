package uk.ks1.core.collection;

import java.util.List;

/**
 * A collection's declared counts ({@link CollectionStore#counts()}) ready to apply to one pupil's
 * stored values at a time, allocation-free: each count's condition and the positions of its items
 * among the values. The store's writer tallies its rows with it, and the generator the pupils it
 * means to count, so both count exactly as the store's SQL does.
 */
public final class DeclaredCounts {
  private final Bound[] counts;

  /**
   * The collection's counts over values given in the order of {@code itemIds}; an item a count
   * needs that is not among them never meets its condition.
   */
  public DeclaredCounts(CollectionDefinition collection, List<String> itemIds) {
    List<StoreCount> declared = collection.store().counts();
    counts = new Bound[declared.size()];
    for (int c = 0; c < declared.size(); c++) {
      counts[c] = bind(declared.get(c).test(), itemIds);
    }
  }

  /** How many counts there are. */
  public int size() {
    return counts.length;
  }

  /**
   * Adds one pupil of the summer of {@code year}: {@code into[offset + c]} grows by one for each
   * count c whose test the pupil's stored values pass.
   */
  public void add(Object[] values, int year, long[] into, int offset) {
    for (int c = 0; c < counts.length; c++) {
      if (counts[c].test(values, year)) {
        into[offset + c]++;
      }
    }
  }

  /** A test with its items' positions among the values worked out once. */
  private interface Bound {
    boolean test(Object[] values, int year);
  }

  private static Bound bind(StoreCount.Test test, List<String> itemIds) {
    if (test instanceof StoreCount.Test.Every every) {
      int[] positions = every.items().stream().mapToInt(itemIds::indexOf).toArray();
      StoreCount.Condition condition = every.condition();
      return (values, year) -> {
        for (int at : positions) {
          if (at < 0 || !condition.test(values[at], year)) {
            return false;
          }
        }
        return true;
      };
    }
    if (test instanceof StoreCount.Test.AllOf all) {
      Bound[] parts = all.tests().stream().map(t -> bind(t, itemIds)).toArray(Bound[]::new);
      return (values, year) -> {
        for (Bound b : parts) {
          if (!b.test(values, year)) {
            return false;
          }
        }
        return true;
      };
    }
    StoreCount.Test.AnyOf any = (StoreCount.Test.AnyOf) test;
    Bound[] parts = any.tests().stream().map(t -> bind(t, itemIds)).toArray(Bound[]::new);
    return (values, year) -> {
      for (Bound b : parts) {
        if (b.test(values, year)) {
          return true;
        }
      }
      return false;
    };
  }
}
