package uk.ks1.app.bench;

import java.util.ArrayList;
import java.util.List;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.writer.CommitSummary;

/**
 * The store's write time per batch, in order, to show whether aggregating a file costs the same at
 * 10% of the collection as at 100%.
 */
final class StoreTimings implements StoreListener {
  private record Batch(long submissions, long nanos) {}

  private final List<Batch> batches = new ArrayList<>();

  @Override
  public synchronized void committed(CommitSummary summary) {
    if (!summary.submissionIds().isEmpty()) {
      batches.add(new Batch(summary.submissionIds().size(), summary.storeNanos()));
    }
  }

  /** How many store transactions wrote submissions, and their mean size. */
  synchronized String batchSizes() {
    long total = batches.stream().mapToLong(Batch::submissions).sum();
    return String.format(
        "%d store transactions, %.1f submissions each",
        batches.size(), batches.isEmpty() ? 0.0 : (double) total / batches.size());
  }

  /**
   * Mean store time per submission (ms) over the submissions from {@code from} to {@code to} (0-1).
   */
  synchronized double msPerSubmission(double from, double to) {
    long total = batches.stream().mapToLong(Batch::submissions).sum();
    long start = (long) (from * total);
    long end = (long) (to * total);
    long seen = 0;
    long subs = 0;
    long nanos = 0;
    for (Batch b : batches) {
      long next = seen + b.submissions();
      if (next > start && seen < end) {
        subs += b.submissions();
        nanos += b.nanos();
      }
      seen = next;
    }
    return subs == 0 ? 0 : nanos / 1e6 / subs;
  }
}
