package uk.ks1.collections.ks1ta;

import uk.ks1.core.collection.CollectionReporting;

/** KS1 TA's part of {@link CollectionReporting}. */
final class Ks1TaReporting implements CollectionReporting {
  static final Ks1TaReporting INSTANCE = new Ks1TaReporting();

  private Ks1TaReporting() {}
}
