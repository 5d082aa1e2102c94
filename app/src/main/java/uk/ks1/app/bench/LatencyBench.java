package uk.ks1.app.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.generate.CollectionGenerator;
import uk.ks1.app.generate.Manifest;
import uk.ks1.app.load.LoadPlan;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.http.ReportingConfig;
import uk.ks1.reporting.http.ReportingServer;

/**
 * {@code ./ks1 bench latency}: the service running (every role, embedded broker, HTTP), a steady
 * background of arriving school files, and probe files dropped one at a time: the time from a
 * probe's drop (written with a fresh modification time, so the inbox's settle time applies as for a
 * real drop) until {@code /api/national} is served from a store that holds it.
 */
public final class LatencyBench {
  /** What to run. */
  public record Options(
      Path work, int probes, double backgroundPerSecond, int warmupSeconds, long seed) {}

  /** A tenth of England: enough background files for the warm-up and the probes at 10 a second. */
  private static final double SCALE = 0.1;

  private LatencyBench() {}

  private static final long PROBE_TIMEOUT_NANOS = 30_000_000_000L;

  public static void run(Options o, PrintStream out) throws Exception {
    // every collection an LA pools arrives at once, as in the summer: KS1, phonics and EYFSP
    List<CollectionDefinition> every = CollectionChoice.generatable(Registered.collections());
    Path collection =
        o.work().resolve("latency-collections-" + SCALE + "-" + o.seed() + "-" + every.size());
    if (!Files.exists(collection.resolve(Manifest.FILE))) {
      out.println("Generating " + collection + "...");
      new CollectionGenerator(every)
          .generate(
              new CollectionGenerator.Options(
                  collection, SCALE, 2023, o.seed(), 0.01, List.of("ctf")),
              n -> {},
              n -> {});
    }
    List<LoadPlan.Item> files = new ArrayList<>(LoadPlan.of(List.of(collection)).items());
    Collections.shuffle(files, new Random(o.seed()));
    // probes only from files in their own school's LA folder (the generator puts a few in another
    // LA's folder, where they are rejected and never show); the rest arrive in the background
    List<LoadPlan.Item> probes =
        files.stream().filter(LatencyBench::inItsOwnFolder).limit(o.probes()).toList();
    List<LoadPlan.Item> background = new ArrayList<>(files);
    background.removeAll(probes);

    Path data = o.work().resolve("latency-data");
    NationalBench.delete(data);
    Ks1Config config = Ks1Config.withDefaults(data, 2023);
    List<Long> latencies = new ArrayList<>();
    List<Long> ingested = new ArrayList<>();
    List<Long> stored = new ArrayList<>();
    List<Long> answers = new ArrayList<>();
    Map<String, List<Long>> byCollection = new TreeMap<>();
    CommitTimes commits = new CommitTimes();
    AtomicInteger arrived = new AtomicInteger();
    try (Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null)) {
      ReportingServer server =
          new ReportingServer(
              Registered.collections(),
              pipeline.store(),
              new ReportingConfig("127.0.0.1", 0, AccessTokens.none(), 2023));
      pipeline.onCommit(server.listener());
      pipeline.onCommit(commits);
      // as ./ks1 run: the analysts' snapshot kept up to date too, with the CPU that costs
      pipeline.publishSnapshots(Pipeline.SERVICE_SNAPSHOT_INTERVAL_MILLIS);
      server.start();
      HttpClient http = HttpClient.newHttpClient();
      Thread feeder =
          feeder(background, o.backgroundPerSecond(), arrived, f -> drop(f, config.inbox()));
      try {
        // the JIT compiles and the store warms while the background arrives: a service is
        // measured as it runs all day, not in its first seconds
        Thread.sleep(o.warmupSeconds() * 1000L);
        Random random = new Random(o.seed());
        for (LoadPlan.Item probe : probes) {
          String laestab = probe.file().getFileName().toString().substring(0, 7);
          String probed = collectionOf(probe, every);
          long t0 = System.nanoTime();
          Path waiting = drop(probe, config.inbox());
          boolean left = false;
          // polling as a dashboard does, with the ETag of its last answer (a 304 until the
          // store changes), only far more often than a dashboard would
          Poll poll =
              new Poll(
                  http, server.baseUrl() + "/api/schools/" + laestab + "?collection=" + probed);
          long asked = System.nanoTime();
          long deadline = t0 + PROBE_TIMEOUT_NANOS;
          while (poll.next() != 200) {
            asked = System.nanoTime();
            if (asked > deadline) {
              throw new IllegalStateException(
                  probe.file().getFileName() + " did not show in the API within 30 s");
            }
            if (!left && !Files.exists(waiting)) {
              left = true;
              ingested.add(System.nanoTime() - t0);
            }
            Thread.sleep(5);
          }
          answers.add(System.nanoTime() - asked);
          if (status(http, server.baseUrl() + "/api/national") != 200) {
            throw new IllegalStateException("/api/national failed");
          }
          latencies.add(System.nanoTime() - t0);
          byCollection.computeIfAbsent(probed, k -> new ArrayList<>()).add(System.nanoTime() - t0);
          commits
              .storedAt(probe.file().getFileName().toString())
              .ifPresent(t -> stored.add(t - t0));
          Thread.sleep(200 + random.nextInt(300));
        }
      } finally {
        feeder.interrupt();
        feeder.join();
        server.close();
      }
    }
    Collections.sort(latencies);
    out.printf(
        Locale.ROOT,
        "%nLatency benchmark: %d probes (%s) after %d s of warm-up, background %.1f files/s of"
            + " every collection (%d arrived during the run)%n",
        latencies.size(),
        probedBy(probes, every),
        o.warmupSeconds(),
        o.backgroundPerSecond(),
        arrived.get());
    out.printf(
        Locale.ROOT,
        "  drop to its school's figures in the API (then /api/national, same store): p50 %d ms, p95 %d ms, max %d ms%n",
        ms(latencies, 0.5),
        ms(latencies, 0.95),
        latencies.get(latencies.size() - 1) / 1_000_000);
    StringBuilder each = new StringBuilder();
    byCollection.forEach(
        (name, times) -> {
          Collections.sort(times);
          each.append(
              String.format(
                  Locale.ROOT,
                  "%s%s p50 %d ms, p95 %d ms",
                  each.length() == 0 ? "" : "; ",
                  name,
                  ms(times, 0.5),
                  ms(times, 0.95)));
        });
    out.printf(Locale.ROOT, "  by collection: %s%n", each);
    Collections.sort(ingested);
    if (!ingested.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  of which drop to file sent on (left the inbox): p50 %d ms, p95 %d ms%n",
          ms(ingested, 0.5),
          ms(ingested, 0.95));
    }
    Collections.sort(stored);
    if (!stored.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  of which drop to figures committed in the store: p50 %d ms, p95 %d ms%n",
          ms(stored, 0.5),
          ms(stored, 0.95));
    }
    Collections.sort(answers);
    out.printf(
        Locale.ROOT,
        "  the school's figures answered (first request after the change): p50 %d ms, p95 %d ms%n",
        ms(answers, 0.5),
        ms(answers, 0.95));
    out.printf(
        Locale.ROOT,
        "  (includes the inbox's settle time of %d ms, during which a file must not change)%n",
        Ks1Config.DEFAULT_SETTLE_MILLIS);
  }

  /** The {@code q} quantile of sorted nanoseconds, in milliseconds. */
  static long ms(List<Long> sorted, double q) {
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1_000_000;
  }

  /** How a feeder drops one file into the inbox. */
  interface Drop {
    void drop(LoadPlan.Item item) throws Exception;
  }

  /** A daemon thread dropping {@code files} in turn, {@code perSecond} of them a second. */
  static Thread feeder(
      List<LoadPlan.Item> files, double perSecond, AtomicInteger arrived, Drop drop) {
    long gapNanos = (long) (1e9 / perSecond);
    Thread t =
        new Thread(
            () -> {
              long next = System.nanoTime();
              for (LoadPlan.Item f : files) {
                try {
                  drop.drop(f);
                  arrived.incrementAndGet();
                  next += gapNanos;
                  long wait = next - System.nanoTime();
                  if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  }
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
            },
            "ks1-bench-feeder");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** A drop as a school's system makes it: the file appears with the time of writing. */
  private static Path drop(LoadPlan.Item item, Path inbox) throws Exception {
    // a new file written now, as a school's system writes one (a copy: the collection stays as it
    // is), under a hidden name and then renamed into place
    Path dir = Files.createDirectories(inbox.resolve(item.la()));
    Path target = dir.resolve(item.file().getFileName().toString());
    Path hidden = dir.resolve("." + target.getFileName() + ".loading");
    Files.copy(item.file(), hidden, StandardCopyOption.REPLACE_EXISTING);
    Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** "KS1_TA 34, PHONICS 33, EYFSP 33": the probes by collection. */
  private static String probedBy(List<LoadPlan.Item> probes, List<CollectionDefinition> every) {
    java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
    every.forEach(d -> n.put(d.id(), 0));
    probes.forEach(p -> n.merge(collectionOf(p, every), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    n.forEach((id, count) -> parts.add(id + " " + count));
    return String.join(", ", parts);
  }

  /** The collection a generated file is of, by the token in its name (KS1, PHO, FSP). */
  static String collectionOf(LoadPlan.Item item, List<CollectionDefinition> collections) {
    String[] parts = item.file().getFileName().toString().split("_");
    String token = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "";
    for (CollectionDefinition d : collections) {
      if (d.intake().fileNameTokens().contains(token)) {
        return d.id();
      }
    }
    throw new IllegalStateException("No collection's file-name token in " + item.file());
  }

  static boolean inItsOwnFolder(LoadPlan.Item item) {
    return item.file().getFileName().toString().startsWith(item.la());
  }

  /** One URL polled with If-None-Match, as a dashboard polls. */
  private static final class Poll {
    private final HttpClient http;
    private final String url;
    private String etag;

    Poll(HttpClient http, String url) {
      this.http = http;
      this.url = url;
    }

    int next() throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      HttpResponse<Void> r = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
      etag = r.headers().firstValue("ETag").orElse(etag);
      return r.statusCode();
    }
  }

  private static int status(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
