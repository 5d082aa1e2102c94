package uk.ks1.collections.ks1ta;

import uk.ks1.core.collection.CollectionIntake;

/** KS1 TA's part of {@link CollectionIntake}. */
final class Ks1TaIntake implements CollectionIntake {
  static final Ks1TaIntake INSTANCE = new Ks1TaIntake();

  private Ks1TaIntake() {}
}
