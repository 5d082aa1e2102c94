package uk.ks1.reporting.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
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

  private final Store store;
  private final Timer latency;

  public StoreReads(Store store, MeterRegistry registry) {
    this.store = store;
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

  /** A store read failed; the server answers 500 with the reason, never a stack of pupil data. */
  public static final class StoreReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreReadException(SQLException e) {
      super("The store could not be read: " + e.getMessage(), e);
    }
  }
}
