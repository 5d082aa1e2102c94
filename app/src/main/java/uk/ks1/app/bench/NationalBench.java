package uk.ks1.app.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import uk.ks1.app.CommandInputException;
import uk.ks1.app.generate.CollectionGenerator;
import uk.ks1.app.generate.Manifest;
import uk.ks1.app.load.LoadPlan;
import uk.ks1.app.load.Loader;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Registered;

/**
 * {@code ./ks1 bench national}: generates (or reuses) a collection, times the parse floor, then
 * loads it end to end in this JVM, and reports both, their ratio, pupils per second, peak heap, the
 * store's time per file early and late in the load, and whether the figures equal the manifest.
 */
public final class NationalBench {
  /** What to run. */
  public record Options(
      Path work, double scale, long seed, int year, double errors, String formats) {}

  private NationalBench() {}

  /**
   * Runs the benchmark, prints the report, and returns true when the figures equal the manifest.
   */
  public static boolean run(Options o, PrintStream out) throws Exception {
    if (!o.formats().strip().equalsIgnoreCase("ctf")) {
      // the parse floor is one StAX pass over CTFs: other formats would have no floor to compare
      throw new CommandInputException(
          "bench national measures CTF collections only (--formats ctf): the parse floor is a"
              + " StAX pass over CTFs");
    }
    Path collection = collectionDir(o);
    Manifest manifest = collection(o, collection, out);

    out.println("Parse floor: one bare StAX pass over the CTFs, one thread...");
    ParseFloor.measure(collection); // warm the page cache and the JIT, as the load will find them
    ParseFloor.Result floor = ParseFloor.measure(collection);

    Path data = o.work().resolve("data");
    delete(data);
    StoreTimings timings = new StoreTimings();
    List<LoadPlan.Item> items = LoadPlan.of(List.of(collection)).items();
    out.println("Load end to end: " + items.size() + " files...");
    System.gc();
    Loader.Outcome outcome;
    long peak;
    try (HeapSampler heap = new HeapSampler()) {
      outcome =
          Loader.load(
              Ks1Config.withDefaults(data, o.year()),
              items,
              Duration.ofMinutes(5),
              done -> {},
              timings,
              null);
      peak = heap.peakBytes();
    }
    List<String> diffs =
        ManifestCheck.differences(
            Ks1Config.storeIn(data), manifest, Registered.defaultCollection());

    // the floor to the millisecond: a small collection (the tests') parses in a few of them
    double floorS = floor.nanos() / 1e9;
    double loadS = outcome.loadNanos() / 1e9;
    double startS = outcome.startupNanos() / 1e9;
    out.printf(
        Locale.ROOT,
        "%nNational benchmark: scale %s, seed %d, %d, %s; %d files, %d schools, %,d pupils, %.0f MB%n",
        o.scale(),
        o.seed(),
        o.year(),
        o.formats(),
        manifest.files(),
        manifest.schools(),
        manifest.pupilsInFiles(),
        floor.bytes() / 1e6);
    out.printf(
        Locale.ROOT,
        "  parse floor (one StAX pass, one thread)   %6.3f s  (%.0f MB/s)%n",
        floorS,
        floor.bytes() / 1e6 / floorS);
    out.printf(
        Locale.ROOT,
        "  load, first file staged to final figures  %6.2f s  = %.2fx the floor, %,.0f pupils/s%n",
        loadS,
        loadS / floorS,
        manifest.pupilsInFiles() / loadS);
    if (outcome.loadCpuNanos() >= 0) {
      out.printf(
          Locale.ROOT,
          "  CPU used during the load, every thread    %6.1f s  (%.2f cores busy)%n",
          outcome.loadCpuNanos() / 1e9,
          outcome.loadCpuNanos() / (double) outcome.loadNanos());
    }
    out.printf(
        Locale.ROOT,
        "  start-up before that (broker, store)      %6.1f s  (end to end %.1f s)%n",
        startS,
        startS + loadS);
    out.printf(
        Locale.ROOT,
        "  peak heap                                 %6.0f MB of %.0f MB%n",
        peak / 1048576.0,
        HeapSampler.maxHeapBytes() / 1048576.0);
    out.printf(
        Locale.ROOT,
        "  store time per file: first 10%% %.2f ms, last 10%% %.2f ms (%s)%n",
        timings.msPerSubmission(0, 0.1),
        timings.msPerSubmission(0.9, 1.0),
        timings.batchSizes());
    out.printf(
        Locale.ROOT,
        "  files: %d accepted, %d rejected (manifest: %d rejected)%n",
        outcome.waiter().accepted(),
        outcome.waiter().rejected(),
        manifest.rejectedFiles());
    if (diffs.isEmpty()) {
      out.printf(
          "  figures equal the manifest: yes (England, %d regions, %d LAs)%n",
          manifest.regions().size(), manifest.las().size());
    } else {
      out.println("  figures equal the manifest: NO");
      diffs.stream().limit(10).forEach(d -> out.println("    " + d));
    }
    return diffs.isEmpty();
  }

  /** Where the collection these options describe is kept under the work folder (and reused). */
  static Path collectionDir(Options o) {
    return o.work()
        .resolve(
            String.format(
                Locale.ROOT,
                "collection-%s-%d-%d-%s-%s",
                o.scale(),
                o.seed(),
                o.year(),
                o.errors(),
                o.formats().replace(',', '+')));
  }

  /**
   * The collection in {@code collection}: reused when its manifest is there and of this generator
   * (a manifest written before the figures were a collection's counts is not), else generated.
   */
  static Manifest collection(Options o, Path collection, PrintStream out) throws Exception {
    if (Files.exists(collection.resolve(Manifest.FILE))) {
      Manifest m = Manifest.read(collection);
      if (m.national() != null && m.national().counts() != null) {
        out.println("Reusing " + collection);
        return m;
      }
      out.println("The manifest in " + collection + " is an older generator's: generating again");
    }
    delete(collection);
    out.println("Generating " + collection + "...");
    return new CollectionGenerator(Registered.defaultCollection())
        .generate(
            new CollectionGenerator.Options(
                collection,
                o.scale(),
                o.year(),
                o.seed(),
                o.errors(),
                List.of(o.formats().split(","))),
            total -> {},
            done -> {});
  }

  static void delete(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
