package uk.ks1.reporting.figures;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.core.collection.ReportedMeasure;

/**
 * One row of a summary view (national, region, LA or school) with the names people know it by: what
 * it covers (LAs, schools, pupils, when last updated) and the counts of every measure, by the
 * measure's key.
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
    Map<String, Counts> measures,
    Instant updatedAt) {

  public Summary {
    measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
  }

  /** The measure's counts; null when nothing was received (every figure "not available"). */
  public Counts counts(ReportedMeasure m) {
    return measures.get(m.key());
  }

  /** Nothing received yet for this level and year: every figure is "not available". */
  public static Summary empty(Level level, String key, String name, String collection, int year) {
    return new Summary(level, key, name, null, null, collection, year, 0, 0, 0, Map.of(), null);
  }
}
