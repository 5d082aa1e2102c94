package uk.ks1.app.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import uk.ks1.app.CommandInputException;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.generate.CollectionGenerator;
import uk.ks1.app.generate.Manifest;
import uk.ks1.app.load.LoadPlan;
import uk.ks1.app.load.Loader;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionDefinition;

/**
 * {@code ./ks1 bench national}: generates (or reuses) a collection, times the parse floor, then
 * loads it end to end in this JVM, and reports both, their ratio, pupils per second, peak heap, the
 * store's time per file early and late in the load, and whether the figures equal the manifest.
 */
public final class NationalBench {
  /** What to run: the collection's options and the collections in it (each with a sample). */
  public record Options(
      Path work,
      double scale,
      long seed,
      int year,
      double errors,
      String formats,
      List<CollectionDefinition> collections) {
    public Options {
      collections = List.copyOf(collections);
    }

    /** Of every registered collection that can be generated. */
    public Options(Path work, double scale, long seed, int year, double errors, String formats) {
      this(
          work,
          scale,
          seed,
          year,
          errors,
          formats,
          CollectionChoice.generatable(Registered.collections()));
    }

    List<String> ids() {
      return collections.stream().map(CollectionDefinition::id).toList();
    }
  }

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

    out.println("Parse floors: one bare StAX pass over the CTFs, one thread, with each parser...");
    ParseFloor.measure(collection); // warm the page cache and the JIT, as the load will find them
    ParseFloor.Result floor = ParseFloor.measure(collection);
    ParseFloor.measure(collection, ParseFloor.jdk());
    ParseFloor.Result jdkFloor = ParseFloor.measure(collection, ParseFloor.jdk());

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
    Map<String, List<String>> diffsBy = new LinkedHashMap<>();
    for (CollectionDefinition d : o.collections()) {
      diffsBy.put(
          d.id(),
          ManifestCheck.differences(Ks1Config.storeIn(data), manifest.collection(d.id()), d));
    }
    List<String> diffs =
        diffsBy.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(d -> e.getKey() + " " + d))
            .toList();
    Manifest.Collection first = manifest.collection(o.collections().get(0).id());

    // the floor to the millisecond: a small collection (the tests') parses in a few of them
    double floorS = floor.nanos() / 1e9;
    double jdkFloorS = jdkFloor.nanos() / 1e9;
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
        first.schools(),
        manifest.pupilsInFiles(),
        floor.bytes() / 1e6);
    if (o.collections().size() > 1) {
      for (CollectionDefinition d : o.collections()) {
        Manifest.Collection c = manifest.collection(d.id());
        out.printf(
            Locale.ROOT,
            "  %-40s  %d files, %,d pupils%n",
            d.name() + " (" + d.id() + ")",
            c.files(),
            c.pupilsInFiles());
      }
    }
    out.printf(
        Locale.ROOT,
        "  parse floor (one StAX pass, one thread)   %6.3f s  (%.0f MB/s; the intake's parser)%n",
        floorS,
        floor.bytes() / 1e6 / floorS);
    out.printf(
        Locale.ROOT,
        "  JDK-StAX floor (the fixed reference)      %6.3f s  (%.0f MB/s; the JDK's built-in"
            + " StAX)%n",
        jdkFloorS,
        jdkFloor.bytes() / 1e6 / jdkFloorS);
    out.printf(
        Locale.ROOT,
        "  load, first file staged to final figures  %6.2f s  = %.2fx the floor, %.2fx the"
            + " JDK-StAX floor, %,.0f pupils/s%n",
        loadS,
        loadS / floorS,
        loadS / jdkFloorS,
        manifest.pupilsInFiles() / loadS);
    if (outcome.loadCpuNanos() >= 0) {
      out.printf(
          Locale.ROOT,
          "  CPU used during the load, every thread    %6.1f s  (%.2f cores busy; %.2f s per"
              + " 100,000 pupil records)%n",
          outcome.loadCpuNanos() / 1e9,
          outcome.loadCpuNanos() / (double) outcome.loadNanos(),
          outcome.loadCpuNanos() / 1e9 / (manifest.pupilsInFiles() / 100_000.0));
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
          first.regions().size(), first.las().size());
    } else {
      out.println("  figures equal the manifest: NO");
      diffs.stream().limit(10).forEach(d -> out.println("    " + d));
    }
    if (o.collections().size() > 1) {
      // each collection's own verdict, in the order generated
      for (CollectionDefinition d : o.collections()) {
        Manifest.Collection c = manifest.collection(d.id());
        out.printf(
            Locale.ROOT,
            "    %s: %s (England, %d regions, %d LAs, %,d pupils)%n",
            d.id(),
            diffsBy.get(d.id()).isEmpty()
                ? "equal"
                : "NOT equal, " + diffsBy.get(d.id()).size() + " difference(s)",
            c.regions().size(),
            c.las().size(),
            c.national().pupils());
      }
    }
    return diffs.isEmpty();
  }

  /**
   * Where the collection these options describe is kept under the work folder (and reused): named
   * by its options, and by its collections when they are not every one that can be generated.
   */
  static Path collectionDir(Options o) {
    List<String> all =
        CollectionChoice.generatable(Registered.collections()).stream()
            .map(CollectionDefinition::id)
            .toList();
    String which =
        o.ids().equals(all) ? "" : "-" + String.join("+", o.ids()).toLowerCase(Locale.ROOT);
    return o.work()
        .resolve(
            String.format(
                Locale.ROOT,
                "collection-%s-%d-%d-%s-%s%s",
                o.scale(),
                o.seed(),
                o.year(),
                o.errors(),
                o.formats().replace(',', '+'),
                which));
  }

  /**
   * The collection in {@code collection}: reused when its manifest is there and holds exactly the
   * collections asked for, each with its figures as counts, else generated again. A manifest of a
   * generator from before manifests held several collections is the default collection's (the only
   * one generated then); one from before figures were a collection's counts is not reused.
   */
  static Manifest collection(Options o, Path collection, PrintStream out) throws Exception {
    if (Files.exists(collection.resolve(Manifest.FILE))) {
      Manifest m = Manifest.read(collection, Registered.defaultCollection().id());
      if (m.holdsExactly(o.ids())) {
        out.println("Reusing " + collection);
        return m;
      }
      out.println(
          "The manifest in "
              + collection
              + " is an older generator's or of other collections ("
              + String.join(", ", m.collections().keySet())
              + "): generating again");
    }
    delete(collection);
    out.println("Generating " + collection + "...");
    return new CollectionGenerator(o.collections())
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
