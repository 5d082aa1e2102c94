package uk.ks1.aggregate.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * The first refresh copies the store whole; later ones start from the last copy and copy only the
 * pupil records of submissions that came or went ({@link Snapshot#refresh}), so a national store
 * (630,000 pupils) is refreshed in a fraction of the time its whole copy takes.
 *
 * <p>The Parquet files follow at their own pace, on a thread of their own, from a copy of the last
 * snapshot: written with each refresh, they took longer than the refresh itself on a national store
 * and held the next one back by as much.
 */
public final class SnapshotPublisher implements StoreListener, AutoCloseable {
  /** The Parquet files' pace in the service: they follow the DuckDB copy within about this. */
  public static final long PARQUET_INTERVAL_MILLIS = 30_000;

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);

  private final Store store;
  private final Path dir;
  private final long intervalMillis;
  private final long parquetIntervalNanos;
  private final AtomicBoolean stale = new AtomicBoolean(true);
  private final ScheduledThreadPoolExecutor thread =
      new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "ks1-snapshot"));

  /** One Parquet write at a time; a refresh that finds one running leaves the next to later. */
  private final ExecutorService parquetThread =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "ks1-snapshot-parquet"));

  private final AtomicBoolean parquetBusy = new AtomicBoolean();

  /** Whether the Parquet files are behind the DuckDB copy. */
  private final AtomicBoolean parquetStale = new AtomicBoolean();

  private volatile long parquetStartedAt;

  /**
   * The size of the snapshot after this publisher's last whole copy (-1 before its first: a base
   * left by an earlier process is not trusted to come from this store). Refreshes start from the
   * last copy; the rows they delete stay in the file until DuckDB reuses their space, so once it
   * has doubled the next refresh copies the store whole again. Only the refreshing thread (or
   * close, after it) touches it.
   */
  private long wholeCopyBytes = -1;

  public SnapshotPublisher(Store store, Path dir, long intervalMillis) {
    this(store, dir, intervalMillis, PARQUET_INTERVAL_MILLIS);
  }

  /** A publisher with the Parquet files at their own pace (tests use a short one). */
  public SnapshotPublisher(Store store, Path dir, long intervalMillis, long parquetIntervalMillis) {
    this.store = store;
    this.dir = dir;
    this.intervalMillis = intervalMillis;
    this.parquetIntervalNanos = TimeUnit.MILLISECONDS.toNanos(parquetIntervalMillis);
    this.parquetStartedAt = System.nanoTime() - parquetIntervalNanos; // the first is due at once
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // close() refreshes itself
    thread.schedule(this::refreshAndReschedule, 0, TimeUnit.MILLISECONDS);
  }

  private void refreshAndReschedule() {
    long start = System.nanoTime();
    refreshIfStale();
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    startParquetIfDue();
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
        long base = Snapshot.baseBytes(dir);
        boolean whole = wholeCopyBytes < 0 || base < 0 || base > 2 * wholeCopyBytes;
        Snapshot.refresh(store, dir, whole);
        if (whole) {
          wholeCopyBytes = Snapshot.baseBytes(dir);
        }
        parquetStale.set(true);
      } catch (Exception e) {
        stale.set(true);
        LOG.warn("The analysts' snapshot could not be refreshed: {}", e.toString());
      }
    }
  }

  /** On the refreshing thread, between refreshes: the base cannot change while it is copied. */
  private void startParquetIfDue() {
    if (!parquetStale.get()
        || System.nanoTime() - parquetStartedAt < parquetIntervalNanos
        || !parquetBusy.compareAndSet(false, true)) {
      return;
    }
    try {
      parquetStale.set(false);
      parquetStartedAt = System.nanoTime();
      Path source = Snapshot.parquetSource(dir);
      parquetThread.execute(() -> writeParquet(source));
    } catch (Exception | Error e) {
      parquetStale.set(true);
      parquetBusy.set(false);
      LOG.warn("The analysts' Parquet files could not be refreshed: {}", e.toString());
    }
  }

  private void writeParquet(Path source) {
    try {
      Snapshot.writeParquet(source, dir, store.collections());
      Files.deleteIfExists(source);
    } catch (Exception e) {
      parquetStale.set(true);
      LOG.warn("The analysts' Parquet files could not be refreshed: {}", e.toString());
    } finally {
      parquetBusy.set(false);
    }
  }

  /** Stops refreshing after one last refresh, and Parquet files, if anything changed since. */
  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(30, TimeUnit.SECONDS);
    parquetThread.shutdown();
    parquetThread.awaitTermination(30, TimeUnit.SECONDS);
    refreshIfStale();
    if (parquetStale.get()) {
      try {
        writeParquet(Snapshot.parquetSource(dir));
      } catch (IOException e) {
        LOG.warn("The analysts' Parquet files could not be refreshed: {}", e.toString());
      }
    }
  }
}
