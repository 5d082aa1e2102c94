package uk.ks1.reporting.toy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.CollectionRules;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.PublishedFigures;
import uk.ks1.core.collection.PublishedFigures.Level;
import uk.ks1.core.collection.PublishedFigures.Row;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportedStats;
import uk.ks1.core.collection.ReportingLabels;
import uk.ks1.core.collection.ReportingViews;
import uk.ks1.core.collection.YearGroup;

/**
 * A second toy collection, shaped like phonics: two measures (Year 1 and the Year 2 re-check), no
 * higher standard in either, one coded item, and DfE published figures for England (2022, 2023),
 * West Midlands and LA 330 (2023), Year 1 only. Its figures are in views of its own ({@code
 * spell_*}); only its reporting aspect is defined.
 */
public final class SpellingCheck implements CollectionDefinition, CollectionReporting {
  @Override
  public YearGroup yearGroup() {
    return YearGroup.statutory("Year 2", 6);
  }

  public static final SpellingCheck DEFINITION = new SpellingCheck();
  static final Item RESULT = Item.code("result", "Spelling check result");

  private static final PublishedFigures PUBLISHED =
      new PublishedFigures(
          List.of(
              new Row(Level.NATIONAL, "England", 2022, "y1", 75),
              new Row(Level.NATIONAL, "England", 2023, "y1", 79),
              new Row(Level.REGION, "West Midlands", 2023, "y1", 78),
              new Row(Level.LA, "330", 2023, "y1", 77.5)));

  private SpellingCheck() {}

  @Override
  public String id() {
    return "SPELLING_CHECK";
  }

  @Override
  public String name() {
    return "Spelling check";
  }

  @Override
  public List<Item> items() {
    return List.of(RESULT);
  }

  @Override
  public CollectionIntake intake() {
    return null;
  }

  @Override
  public CollectionRules rules() {
    return null;
  }

  @Override
  public CollectionStore store() {
    return null;
  }

  @Override
  public CollectionReporting reporting() {
    return this;
  }

  @Override
  public List<ReportedMeasure> measures() {
    return List.of(
        new ReportedMeasure(
            "y1", "Year 1", "Year 1", true, null, true, "y1_eligible", "y1_met", null),
        new ReportedMeasure(
            "y2", "Year 2 re-check", "Year 2", true, null, false, "y2_eligible", "y2_met", null));
  }

  @Override
  public ReportedStats stats() {
    return new ReportedStats(
        "met", "Met", "the expected standard", "above", "Above", "above the standard");
  }

  @Override
  public ReportingLabels labels() {
    return new ReportingLabels(
        "Spelling check returns",
        "Spelling check",
        "The spelling check",
        "Spelling check",
        List.of(),
        "Met: the expected standard.",
        "no pupils eligible");
  }

  @Override
  public ReportingViews views() {
    return new ReportingViews(
        "spell_national",
        "spell_region",
        "spell_la",
        "spell_school",
        "spell_school_counts",
        "spell_codes",
        "spell_pupils");
  }

  @Override
  public ReportedCodes codes(int year) {
    return new ReportedCodes(
        Map.of("result", Set.of("A", "N", "P")),
        Map.of("result", new ReportedCodes.Meaning("y1", "P", null)));
  }

  @Override
  public PublishedFigures published() {
    return PUBLISHED;
  }

  @Override
  public List<Item> pupilListItems() {
    return List.of(RESULT);
  }
}
