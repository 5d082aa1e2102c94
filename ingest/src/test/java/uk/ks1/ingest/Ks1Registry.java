package uk.ks1.ingest;

import java.util.List;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;

/** The collections ingest's tests register, as the app does: KS1 TA. */
public final class Ks1Registry {
  public static final CollectionRegistry KS1 = new CollectionRegistry(List.of(Ks1Ta.definition()));

  private Ks1Registry() {}
}
