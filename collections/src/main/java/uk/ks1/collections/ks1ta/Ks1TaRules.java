package uk.ks1.collections.ks1ta;

import uk.ks1.core.collection.CollectionRules;

/** KS1 TA's part of {@link CollectionRules}. */
final class Ks1TaRules implements CollectionRules {
  static final Ks1TaRules INSTANCE = new Ks1TaRules();

  private Ks1TaRules() {}
}
