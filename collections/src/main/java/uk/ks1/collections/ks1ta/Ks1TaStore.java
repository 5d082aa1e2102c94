package uk.ks1.collections.ks1ta;

import uk.ks1.core.collection.CollectionStore;

/** KS1 TA's part of {@link CollectionStore}. */
final class Ks1TaStore implements CollectionStore {
  static final Ks1TaStore INSTANCE = new Ks1TaStore();

  private Ks1TaStore() {}
}
