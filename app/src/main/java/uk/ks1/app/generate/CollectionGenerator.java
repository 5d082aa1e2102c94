package uk.ks1.app.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import uk.ks1.app.CommandInputException;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.LocalAuthority;

/**
 * A synthetic collection laid out as {@code <LA>/<files>}: every current LA, realistic school
 * sizes, results drawn per LA from the published percentages, a chosen rate of realistic mistakes,
 * and {@code manifest.json} with the figures a correct load must give. The same options and seed
 * always give the same files.
 */
public final class CollectionGenerator {
  /** About 16,000 schools with the year group at scale 1.0 (docs/domain.md "Scale"). */
  static final int NATIONAL_SCHOOLS = 16_000;

  /** What to generate. */
  public record Options(
      Path out, double scale, int year, long seed, double errorRate, List<String> formats) {
    /** The formats it can write. */
    public static final List<String> FORMATS = List.of("ctf", "csv", "xlsx");

    public Options {
      formats = formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
      for (String f : formats) {
        if (!FORMATS.contains(f)) {
          throw new CommandInputException("Unknown format '" + f + "': use ctf, csv or xlsx");
        }
      }
    }
  }

  /** How big a school's year group is: small rural, one-form, two-form, three-form entry. */
  private static int cohort(Random r) {
    double x = r.nextDouble();
    if (x < 0.12) {
      return 6 + r.nextInt(14);
    }
    if (x < 0.55) {
      return 20 + r.nextInt(13);
    }
    if (x < 0.88) {
      return 45 + r.nextInt(16);
    }
    return 75 + r.nextInt(16);
  }

  private final CollectionDefinition collection;
  private final CollectionSample sample;

  /** A generator of the collection (its definition must have a sample). */
  public CollectionGenerator(CollectionDefinition collection) {
    this.collection = collection;
    this.sample = collection.sample().orElseThrow();
  }

