package uk.ks1.app.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.DeclaredCounts;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;

/**
 * The figures a correct load must give for a set of pupils, counted from what the generator meant
 * (not from the pipeline): pupils that count, and each count the collection's store declares,
 * applied to the values meant to count as the store keeps them, exactly as the store's writer
 * applies them ({@link DeclaredCounts}).
 */
final class Tally {
  private final List<String> columns;
  private final List<Item> written;
  private final DeclaredCounts declared;
  long pupils;
  final long[] counts;

  Tally(CollectionDefinition collection) {
    this.columns = collection.store().counts().stream().map(StoreCount::column).toList();
    this.written = collection.sample().orElseThrow().written();
    this.declared = new DeclaredCounts(collection, written.stream().map(Item::id).toList());
    this.counts = new long[declared.size()];
  }

  /** Adds a pupil whose record counts; a null value is an item in error (not eligible). */
  void add(String[] counting, int year) {
    pupils++;
    Object[] stored = new Object[counting.length];
    for (int i = 0; i < counting.length; i++) {
      stored[i] = written.get(i).kind().stored(counting[i]);
    }
    declared.add(stored, year, counts, 0);
  }

  void addAll(Tally other) {
    pupils += other.pupils;
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  Manifest.Figures figures(long schools) {
    Map<String, Long> byName = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      byName.put(columns.get(i), counts[i]);
    }
    return new Manifest.Figures(schools, pupils, byName);
  }
}
