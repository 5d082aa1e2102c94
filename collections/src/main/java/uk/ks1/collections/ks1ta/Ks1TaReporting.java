package uk.ks1.collections.ks1ta;

import java.util.List;
import java.util.Map;
import uk.ks1.collections.ks1ta.reporting.Ks1TaCodes;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.PublishedFigures;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportedStats;
import uk.ks1.core.collection.ReportingLabels;
import uk.ks1.core.collection.ReportingViews;

/**
 * KS1 TA's part of {@link CollectionReporting}: the four subjects' measures and RWM (ours, not the
 * DfE's, and says so wherever it is shown), EXS+ and GDS (science has no greater depth), the
 * summary views the KS1 analysts know, and what the result codes mean to the disclosure step.
 */
public final class Ks1TaReporting implements CollectionReporting {
  static final Ks1TaReporting INSTANCE = new Ks1TaReporting();

  /** Said beside RWM everywhere it appears (docs/domain.md "Measures"). */
  public static final String RWM_NOTE = "Not a DfE KS1 measure";

  private static final String RWM_STAR =
      "* RWM (reading, writing and maths combined) is not a DfE KS1 measure.";

  private static final List<ReportedMeasure> MEASURES =
      List.of(
          subject(Subject.READING, true),
          subject(Subject.WRITING, true),
          subject(Subject.MATHS, true),
          new ReportedMeasure(
              "science",
              Subject.SCIENCE.label(),
              Subject.SCIENCE.label(),
              true,
              null,
              false,
              "science_eligible",
              "science_exs",
              null),
          new ReportedMeasure(
              "rwm",
              "Reading, writing and maths combined",
              "RWM*",
              false,
              RWM_NOTE,
              false,
              "rwm_eligible",
              "rwm_exs_plus",
              "rwm_gds"));

  private static final ReportedStats STATS =
      new ReportedStats(
          "exsPlus", "EXS+", "the expected standard or above", "gds", "GDS", "greater depth");

  private static final ReportingLabels LABELS =
      new ReportingLabels(
          "KS1 returns",
          "KS1",
          "Key stage 1 teacher assessment",
          "Teacher assessment",
          List.of(RWM_STAR, "Science has no greater-depth standard (z)."),
          RWM_STAR
              + " EXS+: expected standard or above; GDS: greater depth. Percentages rounded half"
              + " up.",
          "no greater depth in science");

  /** The views README documents for the KS1 analysts (aggregate's SummaryViews builds them). */
  private static final ReportingViews VIEWS =
      new ReportingViews(
          "national_summary",
          "region_summary",
          "la_summary",
          "school_summary",
          "school_counts",
          "code_counts",
          "pupil_records");

  private static final List<Item> PUPIL_LIST = Subject.ALL.stream().map(Subject::item).toList();

  /**
   * The DfE's published % EXS+ per LA, region and England, 2016-2023 (LAIT; none for 2020 and 2021,
   * and none for RWM, which is ours): the table the generator draws from.
   */
  private static final String PUBLISHED_TABLE =
      "/uk/ks1/collections/ks1ta/sample/ks1-la-attainment-2016-2023.csv";

  private static final Map<String, String> PUBLISHED_COLUMNS =
      Map.of(
          "read_exs", Subject.READING.column(),
          "writ_exs", Subject.WRITING.column(),
          "mat_exs", Subject.MATHS.column(),
          "sci_exs", Subject.SCIENCE.column());

  /** Read on first use: most processes never show them. */
  private static final class Published {
    static final PublishedFigures FIGURES =
        PublishedFigures.fromCsv(Ks1TaReporting.class, PUBLISHED_TABLE, PUBLISHED_COLUMNS);
  }

  private Ks1TaReporting() {}

  private static ReportedMeasure subject(Subject s, boolean headline) {
    return new ReportedMeasure(
        s.column(),
        s.label(),
        s.label(),
        true,
        null,
        headline,
        s.column() + "_eligible",
        s.column() + "_exs_plus",
        s.column() + "_gds");
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

  @Override
  public ReportedCodes codes(int year) {
    return Ks1TaCodes.of(year);
  }

  @Override
  public PublishedFigures published() {
    return Published.FIGURES;
  }

  @Override
  public List<Item> pupilListItems() {
    return PUPIL_LIST;
  }
}