  public Manifest generate(Options o, IntConsumer schoolsPlanned, IntConsumer schoolDone)
      throws Exception {
    if (!sample.hasYear(o.year())) {
      throw new CommandInputException(sample.noFiguresFor(o.year()));
    }
    Random plan = new Random(o.seed());
    List<LocalAuthority> las = new ArrayList<>(LaRegistry.standard().all());
    double[] weight = new double[las.size()];
    double sum = 0;
    for (int i = 0; i < las.size(); i++) {
      weight[i] = Math.exp(0.55 * plan.nextGaussian());
      sum += weight[i];
    }
    List<SchoolJob> jobs = new ArrayList<>();
    for (int i = 0; i < las.size(); i++) {
      LocalAuthority la = las.get(i);
      int schools = Math.max(1, (int) Math.round(NATIONAL_SCHOOLS * o.scale() * weight[i] / sum));
      Files.createDirectories(o.out().resolve(la.code()));
      for (int s = 0; s < schools; s++) {
        jobs.add(new SchoolJob(la, String.valueOf(2001 + s)));
      }
    }
    schoolsPlanned.accept(jobs.size());

    Map<String, Tally> byLa = new TreeMap<>();
    Map<String, Long> schoolsByLa = new TreeMap<>();
    Map<Mistake, Long> mistakes = new EnumMap<>(Mistake.class);
    long[] totals = new long[3]; // files, rejected files, pupils in files
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<SchoolResult>> futures = new ArrayList<>();
      for (SchoolJob job : jobs) {
        futures.add(pool.submit(() -> school(o, job, las)));
      }
      for (Future<SchoolResult> f : futures) {
        SchoolResult r = f.get();
        totals[0]++;
        totals[2] += r.pupils;
        r.mistakes.forEach((k, v) -> mistakes.merge(k, v, Long::sum));
        if (r.rejected) {
          totals[1]++;
        } else if (r.tally.pupils > 0) {
          byLa.computeIfAbsent(r.la.code(), k -> new Tally(collection)).addAll(r.tally);
          schoolsByLa.merge(r.la.code(), 1L, Long::sum);
        }
        schoolDone.accept(done.incrementAndGet());
      }
    } finally {
      pool.shutdownNow();
    }
    Manifest manifest = manifest(o, byLa, schoolsByLa, mistakes, totals, jobs.size());
    manifest.write(o.out());
    return manifest;
  }

  private record SchoolJob(LocalAuthority la, String estab) {}

  private record SchoolResult(
      LocalAuthority la, Tally tally, long pupils, boolean rejected, Map<Mistake, Long> mistakes) {}

  private SchoolResult school(Options o, SchoolJob job, List<LocalAuthority> las) {
    String laestab = job.la().code() + job.estab();
    Random r = new Random(o.seed() * 1_000_003L + laestab.hashCode());
    PupilFactory factory = new PupilFactory(o.year(), sample, job.la().region());
    List<GeneratedPupil> pupils = new ArrayList<>();
    int size = cohort(r);
    for (int i = 1; i <= size; i++) {
      pupils.add(factory.pupil(r, job.la().code(), job.estab(), i));
    }
    Map<Mistake, Long> mistakes = new EnumMap<>(Mistake.class);
    new MistakeMaker(o.errorRate(), sample).apply(pupils, r, mistakes);
    // now and then a school's file goes to another LA's folder: the whole file is rejected
    boolean wrongFolder = o.errorRate() > 0 && r.nextDouble() < o.errorRate() / 20;
    String folder = wrongFolder ? las.get(r.nextInt(las.size())).code() : job.la().code();
    if (folder.equals(job.la().code())) {
      wrongFolder = false;
    }
    String format = o.formats().get(r.nextInt(o.formats().size()));
    SchoolFile writer =
        switch (format) {
          case "csv" -> new CsvSchoolFile(sample);
          case "xlsx" -> new XlsxSchoolFile(sample);
          default -> new CtfSchoolFile(sample);
        };
    try {
      Path dir = o.out().resolve(folder);
      Files.createDirectories(dir);
      writer.write(
          dir,
          new SchoolFile.School(job.la().code(), job.estab(), schoolName(r), o.year()),
          pupils);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Tally tally = new Tally(collection);
    if (!wrongFolder) {
      for (GeneratedPupil p : pupils) {
        if (p.recordCounts) {
          tally.add(p.counting, o.year());
        }
      }
    }
    return new SchoolResult(job.la(), tally, pupils.size(), wrongFolder, mistakes);
  }

  private static final String[] PLACES = {
    "St Mary's", "Oakfield", "Brook Lane", "Hillside", "St John's C of E", "Riverside",
    "Meadowbank", "All Saints'", "Park View", "Saint Michael's RC", "Greenfield", "Church Road"
  };

  private static String schoolName(Random r) {
    String place = PLACES[r.nextInt(PLACES.length)];
    return place + (r.nextBoolean() ? " Primary School" : " Infant School");
  }

  private Manifest manifest(
      Options o,
      Map<String, Tally> byLa,
      Map<String, Long> schoolsByLa,
      Map<Mistake, Long> mistakes,
      long[] totals,
      long schools) {
    Map<String, Manifest.Figures> las = new TreeMap<>();
    Map<String, Tally> byRegion = new TreeMap<>();
    Map<String, Long> regionSchools = new TreeMap<>();
    Tally england = new Tally(collection);
    for (Map.Entry<String, Tally> e : byLa.entrySet()) {
      long n = schoolsByLa.get(e.getKey());
      las.put(e.getKey(), e.getValue().figures(n));
      String region = LaRegistry.standard().current(e.getKey()).orElseThrow().region();
      byRegion.computeIfAbsent(region, k -> new Tally(collection)).addAll(e.getValue());
      regionSchools.merge(region, n, Long::sum);
      england.addAll(e.getValue());
    }
    Map<String, Manifest.Figures> regions = new TreeMap<>();
    byRegion.forEach((k, v) -> regions.put(k, v.figures(regionSchools.get(k))));
    Map<String, Long> mistakeCounts = new TreeMap<>();
    mistakes.forEach((k, v) -> mistakeCounts.put(k.name(), v));
    mistakeCounts.put("WRONG_LA_FOLDER", totals[1]);
    long countingSchools = schoolsByLa.values().stream().mapToLong(Long::longValue).sum();
    return new Manifest(
        o.year(),
        o.scale(),
        o.seed(),
        o.errorRate(),
        o.formats(),
        totals[0],
        totals[1],
        schools,
        totals[2],
        mistakeCounts,
        england.figures(countingSchools),
        regions,
        las);
  }
}
