package uk.ks1.app.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;

/**
 * The figures a correct load must give for a set of pupils, counted from what the generator meant
 * (not from the pipeline): pupils that count, and each count the collection's store declares,
 * tested on the values meant to count exactly as the store's condition tests its stored values.
 */
final class Tally {
  private final List<StoreCount> declared;

  /** For each declared count, the positions of its items among the values the generator writes. */
  private final int[][] positions;

  long pupils;
  final long[] counts;

  Tally(CollectionDefinition collection) {
    this.declared = collection.store().counts();
    List<Item> written = collection.sample().orElseThrow().written();
    List<String> ids = written.stream().map(Item::id).toList();
    this.positions = new int[declared.size()][];
    for (int c = 0; c < declared.size(); c++) {
      List<String> items = declared.get(c).items();
      positions[c] = new int[items.size()];
      for (int i = 0; i < items.size(); i++) {
        positions[c][i] = ids.indexOf(items.get(i)); // -1: an item the generator never writes
      }
    }
    this.counts = new long[declared.size()];
  }

  /** Adds a pupil whose record counts; a null value is an item in error (not eligible). */
  void add(String[] counting) {
    pupils++;
    for (int c = 0; c < counts.length; c++) {
      StoreCount.Condition condition = declared.get(c).condition();
      boolean all = true;
      for (int at : positions[c]) {
        all &= at >= 0 && condition.test(counting[at]);
      }
      counts[c] += all ? 1 : 0;
    }
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
      byName.put(declared.get(i).column(), counts[i]);
    }
    return new Manifest.Figures(schools, pupils, byName);
  }
}
