package uk.ks1.ingest.toy;

import java.util.List;
import java.util.Set;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.CollectionRules;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.TemplateItemColumn;
import uk.ks1.core.collection.YearGroup;

/**
 * A test-only collection, a "reading check" of two items (a word-reading mark 0-40 and a fluency
 * code), defined as any new collection would be: its CTF rows (stage RC or its alias RCHK, subject
 * RC, any method), its template columns and its words. Only its intake is defined: the other
 * aspects are not ingest's.
 */
final class ReadingCheck implements CollectionDefinition, CollectionIntake {
  @Override
  public YearGroup yearGroup() {
    return YearGroup.statutory("Year 1", 5);
  }

  static final ReadingCheck DEFINITION = new ReadingCheck();

  static final Item WORD_READING = Item.wholeNumber("word_reading", "Word reading", 0, 40);
  static final Item FLUENCY = Item.code("fluency", "Fluency");

  static final IntakeWording WORDING =
      new IntakeWording(
          "reading check result",
          "reading check results",
          "reading check item",
          "reading check CTF",
          "assessments of stages other than the reading check",
          "RC results of other subjects",
          "reading check results of other years",
          "pupils without reading check results for the year",
          "Reading check: word reading, fluency",
          "Reading check: word reading, ...: fluency");

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
    return List.of(WORD_READING, FLUENCY);
  }

  @Override
  public CollectionIntake intake() {
    return this;
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
    return null;
  }

  @Override
  public CtfRows ctf() {
    return new CtfRows(
        Set.of("RC", "RCHK"),
        Set.of(),
        Set.of("RC"),
        List.of(
            new CtfRows.Component("RC", "WR", "word_reading"),
            new CtfRows.Component("RC", "WORD", "word_reading"),
            new CtfRows.Component("RC", "FL", "fluency")));
  }

  @Override
  public List<TemplateItemColumn> templateColumns() {
    return List.of(
        new TemplateItemColumn(
            "word_reading",
            "Reading check: word reading",
            true,
            List.of("readingcheckwordreading", "wordreading", "wordreadingmark")),
        new TemplateItemColumn(
            "fluency", "Reading check: fluency", true, List.of("readingcheckfluency", "fluency")));
  }

  @Override
  public List<String> fileNameTokens() {
    return List.of("RC");
  }

  @Override
  public IntakeWording wording() {
    return WORDING;
  }
}
