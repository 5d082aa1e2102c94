package uk.ks1.aggregate;

import java.nio.file.Path;
import java.sql.SQLException;
import uk.ks1.aggregate.store.Store;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.validate.RuleCatalogue;

/** Stores of KS1 TA, registered and listing the rules as the app does (in KS1's words). */
public final class Ks1Stores {
  public static final CollectionRegistry COLLECTIONS = CollectionRegistry.of(Ks1Ta.definition());

  private Ks1Stores() {}

  public static Store open(Path file) throws SQLException {
    return Store.open(file, COLLECTIONS, RuleCatalogue.of(COLLECTIONS).storedDefinitions());
  }
}
