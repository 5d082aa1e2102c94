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

/**
 * A toy collection defined in test code only: a "reading check" of two code items, word reading and
 * fluency, and one measure: the pupils checked in both (eligible) and those who met the standard in
 * both ("WA", working at).
 */
public final class ReadingCheck implements CollectionDefinition {
  public static final String ID = "READING_CHECK";
  public static final Item WORD_READING = Item.code("word_reading", "Word reading");
  public static final Item FLUENCY = Item.code("fluency", "Fluency");

  private final String prefix;
  private final List<Item> items;

  private ReadingCheck(String prefix, List<Item> items) {
    this.prefix = prefix;
    this.items = items;
  }

  public static ReadingCheck definition() {
    return new ReadingCheck("reading_check_", List.of(WORD_READING, FLUENCY));
  }

  /** The same collection with other items (of the same ids): its stored tables are not its own. */
  public static ReadingCheck withItems(List<Item> items) {
    return new ReadingCheck("reading_check_", items);
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
    };
  }

  @Override
  public CollectionReporting reporting() {
    return null;
  }
}
