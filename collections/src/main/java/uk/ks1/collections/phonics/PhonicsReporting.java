package uk.ks1.collections.phonics;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.PublishedFigures;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportedStats;
import uk.ks1.core.collection.ReportingLabels;
import uk.ks1.core.collection.ReportingViews;

/**
 * The phonics check's part of {@link CollectionReporting}: Year 1's % met (the headline) and the
 * Year 2 re-check's, neither with a higher standard; the summary views of {@link PhonicsStore}; and
 * the code distributions of {@code phonics_code_counts}, whose subjects {@code y1_outcome} and
 * {@code y2_outcome} are each measure's eligible pupils by outcome: WA (met, worked out from the
 * mark) is the measure's met count, and WT, A, D, Q add up to those who did not meet it.
 */
public final class PhonicsReporting implements CollectionReporting {
  static final PhonicsReporting INSTANCE = new PhonicsReporting();

  /** Said beside the Year 2 figure: it is not the DfE's Year 2 measure. */
  public static final String RECHECK_NOTE =
      "Pupils re-checked in Year 2 only; not the DfE's \"met by the end of Year 2\"";

  /** The DfE's published figures per LA, region and England, 2022-2025 (reference CSV). */
  private static final PublishedFigures PUBLISHED =
      PublishedFigures.fromCsv(
          PublishedFigures.class,
          PublishedFigures.EYFSP_PHONICS_LA,
          Map.of("phonics_y1_met_pct", "y1"));

  private static final List<ReportedMeasure> MEASURES =
      List.of(
          new ReportedMeasure(
              "y1",
              "Year 1 met the expected standard",
              "Year 1",
              true,
              null,
              true,
              "y1_eligible",
              "y1_met",
              null),
          new ReportedMeasure(
              "y2",
              "Year 2 re-check",
              "Year 2 re-check*",
              false,
              RECHECK_NOTE,
              false,
              "y2_eligible",
              "y2_met",
              null));

  private static final ReportedStats STATS =
      new ReportedStats(
          "met",
          "Met",
          "the expected standard",
          "higher",
          "Higher",
          "a higher standard (the phonics check has none)");

  private static final ReportingLabels LABELS =
      new ReportingLabels(
          "Phonics returns",
          "Phonics",
          "Phonics screening check",
          "Phonics screening check",
          List.of(
              "* Year 2 re-check: pupils who re-took the check in Year 2 (not the DfE's \"met by"
                  + " the end of Year 2\").",
              "Met: a mark at or above the year's threshold (32 every year so far). The check has"
                  + " no higher standard (z)."),
          "Met: a mark at or above the year's threshold (32 so far), of the pupils with a mark or"
              + " A, D or Q (L, left, is not counted). Percentages rounded half up.",
          "no higher standard in the phonics check");

  /** The views PhonicsStore's definition makes (aggregate's SummaryViews) and its own. */
  private static final ReportingViews VIEWS =
      new ReportingViews(
          "phonics_national_summary",
          "phonics_region_summary",
          "phonics_la_summary",
          "phonics_school_summary",
          "phonics_school_counts",
          "phonics_code_counts",
          "phonics_pupil_records");

  /** The code distributions' subjects, one per measure, each with the outcomes in its counts. */
  private static final List<String> OUTCOME_SUBJECTS = List.of("y1_outcome", "y2_outcome");

  private static final Set<String> COUNTED_OUTCOMES = counted();

  private static final List<Item> PUPIL_LIST = List.of(Phonics.MARK, Phonics.OUTCOME);

  private PhonicsReporting() {}

  /** WA, WT, then A, D, Q: every outcome an eligible pupil has in the code counts. */
  private static Set<String> counted() {
    Set<String> codes = new LinkedHashSet<>(List.of(Outcomes.MET, Outcomes.NOT_MET));
    Outcomes.ALL.stream().filter(Outcomes.ELIGIBLE::contains).forEach(codes::add);
    return java.util.Collections.unmodifiableSet(codes);
  }

  @Override
  public List<ReportedMeasure> measures() {
    return MEASURES;
  }

  @Override
  public ReportedStats stats() {
    return STATS;
  }

  @Override
  public ReportingLabels labels() {
    return LABELS;
  }

  @Override
  public ReportingViews views() {
    return VIEWS;
  }

  /** The same every year: the outcomes have not changed since the first check. */
  @Override
  public ReportedCodes codes(int year) {
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    Map<String, ReportedCodes.Meaning> meanings = new LinkedHashMap<>();
    for (String subject : OUTCOME_SUBJECTS) {
      sets.put(subject, COUNTED_OUTCOMES);
      String measure = subject.substring(0, subject.indexOf('_'));
      meanings.put(subject, new ReportedCodes.Meaning(measure, Outcomes.MET, null));
    }
    return new ReportedCodes(sets, meanings);
  }

  @Override
  public List<Item> pupilListItems() {
    return PUPIL_LIST;
  }

  @Override
  public PublishedFigures published() {
    return PUBLISHED;
  }
}
