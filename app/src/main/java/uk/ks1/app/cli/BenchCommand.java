package uk.ks1.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.ks1.app.bench.NationalBench;

/** {@code ./ks1 bench national}: the benchmarks whose latest figures README keeps. */
@Command(
    name = "bench",
    description = "Benchmarks (see README for the latest figures).",
    subcommands = {
      BenchCommand.National.class,
      BenchCommand.Latency.class,
      BenchCommand.SnapshotLag.class,
      BenchCommand.Published.class
    })
public final class BenchCommand {
  /** Generate (or reuse) a collection, time the parse floor and the load, check the figures. */
  @Command(
      name = "national",
      description = "Load a national-scale collection and compare with the parse floor.")
  static final class National implements Callable<Integer> {
    @Mixin CollectionOptions collection;

    @Option(
        names = "--work",
        defaultValue = "data/bench",
        description = "Where collections and the bench store go (default: ${DEFAULT-VALUE})")
    Path work;

    @Override
    public Integer call() throws Exception {
      boolean equal =
          NationalBench.run(
              new NationalBench.Options(
                  work,
                  collection.scale,
                  collection.seed,
                  collection.year,
                  collection.errors,
                  collection.formats,
                  collection.collectionList()),
              System.out);
      return equal ? 0 : 1;
    }
  }

  /** With the service running and files arriving, how soon a dropped file shows nationally. */
  @Command(
      name = "latency",
      description =
          "Time from dropping a school's file to its school's figures in the API, every collection arriving.")
  static final class Latency implements Callable<Integer> {
    @Option(
        names = "--probes",
        defaultValue = "100",
        description = "Files timed (default: ${DEFAULT-VALUE})")
    int probes;

    @Option(
        names = "--warmup",
        defaultValue = "30",
        description =
            "Seconds of background arrivals before the first probe, so the service is measured"
                + " warm, as it runs all day (default: ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(
        names = "--background",
        defaultValue = "10",
        description = "Other files arriving per second meanwhile (default: ${DEFAULT-VALUE})")
    double background;

    @Option(
        names = "--seed",
        defaultValue = "7",
        description = "Same seed, same files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
        names = "--work",
        defaultValue = "data/bench",
        description = "Where the collection and the service's data go (default: ${DEFAULT-VALUE})")
    Path work;

    @Override
    public Integer call() throws Exception {
      uk.ks1.app.bench.LatencyBench.run(
          new uk.ks1.app.bench.LatencyBench.Options(work, probes, background, warmupSeconds, seed),
          System.out);
      return 0;
    }
  }

  /** How far the analysts' snapshot trails a national store while files keep arriving. */
  @Command(
      name = "snapshot",
      description =
          "Time from a school's file committed in a national store to the analysts' snapshot"
              + " showing it.")
  static final class SnapshotLag implements Callable<Integer> {
    @Option(
        names = "--scale",
        defaultValue = "1.0",
        description =
            "The store's size, 1.0 = England; the collection bench national uses (default:"
                + " ${DEFAULT-VALUE})")
    double scale;

    @Option(
        names = "--probes",
        defaultValue = "40",
        description = "Files timed (default: ${DEFAULT-VALUE})")
    int probes;

    @Option(
        names = "--background",
        defaultValue = "5",
        description =
            "Other schools' files sent again per second meanwhile (default: ${DEFAULT-VALUE})")
    double background;

    @Option(
        names = "--warmup",
        defaultValue = "15",
        description =
            "Seconds of background arrivals before the first probe (default: ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(
        names = "--seed",
        defaultValue = "7",
        description = "Same seed, same probes (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
        names = "--work",
        defaultValue = "data/bench",
        description = "Where the collection and the store go (default: ${DEFAULT-VALUE})")
    Path work;

    @Override
    public Integer call() throws Exception {
      uk.ks1.app.bench.SnapshotBench.run(
          new uk.ks1.app.bench.SnapshotBench.Options(
              work, scale, probes, background, warmupSeconds, seed),
          System.out);
      return 0;
    }
  }

  /** How long the published view takes on a store: afresh, and revised with nothing changed. */
  @Command(
      name = "published",
      description =
          "Time the published view (disclosure control) of each collection on a store: worked out"
              + " afresh, and revised with nothing changed.")
  static final class Published implements Callable<Integer> {
    @Option(
        names = "--data",
        defaultValue = "data/bench/data",
        description =
            "The data folder whose store is read (default: ${DEFAULT-VALUE}, the store bench"
                + " national leaves)")
    Path data;

    @Option(
        names = "--repeats",
        defaultValue = "3",
        description = "Revisions timed, the best kept (default: ${DEFAULT-VALUE})")
    int repeats;

    @Override
    public Integer call() throws Exception {
      ReadOnlyStore.read(
          data,
          (c, snapshot) ->
              uk.ks1.app.bench.PublishedBench.run(
                  c, uk.ks1.app.pipeline.Registered.collections().all(), repeats, System.out));
      return 0;
    }
  }
}
