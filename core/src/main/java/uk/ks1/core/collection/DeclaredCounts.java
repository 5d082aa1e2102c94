package uk.ks1.core.collection;

import java.util.List;

/**
 * A collection's declared counts ({@link CollectionStore#counts()}) ready to apply to one pupil's
 * stored values at a time, allocation-free: each count's condition and the positions of its items
 * among the values. The store's writer tallies its rows with it, and the generator the pupils it
 * means to count, so both count exactly as the store's SQL does.
 */
public final class DeclaredCounts {
  private final int[][] positions;
  private final StoreCount.Condition[] conditions;

  /**
   * The collection's counts over values given in the order of {@code itemIds}; an item a count
   * needs that is not among them never meets its condition.
   */
  public DeclaredCounts(CollectionDefinition collection, List<String> itemIds) {
    List<StoreCount> declared = collection.store().counts();
    positions = new int[declared.size()][];
    conditions = new StoreCount.Condition[declared.size()];
    for (int c = 0; c < declared.size(); c++) {
      conditions[c] = declared.get(c).condition();
      positions[c] = declared.get(c).items().stream().mapToInt(itemIds::indexOf).toArray();
    }
  }

  /** How many counts there are. */
  public int size() {
    return conditions.length;
  }

  /**
   * Adds one pupil: {@code into[offset + c]} grows by one for each count c whose condition every
   * one of its items' stored values meets.
   */
  public void add(Object[] values, long[] into, int offset) {
    for (int c = 0; c < conditions.length; c++) {
      boolean all = true;
      for (int at : positions[c]) {
        if (at < 0 || !conditions[c].test(values[at])) {
          all = false;
          break;
        }
      }
      if (all) {
        into[offset + c]++;
      }
    }
  }
}
