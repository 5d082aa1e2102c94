package uk.ks1.app.delete;

import java.time.Duration;
import java.util.Optional;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.writer.CommitSummary;

/** Waits until the store has taken (or refused) the deletion of one submission. */
public final class DeletionWaiter implements StoreListener {
  private final String submissionId;
  private CommitSummary.Deletion outcome;

  public DeletionWaiter(String submissionId) {
    this.submissionId = submissionId;
  }

  @Override
  public synchronized void committed(CommitSummary summary) {
    for (CommitSummary.Deletion d : summary.deletions()) {
      if (d.submissionId().equals(submissionId)) {
        outcome = d;
        notifyAll();
      }
    }
  }

  /** The store's answer, or empty if none came within {@code timeout}. */
  public synchronized Optional<CommitSummary.Deletion> await(Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (outcome == null) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return Optional.of(outcome);
  }
}
