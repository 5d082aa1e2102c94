package uk.ks1.app.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.DeclaredCounts;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;

/**
 * The figures a correct load must give for a set of pupils, counted from what the generator meant
 * (not from the pipeline): pupils that count, and each count the collection's store declares,
 * applied to the values meant to count as the store keeps them, exactly as the store's writer
 * applies them ({@link DeclaredCounts}). An item that is the pupil's NC year ({@link
 * Item#isNcYear()}) is not among the values written as results: it takes the NC year the files give
 * the pupils ({@link CollectionSample#ncYear()}), as the store does.
 */
final class Tally {
  private final List<String> columns;
  private final List<Item> items;

  /** For each of the collection's items, its position among the written values, or -1. */
  private final int[] writtenAt;

  private final String ncYear;
  private final DeclaredCounts declared;
  long pupils;
  final long[] counts;

  Tally(CollectionDefinition collection) {
    CollectionSample sample = collection.sample().orElseThrow();
    this.columns = collection.store().counts().stream().map(StoreCount::column).toList();
    this.items = collection.items();
    List<String> written = sample.written().stream().map(Item::id).toList();
    this.writtenAt = items.stream().mapToInt(i -> written.indexOf(i.id())).toArray();
    this.ncYear = String.valueOf(sample.ncYear());
    this.declared = new DeclaredCounts(collection, items.stream().map(Item::id).toList());
    this.counts = new long[declared.size()];
  }

  /**
   * Adds a pupil whose record counts, from the values that count in the order of the sample's
   * written items; a null value is an item in error (not eligible).
   */
  void add(String[] counting, int year) {
    pupils++;
    Object[] stored = new Object[items.size()];
    for (int i = 0; i < stored.length; i++) {
      Item item = items.get(i);
      String raw = writtenAt[i] >= 0 ? counting[writtenAt[i]] : item.isNcYear() ? ncYear : null;
      stored[i] = raw == null ? null : item.kind().stored(raw);
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
