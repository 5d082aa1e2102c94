package uk.ks1.reporting.figures;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import uk.ks1.aggregate.store.SummaryViews.Level;

/**
 * One row of a summary view (national, region, LA or school) with the names people know it by: what
 * it covers (LAs, schools, pupils, when last updated) and the counts of every measure.
 */
public record Summary(
    Level level,
    String key,
    String name,
    String laCode,
    String region,
    String collection,
    int year,
    long las,
    long schools,
    long pupils,
    Map<Measure, Counts> measures,
    Instant updatedAt) {

  public Summary {
    measures = new EnumMap<>(measures);
  }

  public Counts counts(Measure m) {
    return measures.get(m);
  }

  /** Nothing received yet for this level and year: every figure is "not available". */
  public static Summary empty(Level level, String key, String name, String collection, int year) {
    Map<Measure, Counts> none = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      none.put(m, null);
    }
    return new Summary(level, key, name, null, null, collection, year, 0, 0, 0, none, null);
  }
}
