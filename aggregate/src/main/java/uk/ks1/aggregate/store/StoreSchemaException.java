package uk.ks1.aggregate.store;

import java.sql.SQLException;

/**
 * The store file has a schema this code will not touch: written by a newer release, or not a store
 * of this service. The message says which, and what to do; the file is left as it was.
 */
public final class StoreSchemaException extends SQLException {
  private static final long serialVersionUID = 1L;

  StoreSchemaException(String message) {
    super(message);
  }
}
