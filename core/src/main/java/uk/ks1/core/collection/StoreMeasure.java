package uk.ks1.core.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * One published measure of a collection as the store counts it: the pupils it is about ({@code
 * eligible}: KS1 reading's pupils with a valid reading code) and the counts it gives as a
 * percentage of them ({@code rated}: reading EXS+ and GDS). The summaries show {@code eligible},
 * each rated count, then each rated count's percentage ({@code <count>_pct}, 0-100, unrounded).
 */
public record StoreMeasure(StoreCount eligible, List<StoreCount> rated) {
  public StoreMeasure {
    rated = List.copyOf(rated);
  }

  public static StoreMeasure of(StoreCount eligible, StoreCount... rated) {
    return new StoreMeasure(eligible, List.of(rated));
  }

  /** Its counts in column order: eligible first. */
  public List<StoreCount> counts() {
    List<StoreCount> all = new ArrayList<>(rated.size() + 1);
    all.add(eligible);
    all.addAll(rated);
    return all;
  }
}
