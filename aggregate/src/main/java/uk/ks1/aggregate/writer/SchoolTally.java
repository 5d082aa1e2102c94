package uk.ks1.aggregate.writer;

import java.util.List;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;

/**
 * One school's counts from its own pupil rows, from the same declaration ({@link
 * uk.ks1.core.collection.CollectionStore#counts()}) as {@code SummaryViews.schoolCounts} counts
 * them in SQL (and a test holds the two equal): for a school none of whose pupils is also held
 * elsewhere, so no other school's data can change which of its records count.
 */
final class SchoolTally {
  /** In the order of the school counts' count columns: pupils, then each declared count. */
  final long[] counts;

  private SchoolTally(int size) {
    counts = new long[size];
  }

  static SchoolTally of(Counts declared, List<PupilRow> rows) {
    SchoolTally t = new SchoolTally(declared.items.length + 1);
    for (PupilRow r : rows) {
      if (r.counts()) {
        t.add(declared, r);
      }
    }
    return t;
  }

  boolean isEmpty() {
    return counts[0] == 0;
  }

  private void add(Counts declared, PupilRow r) {
    counts[0]++;
    Object[] values = r.values();
    for (int c = 0; c < declared.items.length; c++) {
      StoreCount.Condition condition = declared.conditions[c];
      boolean all = true;
      for (int item : declared.items[c]) {
        if (!condition.test(values[item])) {
          all = false;
          break;
        }
      }
      if (all) {
        counts[c + 1]++;
      }
    }
  }

  /** A collection's counts, each as its condition and the positions of its items in a row. */
  static final class Counts {
    private final int[][] items;
    private final StoreCount.Condition[] conditions;

    Counts(CollectionDefinition collection) {
      List<StoreCount> declared = collection.store().counts();
      List<String> ids = collection.items().stream().map(Item::id).toList();
      items = new int[declared.size()][];
      conditions = new StoreCount.Condition[declared.size()];
      for (int c = 0; c < declared.size(); c++) {
        StoreCount count = declared.get(c);
        conditions[c] = count.condition();
        items[c] = count.items().stream().mapToInt(ids::indexOf).toArray();
      }
    }
  }
}
