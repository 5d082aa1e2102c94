package uk.ks1.aggregate.writer;

import java.util.List;
import uk.ks1.core.collection.DeclaredCounts;

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

  /** {@code declared} over the rows' values (in the collection's item order) of one summer. */
  static SchoolTally of(DeclaredCounts declared, int year, List<PupilRow> rows) {
    SchoolTally t = new SchoolTally(declared.size() + 1);
    for (PupilRow r : rows) {
      if (r.counts()) {
        t.counts[0]++;
        declared.add(r.values(), year, t.counts, 1);
      }
    }
    return t;
  }

  boolean isEmpty() {
    return counts[0] == 0;
  }
}
