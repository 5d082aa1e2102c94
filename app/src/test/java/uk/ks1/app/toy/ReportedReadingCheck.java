package uk.ks1.app.toy;

import java.util.ArrayList;
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
import uk.ks1.core.collection.StoreMeasure;
import uk.ks1.core.collection.YearGroup;

/**
 * The toy {@link ReadingCheck} with what people see of it, for the dashboard's tests: one measure
 * (met: a word-reading mark of 30 or more, of the pupils with a mark and a fluency code), no higher
 * standard, its fluency codes as its distribution (a view of its own), and made-up "published"
 * figures for England (2022, 2023) and Birmingham (2023). Everything else is ReadingCheck's.
 */
public final class ReportedReadingCheck implements CollectionDefinition {
  @Override
  public YearGroup yearGroup() {
    return YearGroup.statutory("Year 1", 5);
  }

  public static final ReportedReadingCheck DEFINITION = new ReportedReadingCheck();
  public static final String ID = ReadingCheck.ID;

  private static final CollectionDefinition TOY = ReadingCheck.DEFINITION;

  private ReportedReadingCheck() {}

  @Override
  public String id() {
    return TOY.id();
  }

  @Override
  public String name() {
    return TOY.name();
  }

  @Override
  public List<Item> items() {
    return TOY.items();
  }

  @Override
  public CollectionIntake intake() {
    return TOY.intake();
  }

  @Override
  public CollectionRules rules() {
    return TOY.rules();
  }

  @Override
  public CollectionStore store() {
    CollectionStore store = TOY.store();
    return new CollectionStore() {
      @Override
      public String prefix() {
        return store.prefix();
      }

      @Override
      public List<StoreMeasure> measures() {
        return store.measures();
      }

      @Override
      public List<String> views() {
        List<String> views = new ArrayList<>(store.views());
        views.add(codeCounts(store.resultsView()));
        return views;
      }
    };
  }

  /** Pupils by fluency code, per level: the view the dashboard's distribution reads. */
  private static String codeCounts(String results) {
    String[][] levels = {
      {"national", "'England'"}, {"region", "region"}, {"la", "la_code"}, {"school", "laestab"}
    };
    List<String> parts = new ArrayList<>();
    for (String[] l : levels) {
      parts.add(
          "SELECT '"
              + l[0]
              + "' AS level, "
              + l[1]
              + " AS key, collection, year, 'fluency' AS subject, fluency AS code,"
              + " count(*) AS pupils FROM "
              + results
              + " WHERE fluency IS NOT NULL GROUP BY ALL");
    }
    return "CREATE OR REPLACE VIEW reading_check_code_counts AS "
        + String.join(" UNION ALL ", parts);
  }

  @Override
  public CollectionReporting reporting() {
    return REPORTING;
  }

  private static final CollectionReporting REPORTING =
      new CollectionReporting() {
        private final PublishedFigures published =
            new PublishedFigures(
                List.of(
                    new Row(Level.NATIONAL, "England", 2022, "met", 70),
                    new Row(Level.NATIONAL, "England", 2023, "met", 72),
                    new Row(Level.LA, "330", 2023, "met", 65)));

        @Override
        public List<ReportedMeasure> measures() {
          return List.of(
              new ReportedMeasure(
                  "met", "Word reading", "Word reading", true, null, true, "checked", "met", null));
        }

        @Override
        public ReportedStats stats() {
          return new ReportedStats(
              "met", "Met", "a word-reading mark of 30 or more", "above", "Above", "above it");
        }

        @Override
        public ReportingLabels labels() {
          return new ReportingLabels(
              "Reading check returns",
              "Reading check",
              "The reading check",
              "Reading check",
              List.of(),
              "Met: a word-reading mark of 30 or more.",
              "no pupils checked");
        }

        @Override
        public ReportingViews views() {
          return new ReportingViews(
              "reading_check_national_summary",
              "reading_check_region_summary",
              "reading_check_la_summary",
              "reading_check_school_summary",
              "reading_check_school_counts",
              "reading_check_code_counts",
              "reading_check_pupil_records");
        }

        @Override
        public ReportedCodes codes(int year) {
          return new ReportedCodes(Map.of("fluency", Set.of("A", "WA", "WB")), Map.of());
        }

        @Override
        public PublishedFigures published() {
          return published;
        }

        @Override
        public List<Item> pupilListItems() {
          return TOY.items();
        }
      };
}
