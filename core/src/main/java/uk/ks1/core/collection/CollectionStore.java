package uk.ks1.core.collection;

import java.util.List;

/**
 * How the store keeps the collection: the names of its tables and views, the counts per school (as
 * data, so the store's SQL and the writer's in-memory tally come from one declaration and cannot
 * drift) and any views of its own.
 *
 * <p>The store makes the rest from this and the definition's items: a pupil table {@code
 * <prefix>pupil_records} (the columns every collection has, then one per item in item order, typed
 * by {@link ItemKind#sqlType()}), a view {@code <prefix>pupil_results} of the records that count (a
 * pupil in two schools' data counts once), a table {@code <prefix>school_counts} (each school's
 * {@code pupils}, then every count of every measure in order), and the summary views {@code
 * <prefix>national_summary}, {@code region_summary}, {@code la_summary} and {@code school_summary}
 * (each measure's eligible count, its counts, then each count as a percentage of the eligible).
 *
 * <p>Used by the aggregate module only; a collection's definition implements it.
 */
public interface CollectionStore {

  /**
   * What the names of the collection's tables and views start with: lower-case letters, digits and
   * underscores, ending in an underscore ({@code phonics_}), or empty for the one collection whose
   * names predate the others (KS1 TA's {@code pupil_records}). Distinct for every registered
   * collection.
   */
  String prefix();

  /** Its measures, in the order of their columns in the school counts and summaries. */
  List<StoreMeasure> measures();

  /**
   * Further views of its own (whole {@code CREATE OR REPLACE VIEW} statements), created after its
   * summary views on every open of the store and in the analysts' snapshot; they may read its
   * tables and views and the shared ones. None by default.
   */
  default List<String> views() {
    return List.of();
  }

  /**
   * Views of its own (among {@link #views()}) whose rows are issues only the store can see, across
   * submissions or years (phonics' Year 2 re-check of a pupil who met the standard in Year 1 last
   * year): each with the columns {@code submission_id, row_number, pupil_key, field, rule_id,
   * severity, effect, value, message, allowed}, of submissions of the collection that are current.
   * {@code data_errors} lists them with the rest; their rules are {@link
   * CollectionRules#storeRules()}. None by default.
   */
  default List<String> issueViews() {
    return List.of();
  }

  /** The pupil table: {@code <prefix>pupil_records}. */
  default String pupilTable() {
    return prefix() + "pupil_records";
  }

  /** The records that count: {@code <prefix>pupil_results}. */
  default String resultsView() {
    return prefix() + "pupil_results";
  }

  /** Each school's counts: {@code <prefix>school_counts}. */
  default String schoolCountsTable() {
    return prefix() + "school_counts";
  }

  /** Every count, in column order (after {@code pupils}): each measure's eligible, then its own. */
  default List<StoreCount> counts() {
    return measures().stream().flatMap(m -> m.counts().stream()).toList();
  }
}
