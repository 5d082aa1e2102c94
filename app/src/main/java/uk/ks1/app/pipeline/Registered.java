package uk.ks1.app.pipeline;

import java.util.List;
import uk.ks1.collections.eyfsp.Eyfsp;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * The collections this build understands, registered in one place: the only class outside the
 * collections module that names a definition. Adding a collection is adding its definition here.
 */
public final class Registered {
  private static final CollectionRegistry COLLECTIONS =
      new CollectionRegistry(List.of(Ks1Ta.definition(), Phonics.definition(), Eyfsp.definition()));

  private Registered() {}

  public static CollectionRegistry collections() {
    return COLLECTIONS;
  }

  /** The collection a command means when it names none (KS1 TA, as before there were others). */
  public static CollectionDefinition defaultCollection() {
    return COLLECTIONS.all().get(0);
  }
}
