package uk.ks1.app.load;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * A batch load: starts the pipeline, stages the files into the inbox, waits until every one has
 * reached the store or been rejected, refreshes the analysts' snapshot, and stops. What {@code
 * ./ks1 load} and the benchmarks run.
 */
public final class Loader {
  /**
   * How the load went: the waiter's counts, how long start-up and the load itself took, and the CPU
   * the process used during the load (-1 where the JVM cannot tell).
   */
  public record Outcome(LoadWaiter waiter, long startupNanos, long loadNanos, long loadCpuNanos) {}

  /** Runs once the load is done, while the store is still open (to print a summary, say). */
  @FunctionalInterface
  public interface AtEnd {
    void run(Pipeline pipeline, LoadWaiter waiter) throws Exception;
  }

  private Loader() {}

  public static Outcome load(
      Ks1Config config,
      List<LoadPlan.Item> items,
      Duration stall,
      IntConsumer progress,
      StoreListener alsoTell,
      AtEnd atEnd)
      throws Exception {
    return load(config, Registered.collections(), items, stall, progress, alsoTell, atEnd);
  }

  /** The same for the given collections (a test registers one of its own this way). */
  public static Outcome load(
      Ks1Config config,
      CollectionRegistry collections,
      List<LoadPlan.Item> items,
      Duration stall,
      IntConsumer progress,
      StoreListener alsoTell,
      AtEnd atEnd)
      throws Exception {
    LoadWaiter waiter = new LoadWaiter();
    long started = System.nanoTime();
    try (Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), waiter, collections)) {
      if (alsoTell != null) {
        pipeline.onCommit(alsoTell);
      }
      long ready = System.nanoTime();
      long cpuAtReady = ProcessCpu.nanos();
      for (LoadPlan.Item item : items) {
        Staging.Staged staged = Staging.prepare(item.file(), config.inbox(), item.la());
        waiter.expect(item.la(), staged.target());
        staged.publish();
      }
      waiter.await(items.size(), stall, pipeline::failure, progress);
      long loaded = System.nanoTime();
      long cpu = cpuAtReady < 0 ? -1 : ProcessCpu.nanos() - cpuAtReady;
      pipeline.publishSnapshotNow();
      if (atEnd != null) {
        atEnd.run(pipeline, waiter);
      }
      return new Outcome(waiter, ready - started, loaded - ready, cpu);
    }
  }
}
