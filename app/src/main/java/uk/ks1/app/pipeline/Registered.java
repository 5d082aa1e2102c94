package uk.ks1.app.pipeline;

import java.util.List;
import java.util.Map;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.RuleDefinition;
import uk.ks1.validate.RuleCatalogue;

/**
 * The collections this build understands, registered in one place: the only class outside the
 * collections module that names a definition. Adding a collection is adding its definition here.
 */
public final class Registered {
  private static final CollectionRegistry COLLECTIONS =
      new CollectionRegistry(List.of(Ks1Ta.definition()));

  private Registered() {}

  public static CollectionRegistry collections() {
    return COLLECTIONS;
  }

  /** The collection a command means when it names none (KS1 TA, as before there were others). */
  public static CollectionDefinition defaultCollection() {
    return COLLECTIONS.all().get(0);
  }

  /**
   * The rule catalogue as the store's {@code rules} table lists it: a file rule worded for a
   * collection ({results}, {itemColumns}...) in the default collection's words, as files of it get
   * it.
   */
  public static List<RuleDefinition> ruleRows() {
    return ruleRows(COLLECTIONS);
  }

  /** The rule rows of the given collections, in the words of the first registered. */
  public static List<RuleDefinition> ruleRows(CollectionRegistry collections) {
    Map<String, String> words = collections.all().get(0).intake().ruleWords();
    return RuleCatalogue.of(collections).definitions().stream()
        .map(r -> FileRules.worded(r, words))
        .toList();
  }

  /** What the generator writes when a command names no collection. */
  public static CollectionSample defaultSample() {
    return defaultCollection().sample().orElseThrow();
  }
}
