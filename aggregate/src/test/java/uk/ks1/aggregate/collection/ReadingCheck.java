package uk.ks1.aggregate.collection;

import java.util.List;
import java.util.Set;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.CollectionRules;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreMeasure;
import uk.ks1.core.collection.YearGroup;
import uk.ks1.core.rule.RuleDefinition;

/**
 * A toy collection defined in test code only: a "reading check" of two code items, word reading and
 * fluency, and one measure: the pupils checked in both (eligible) and those who met the standard in
 * both ("WA", working at).
 */
public final class ReadingCheck implements CollectionDefinition {
  @Override
  public YearGroup yearGroup() {
    return YearGroup.statutory("Year 1", 5);
  }

  public static final String ID = "READING_CHECK";
  public static final Item WORD_READING = Item.code("word_reading", "Word reading");
  public static final Item FLUENCY = Item.code("fluency", "Fluency");

  /**
   * C02, a query only the store can see: a pupil whose fluency is WA in one school's current data
   * and WB in another's (a pupil who moved, assessed twice apart).
   */
  public static final RuleDefinition C02 =
      RuleDefinition.query(
              "C02",
              "Fluency differs from the pupil's at another school",
              "The same fluency at every school")
          .withMessage("Row {row}, {field}: {value} here, another fluency at another school.");

  /** The view of C02's rows, with the columns an issue view has. */
  public static final String STORE_QUERIES = "reading_check_store_queries";

  private final String prefix;
  private final List<Item> items;
  private final boolean storeQueries;

  private ReadingCheck(String prefix, List<Item> items, boolean storeQueries) {
    this.prefix = prefix;
    this.items = items;
    this.storeQueries = storeQueries;
  }

  public static ReadingCheck definition() {
    return new ReadingCheck("reading_check_", List.of(WORD_READING, FLUENCY), false);
  }

  /** The same collection with other items (of the same ids): its stored tables are not its own. */
  public static ReadingCheck withItems(List<Item> items) {
    return new ReadingCheck("reading_check_", items, false);
  }

  /** The same collection whose store computes the query C02 in an issue view. */
  public static ReadingCheck withStoreQueries() {
    return new ReadingCheck("reading_check_", List.of(WORD_READING, FLUENCY), true);
  }

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
    return items;
  }

  /** Not the store's business: the intake, rules and reporting aspects are not used here. */
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
    return new CollectionStore() {
      @Override
      public String prefix() {
        return prefix;
      }

      @Override
      public List<StoreMeasure> measures() {
        String[] both = {WORD_READING.id(), FLUENCY.id()};
        return List.of(
            StoreMeasure.of(
                StoreCount.given("checked", both), StoreCount.codeIn("met", Set.of("WA"), both)));
      }

      @Override
      public List<String> views() {
        return storeQueries ? List.of(STORE_QUERIES_DDL) : List.of();
      }

      @Override
      public List<String> issueViews() {
        return storeQueries ? List.of(STORE_QUERIES) : List.of();
      }
    };
  }

  private static final String STORE_QUERIES_DDL =
      """
      CREATE OR REPLACE VIEW reading_check_store_queries AS
      SELECT a.submission_id, a.row_number, a.pupil_key, 'Fluency' AS field, 'C02' AS rule_id,
             'query' AS severity, 'none' AS effect, a.fluency AS value,
             'Row ' || a.row_number || ', Fluency: ' || a.fluency
               || ' here, another fluency at another school.' AS message,
             'The same fluency at every school' AS allowed
      FROM reading_check_pupil_records a JOIN reading_check_pupil_records b
        ON a.pupil_key = b.pupil_key AND a.year = b.year AND a.laestab <> b.laestab
       AND a.fluency <> b.fluency""";

  @Override
  public CollectionReporting reporting() {
    return null;
  }
}
