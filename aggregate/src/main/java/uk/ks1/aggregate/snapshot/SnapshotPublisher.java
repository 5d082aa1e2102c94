package uk.ks1.aggregate.snapshot;

import java.nio.file.Path;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.CommitSummary;

/**
 * Keeps the analysts' snapshot close behind the store: a committed batch marks it stale, and a
 * single background thread refreshes it at most every {@code interval} ms, and never sooner after a
 * refresh than that refresh took, so a busy load costs at most half a core, not one copy per batch.
 * A small store is copied in well under a second; a national one (630,000 pupils) takes about 3 s
 * on a 2-core machine, so its snapshot trails by up to twice that.
 */
public final class SnapshotPublisher implements StoreListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);

  private final Store store;
  private final Path dir;
  private final AtomicBoolean stale = new AtomicBoolean(true);
  private final ScheduledThreadPoolExecutor thread =
      new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "ks1-snapshot"));

  private final long intervalMillis;

  public SnapshotPublisher(Store store, Path dir, long intervalMillis) {
    this.store = store;
    this.dir = dir;
    this.intervalMillis = intervalMillis;
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // close() refreshes itself
    thread.schedule(this::refreshAndReschedule, 0, TimeUnit.MILLISECONDS);
  }

  private void refreshAndReschedule() {
    long start = System.nanoTime();
    refreshIfStale();
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    try {
      thread.schedule(
          this::refreshAndReschedule, Math.max(intervalMillis, took), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closing) {
      // close() has run: its own last refresh follows
    }
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
