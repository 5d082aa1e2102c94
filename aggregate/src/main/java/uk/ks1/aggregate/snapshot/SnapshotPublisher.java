package uk.ks1.aggregate.snapshot;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.CommitSummary;

/**
 * Keeps the analysts' snapshot within about a second of the store: a committed batch marks it
 * stale, and a single background thread refreshes it at most every {@code interval} ms, so a busy
 * load costs one refresh a second, not one per batch.
 */
public final class SnapshotPublisher implements StoreListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);

  private final Store store;
  private final Path dir;
  private final AtomicBoolean stale = new AtomicBoolean(true);
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ks1-snapshot"));

  public SnapshotPublisher(Store store, Path dir, long intervalMillis) {
    this.store = store;
    this.dir = dir;
    thread.scheduleWithFixedDelay(this::refreshIfStale, 0, intervalMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void committed(CommitSummary summary) {
    stale.set(true);
  }

  private void refreshIfStale() {
    if (stale.getAndSet(false)) {
      try {
        Snapshot.publish(store, dir);
      } catch (Exception e) {
        stale.set(true);
        LOG.warn("The analysts' snapshot could not be refreshed: {}", e.toString());
      }
    }
  }

  /** Stops refreshing after one last refresh if anything changed since the previous one. */
  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(30, TimeUnit.SECONDS);
    refreshIfStale();
  }
}
