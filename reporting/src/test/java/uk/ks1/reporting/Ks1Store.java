package uk.ks1.reporting;

import java.nio.file.Path;
import java.sql.SQLException;
import uk.ks1.aggregate.store.Store;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.validate.RuleCatalogue;

/** A store of KS1 TA for reporting's tests, opened as the app opens it. */
public final class Ks1Store {
  public static final CollectionRegistry COLLECTIONS = CollectionRegistry.of(Ks1Ta.definition());

  private Ks1Store() {}

  public static Store open(Path file) throws SQLException {
    return Store.open(file, COLLECTIONS, RuleCatalogue.of(COLLECTIONS).storedDefinitions());
  }
}
