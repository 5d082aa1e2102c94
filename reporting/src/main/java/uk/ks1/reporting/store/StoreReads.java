package uk.ks1.reporting.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
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

  /**
   * A read's answer for a store version: complete, or still being read by another thread; its size
   * when it is bytes (a built report), and when it was last asked for.
   */
  private record Cached(
      long version, CompletableFuture<Object> value, AtomicLong bytes, AtomicLong used) {
    Cached(long version) {
      this(version, new CompletableFuture<>(), new AtomicLong(), new AtomicLong());
    }
  }

  /** Answers kept at most; answers of older versions go first, then the least recently used. */
  static final int MAX_CACHED = 1024;

  /** Bytes of built answers (reports) kept at most: a few hundred PDFs. */
  static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

  private final Store store;
  private final LongSupplier version;
  private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();
  private final Timer latency;
  private final AtomicLong ticks = new AtomicLong();

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
  public <T> T cached(String key, Read<T> read) {
    return cachedAnswer(key, () -> read(read));
  }

  /**
   * Work whose answer depends only on the store's contents and on what {@code key} names (a report
   * built from cached reads, for one caller's view), done once per store version like {@link
   * #cached}. A {@code byte[]} answer counts towards {@link #MAX_CACHED_BYTES}.
   */
  @SuppressWarnings("unchecked")
  public <T> T cachedAnswer(String key, Supplier<T> work) {
    long v = version.getAsLong(); // before the work: a batch committed meanwhile redoes it
    while (true) {
      Cached hit = cache.get(key);
      if (hit != null && hit.version() >= v) {
        hit.used().set(ticks.incrementAndGet());
        return (T) join(hit.value()); // a read of this version (or a later one) is, or was, done
      }
      Cached mine = new Cached(v);
      boolean claimed =
          hit == null ? cache.putIfAbsent(key, mine) == null : cache.replace(key, hit, mine);
      if (!claimed) {
        continue; // another thread claimed the read first: wait for its answer
      }
      try {
        T value = work.get();
        mine.used().set(ticks.incrementAndGet());
        if (value instanceof byte[] b) {
          mine.bytes().set(b.length);
        }
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

  /** Work that revises its last answer: the answer of the latest version done, or null. */
  @FunctionalInterface
  public interface Revision<T> {
    T revise(T last);
  }

  /** The latest version's answer of each revised key, kept whatever the cache evicts. */
  private record Last(long version, Object value) {}

  private final ConcurrentMap<String, Last> last = new ConcurrentHashMap<>();

  /**
   * Work done once per store version like {@link #cachedAnswer}, given the answer of the latest
   * version done before it (null the first time): a published view that revises the last one
   * published instead of starting again.
   */
  @SuppressWarnings("unchecked")
  public <T> T revised(String key, Revision<T> work) {
    return cachedAnswer(
        key,
        () -> {
          long v = version.getAsLong();
          Last before = last.get(key);
          T value = work.revise(before == null ? null : (T) before.value());
          last.merge(
              key, new Last(v, value), (old, mine) -> mine.version() >= old.version() ? mine : old);
          return value;
        });
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

  /**
   * Over a limit: answers of older versions go; if it is still over (every answer current), the
   * least recently used go until it is within three quarters of both limits.
   */
  private void evictIfFull(long current) {
    if (!over(MAX_CACHED, MAX_CACHED_BYTES)) {
      return;
    }
    cache.values().removeIf(c -> c.version() < current && c.value().isDone());
    if (!over(MAX_CACHED, MAX_CACHED_BYTES)) {
      return;
    }
    List<Map.Entry<String, Cached>> done = new ArrayList<>();
    cache.entrySet().stream().filter(e -> e.getValue().value().isDone()).forEach(done::add);
    done.sort(Comparator.comparingLong(e -> e.getValue().used().get()));
    for (Map.Entry<String, Cached> oldest : done) {
      if (!over(MAX_CACHED * 3 / 4, MAX_CACHED_BYTES * 3 / 4)) {
        return;
      }
      cache.remove(oldest.getKey(), oldest.getValue());
    }
  }

  private boolean over(int answers, long bytes) {
    return cache.size() > answers || cachedBytes() > bytes;
  }

  /** The bytes of the built answers kept now. */
  long cachedBytes() {
    return cache.values().stream().mapToLong(c -> c.bytes().get()).sum();
  }

  /** How many answers are kept now. */
  int cachedAnswers() {
    return cache.size();
  }

  /** A store read failed; the server answers 500 with the reason, never a stack of pupil data. */
  public static final class StoreReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreReadException(SQLException e) {
      super("The store could not be read: " + e.getMessage(), e);
    }
  }
}
