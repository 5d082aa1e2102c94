package uk.ks1.reporting.http;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.writer.CommitSummary;

/**
 * The store's version as the server knows it: bumped after every committed batch, so ETags cost a
 * counter read instead of a query. The boot id keeps an ETag from an earlier run from matching.
 */
public final class StoreVersion implements StoreListener {
  private final String boot = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong version = new AtomicLong();
  private final Runnable onChange;

  public StoreVersion(Runnable onChange) {
    this.onChange = onChange;
  }

  public long current() {
    return version.get();
  }

  public String tag() {
    return boot + "-" + version.get();
  }

  @Override
  public void committed(CommitSummary summary) {
    if (!summary.isEmpty()) {
      rewritten();
    }
  }

  /** Every answer read before is out of date (a retirement deleted identities). */
  @Override
  public void rewritten() {
    version.incrementAndGet();
    onChange.run();
  }
}
