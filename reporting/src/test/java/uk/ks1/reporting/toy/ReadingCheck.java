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
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportedStats;
import uk.ks1.core.collection.ReportingLabels;
import uk.ks1.core.collection.ReportingViews;
import uk.ks1.core.collection.YearGroup;

/**
 * A toy collection defined in test code only: one coded item ("check": P passed, N not), one
 * measure ("passed", no higher standard), its figures in views of its own ({@code toy_*}). Only its
 * reporting aspect is defined; the others are not reporting's business.
 */
public final class ReadingCheck implements CollectionDefinition, CollectionReporting {
  @Override
  public YearGroup yearGroup() {
    return YearGroup.statutory("Year 1", 5);
  }

  public static final ReadingCheck DEFINITION = new ReadingCheck();
  static final Item CHECK = Item.code("check", "Reading check");

  private ReadingCheck() {}

  @Override
  public String id() {
    return "READING_CHECK";
  }

  @Override
  public String name() {
    return "Reading check";
  }

  @Override
  public List<Item> items() {
    return List.of(CHECK);
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
            "passed", "Passed", "Passed", true, null, true, "passed_eligible", "passed_met", null));
  }

  @Override
  public ReportedStats stats() {
    return new ReportedStats("met", "Met", "the expected standard", "above", "Above", "above it");
  }

  @Override
  public ReportingLabels labels() {
    return new ReportingLabels(
        "Reading check returns",
        "Reading check",
        "The reading check",
        "Reading check",
        List.of("No pupil is above the standard (z)."),
        "Met: passed the check.",
        "nobody is above the standard");
  }

  @Override
  public ReportingViews views() {
    return new ReportingViews(
        "toy_national",
        "toy_region",
        "toy_la",
        "toy_school",
        "toy_school_counts",
        "toy_codes",
        "toy_pupils");
  }

  @Override
  public ReportedCodes codes(int year) {
    return new ReportedCodes(
        Map.of("check", Set.of("N", "P")),
        Map.of("check", new ReportedCodes.Meaning("passed", "P", null)));
  }

  @Override
  public List<Item> pupilListItems() {
    return List.of(CHECK);
  }
}
