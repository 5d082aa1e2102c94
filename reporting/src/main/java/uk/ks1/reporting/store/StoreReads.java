package uk.ks1.reporting.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import uk.ks1.aggregate.store.Store;

/**
 * Read access to the store for the HTTP threads: each read gets its own DuckDB connection (a
 * duplicate of the writer's, so it sees every committed batch) and is timed for {@code /metrics}.
 * Reporting only ever SELECTs: the aggregate role is the one writer.
 */
public final class StoreReads {
  /** A read: a connection in, a result out. */
  @FunctionalInterface
  public interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  /** A read's answer for a store version: complete, or still being read by another thread. */
  private record Cached(long version, CompletableFuture<Object> value) {}

  /** Answers kept at most; answers of older versions go first. */
  static final int MAX_CACHED = 1024;

  private final Store store;
  private final LongSupplier version;
  private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();
  private final Timer latency;

  /** {@code version} moves on with every committed batch: cached reads older than it are redone. */
  public StoreReads(Store store, LongSupplier version, MeterRegistry registry) {
    this.store = store;
    this.version = version;
    this.latency =
        Timer.builder("ks1.store.read")
            .description("Time to answer one read of the store")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
  }

  public <T> T read(Read<T> read) {
    long started = System.nanoTime();
    try (Connection c = store.reader()) {
      return read.apply(c);
    } catch (SQLException e) {
      throw new StoreReadException(e);
    } finally {
      latency.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  /**
   * A read whose answer depends only on the store's contents, done once per store version: hundreds
   * of dashboards asking for the same figures between two batches cost one query, and those asking
   * at once after a batch wait for the one read already under way (not one read each).
   */
  @SuppressWarnings("unchecked")
  public <T> T cached(String key, Read<T> read) {
    long v = version.getAsLong(); // before the read: a batch committed meanwhile redoes it
    while (true) {
      Cached hit = cache.get(key);
      if (hit != null && hit.version() >= v) {
        return (T) join(hit.value()); // a read of this version (or a later one) is, or was, done
      }
      Cached mine = new Cached(v, new CompletableFuture<>());
      boolean claimed =
          hit == null ? cache.putIfAbsent(key, mine) == null : cache.replace(key, hit, mine);
      if (!claimed) {
        continue; // another thread claimed the read first: wait for its answer
      }
      try {
        T value = read(read);
        mine.value().complete(value);
        evictIfFull(v);
        return value;
      } catch (RuntimeException | Error e) {
        cache.remove(key, mine); // not kept: the next request tries again
        mine.value().completeExceptionally(e);
        throw e;
      }
    }
  }

  private static Object join(CompletableFuture<Object> answer) {
    try {
      return answer.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // the reading thread's own failure, as it saw it
      }
      throw e;
    }
  }

  /** Over the limit: answers of older versions go; if every answer is current, all go. */
  private void evictIfFull(long current) {
    if (cache.size() <= MAX_CACHED) {
      return;
    }
    cache.values().removeIf(c -> c.version() < current && c.value().isDone());
    if (cache.size() > MAX_CACHED) {
      cache.values().removeIf(c -> c.value().isDone());
    }
  }

  /** A store read failed; the server answers 500 with the reason, never a stack of pupil data. */
  public static final class StoreReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreReadException(SQLException e) {
      super("The store could not be read: " + e.getMessage(), e);
    }
  }
}
