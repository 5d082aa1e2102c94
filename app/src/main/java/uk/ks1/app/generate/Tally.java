package uk.ks1.app.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.collection.CollectionSample;

/**
 * The figures a correct load must give for a set of pupils, counted from what the generator meant
 * (not from the pipeline): pupils that count, and the sample's counts, as the store counts them.
 */
final class Tally {
  private final CollectionSample sample;
  long pupils;
  final long[] counts;

  Tally(CollectionSample sample) {
    this.sample = sample;
    this.counts = new long[sample.counts().size()];
  }

  /** Adds a pupil whose record counts; a null value is an item in error (not eligible). */
  void add(String[] counting) {
    pupils++;
    sample.count(counting, counts);
  }

  void addAll(Tally other) {
    pupils += other.pupils;
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  Manifest.Figures figures(long schools) {
    List<String> names = sample.counts();
    Map<String, Long> byName = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      byName.put(names.get(i), counts[i]);
    }
    return new Manifest.Figures(schools, pupils, byName);
  }
}
