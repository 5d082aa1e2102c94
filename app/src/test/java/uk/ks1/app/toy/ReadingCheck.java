package uk.ks1.app.toy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.CollectionRules;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreMeasure;
import uk.ks1.core.collection.TemplateItemColumn;
import uk.ks1.core.collection.YearGroup;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * A collection defined in test code only, as any new one would be: a Year 1 "reading check" of a
 * word-reading mark (0-40) and a fluency code (WA working at, WB working below, A absent); one rule
 * of its own (C01: a fluency code without a mark is a query) and one measure (checked: both given;
 * met: a mark of 30 or more, and met in Year 1, by its NC-year item); a sample the generator draws
 * from. Everything else (identities, UPN rules, files, history, the store's bookkeeping, summaries)
 * is the house's.
 */
final class ReadingCheck implements CollectionDefinition {
  @Override
  public YearGroup yearGroup() {
    return YearGroup.statutory("Year 1", 5);
  }

  static final String ID = "READING_CHECK";
  static final ReadingCheck DEFINITION = new ReadingCheck();

  static final Item WORD_READING = Item.wholeNumber("word_reading", "Word reading", 0, 40);
  static final Item FLUENCY = Item.code("fluency", "Fluency");

  /** The pupil's NC year (no result of its own): the measure counts Year 1's marks apart. */
  static final Item NC_YEAR = Item.ncYear("nc_year", "NC year");

  static final RuleDefinition C01 =
      RuleDefinition.query(
              "C01",
              "Fluency given without a word-reading mark",
              "A word-reading mark beside every fluency code")
          .withMessage(
              "Row {row}, {field}: {value} is given but the word-reading mark is blank. The record"
                  + " counts; add the mark. Allowed: {allowed}.");

  private ReadingCheck() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Reading check";
  }

  @Override
  public List<Item> items() {
    return List.of(WORD_READING, FLUENCY, NC_YEAR);
  }

  @Override
  public CollectionIntake intake() {
    return new CollectionIntake() {
      @Override
      public CtfRows ctf() {
        return new CtfRows(
            Set.of("RC"),
            Set.of(),
            Set.of("RC"),
            List.of(
                new CtfRows.Component("RC", "WR", WORD_READING.id()),
                new CtfRows.Component("RC", "FL", FLUENCY.id())));
      }

      @Override
      public List<TemplateItemColumn> templateColumns() {
        return List.of(
            new TemplateItemColumn(
                WORD_READING.id(),
                "Reading check: word reading",
                true,
                List.of("readingcheckwordreading", "wordreading")),
            new TemplateItemColumn(
                FLUENCY.id(),
                "Reading check: fluency",
                true,
                List.of("readingcheckfluency", "fluency")));
      }

      @Override
      public List<String> fileNameTokens() {
        return List.of("RC");
      }

      @Override
      public IntakeWording wording() {
        return new IntakeWording(
            "reading check result",
            "reading check results",
            "reading check item",
            "reading check CTF",
            "assessments of stages other than the reading check",
            "RC results of other subjects",
            "reading check results of other years",
            "pupils without reading check results for the year",
            "Reading check: word reading, fluency",
            "Reading check: word reading, Reading check: fluency");
      }
    };
  }

  @Override
  public CollectionRules rules() {
    return new CollectionRules() {
      @Override
      public List<PupilRule> pupilRules() {
        return List.of(new FluencyWithoutMark());
      }

      @Override
      public boolean coversYear(int year) {
        return true;
      }

      @Override
      public int firstYear() {
        return 2023;
      }
    };
  }

  /** C01. */
  static final class FluencyWithoutMark implements PupilRule {
    @Override
    public RuleDefinition definition() {
      return C01;
    }

    @Override
    public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
      String fluency = pupil.item(FLUENCY);
      String mark = pupil.item(WORD_READING);
      if (fluency != null && !fluency.isBlank() && (mark == null || mark.isBlank())) {
        issues.report(C01, pupil.row(), FLUENCY.field(), fluency, Map.of());
      }
    }
  }

  @Override
  public CollectionStore store() {
    return new CollectionStore() {
      @Override
      public String prefix() {
        return "reading_check_";
      }

      @Override
      public List<StoreMeasure> measures() {
        return List.of(
            StoreMeasure.of(
                StoreCount.given("checked", WORD_READING.id(), FLUENCY.id()),
                StoreCount.atLeast("met", 30, WORD_READING.id()),
                StoreCount.of(
                    "met_in_year_1",
                    StoreCount.Test.allOf(
                        StoreCount.Test.every(
                            new StoreCount.Condition.AtLeast(30), WORD_READING.id()),
                        StoreCount.Test.every(
                            new StoreCount.Condition.NumberIn(Set.of(1)), NC_YEAR.id())))));
      }
    };
  }

  /** Generated pupils of Year 1 ({@link ReadingCheckSample}). */
  @Override
  public Optional<CollectionSample> sample() {
    return Optional.of(ReadingCheckSample.INSTANCE);
  }

  /** Not needed to load and sum it: the API would need labels for it, another test's business. */
  @Override
  public CollectionReporting reporting() {
    return null;
  }
}
