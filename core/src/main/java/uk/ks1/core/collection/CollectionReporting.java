package uk.ks1.core.collection;

import java.util.List;
import java.util.Optional;

/**
 * What people see of the collection: its measures (and the summary views' columns behind them), the
 * words the API, dashboard and PDFs use, which views hold its figures, what its codes mean to the
 * disclosure step, and the items a school's pupil list shows. The reporting module reads only this:
 * it names no measure, code or item of its own.
 *
 * <p>Used by the reporting module only; a collection's definition implements it.
 */
public interface CollectionReporting {

  /** The published measures, in the order the API, dashboard and reports show them. */
  List<ReportedMeasure> measures();

  /** What a measure's two statistics are called, in the API's fields and in people's words. */
  ReportedStats stats();

  /** The collection's words on the dashboard and in the PDFs. */
  ReportingLabels labels();

  /** The views and tables its figures are read from. */
  ReportingViews views();

  /** Its coded items' codes in the summer of {@code year}, and what each means for a measure. */
  ReportedCodes codes(int year);

  /** The items a school's pupil list shows (beside the pupil's identity), in column order. */
  List<Item> pupilListItems();

  /**
   * The DfE's published figures of its measures (England, regions, LAs, by year), shown beside the
   * provisional ones; none by default.
   */
  default PublishedFigures published() {
    return PublishedFigures.NONE;
  }

  /** Whether any of its measures has a higher standard (tables show no higher column if none). */
  default boolean hasHigher() {
    return measures().stream().anyMatch(ReportedMeasure::hasHigher);
  }

  /**
   * The measures a one-line or one-row summary names (the load's national line, an LA PDF's schools
   * table): by default all of them if there are up to six, else the headline ones.
   */
  default List<ReportedMeasure> briefMeasures() {
    List<ReportedMeasure> all = measures();
    return all.size() <= 6 ? all : all.stream().filter(ReportedMeasure::headline).toList();
  }

  default Optional<ReportedMeasure> measure(String key) {
    return measures().stream().filter(m -> m.key().equals(key)).findFirst();
  }
}
