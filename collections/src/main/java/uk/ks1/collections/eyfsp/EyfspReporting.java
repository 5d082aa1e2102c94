package uk.ks1.collections.eyfsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ks1.collections.eyfsp.reporting.EyfspCodes;
import uk.ks1.collections.eyfsp.store.EyfspViews;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.PublishedFigures;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportedStats;
import uk.ks1.core.collection.ReportingLabels;
import uk.ks1.core.collection.ReportingViews;

/**
 * EYFSP's part of {@link CollectionReporting}: the DfE's measures, a good level of development (the
 * headline) and the expected level in all 17 goals, then each area's and each goal's expected level
 * (every goal its own measure, so its code distribution adds up to one: see {@link EyfspCodes}).
 * All of the same eligible children; none has a higher standard (the profile has had no "exceeding"
 * since 2022).
 */
public final class EyfspReporting implements CollectionReporting {
  static final EyfspReporting INSTANCE = new EyfspReporting();

  /** The DfE's published figures per LA, region and England, 2022-2025 (reference CSV). */
  private static final PublishedFigures PUBLISHED =
      PublishedFigures.fromCsv(
          PublishedFigures.class,
          PublishedFigures.EYFSP_PHONICS_LA,
          Map.of("gld_pct", "gld", "all_elgs_expected_pct", "all_elgs"));

  private static final String GLD_NOTE =
      "GLD (a good level of development): the expected level (2) in each of the 12 goals of"
          + " communication and language, personal, social and emotional development, physical"
          + " development, literacy and mathematics (E01-E12).";

  private static final List<ReportedMeasure> MEASURES = reportedMeasures();

  private static final ReportedStats STATS =
      new ReportedStats(
          "met",
          "Expected",
          "the expected level",
          "higher",
          "Exceeding",
          "above the expected level (no longer assessed)");

  private static final ReportingLabels LABELS =
      new ReportingLabels(
          "EYFSP returns",
          "EYFSP",
          "Early years foundation stage profile",
          "Early learning goals",
          List.of(
              GLD_NOTE,
              "The profile has no level above expected since 2022 (z).",
              "A child unable to be assessed (A in all 17 goals) is eligible and reaches no"
                  + " goal."),
          GLD_NOTE + " Percentages rounded half up.",
          "no level above expected in the EYFS profile");

  private static final ReportingViews VIEWS = views(EyfspStore.INSTANCE);

  private static final List<Item> PUPIL_LIST = Goals.ALL.stream().map(Goal::item).toList();

  private EyfspReporting() {}

  private static List<ReportedMeasure> reportedMeasures() {
    String eligible = EyfspViews.ELIGIBLE;
    List<ReportedMeasure> all = new ArrayList<>();
    all.add(
        new ReportedMeasure(
            "gld", "Good level of development", "GLD", true, null, true, eligible, "gld", null));
    all.add(
        new ReportedMeasure(
            "all_elgs",
            "Expected in all 17 ELGs",
            "All 17 ELGs",
            true,
            null,
            false,
            eligible,
            "all_elgs_expected",
            null));
    for (Area a : Goals.AREAS) {
      all.add(
          new ReportedMeasure(
              a.column(),
              a.name() + ": expected in all its goals",
              a.name(),
              true,
              null,
              false,
              eligible,
              a.column() + "_expected",
              null));
    }
    for (Goal g : Goals.ALL) {
      all.add(
          new ReportedMeasure(
              g.column(),
              g.described(),
              g.code(),
              true,
              null,
              false,
              eligible,
              g.column() + "_expected",
              null));
    }
    return List.copyOf(all);
  }

  private static ReportingViews views(CollectionStore store) {
    String p = store.prefix();
    return new ReportingViews(
        p + "national_summary",
        p + "region_summary",
        p + "la_summary",
        p + "school_summary",
        store.schoolCountsTable(),
        EyfspViews.CODE_COUNTS,
        store.pupilTable());
  }

  @Override
  public List<ReportedMeasure> measures() {
    return MEASURES;
  }

  /** GLD and all 17 goals, the two the DfE publishes: 26 columns would not fit a row or a line. */
  @Override
  public List<ReportedMeasure> briefMeasures() {
    return MEASURES.subList(0, 2);
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
    return EyfspCodes.of(year);
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
