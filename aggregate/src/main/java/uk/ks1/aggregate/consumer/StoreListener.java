package uk.ks1.aggregate.consumer;

import uk.ks1.aggregate.writer.CommitSummary;

/** Told after each batch is committed to the store (on the consumer's thread: be quick). */
@FunctionalInterface
public interface StoreListener {
  void committed(CommitSummary summary);

  /**
   * Told after the store was changed outside a batch (a retirement deleted identities and rewrote
   * the file): whatever was read from it before may be out of date.
   */
  default void rewritten() {}
}
