package uk.ks1.app.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * A synthetic collection of one or more collections laid out as {@code <LA>/<files>}: every current
 * LA, the same schools in each collection, realistic school sizes, results drawn per LA from each
 * collection's published percentages, a chosen rate of realistic mistakes, and {@code
 * manifest.json} with the figures a correct load must give, by collection. The same options and
 * seed always give the same files.
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

  private final List<CollectionDefinition> collections;

  /** A generator of the collections (each definition must have a sample), in this order. */
  public CollectionGenerator(List<CollectionDefinition> collections) {
    if (collections.isEmpty()) {
      throw new IllegalArgumentException("no collection to generate");
    }
    for (CollectionDefinition d : collections) {
      d.sample().orElseThrow(() -> new IllegalArgumentException(d.id() + " has no sample"));
    }
    this.collections = List.copyOf(collections);
  }

  /** A generator of one collection (its definition must have a sample). */
  public CollectionGenerator(CollectionDefinition collection) {
    this(List.of(collection));
  }

  /**
   * Writes every collection's files of every school into one tree (an LA's files of all the
   * collections in its folder) and one manifest; {@code schoolsPlanned} hears how many school files
   * there will be (schools times collections), {@code schoolDone} how many are written.
   */
  public Manifest generate(Options o, IntConsumer schoolsPlanned, IntConsumer schoolDone)
      throws Exception {
    for (CollectionDefinition d : collections) {
      CollectionSample sample = d.sample().orElseThrow();
      if (!sample.hasYear(o.year())) {
        throw new CommandInputException(d.name() + ": " + sample.noFiguresFor(o.year()));
      }
    }
    distinctFileNames(o);
    Random plan = new Random(o.seed());
    List<LocalAuthority> las = new ArrayList<>(LaRegistry.standard().all());
    double[] weight = new double[las.size()];
    double sum = 0;
    for (int i = 0; i < las.size(); i++) {
      weight[i] = Math.exp(0.55 * plan.nextGaussian());
      sum += weight[i];
    }
    // the same schools in every collection: a primary school returns each of them
    List<SchoolJob> jobs = new ArrayList<>();
    for (int i = 0; i < las.size(); i++) {
      LocalAuthority la = las.get(i);
      int schools = Math.max(1, (int) Math.round(NATIONAL_SCHOOLS * o.scale() * weight[i] / sum));
      Files.createDirectories(o.out().resolve(la.code()));
      for (CollectionDefinition d : collections) {
        for (int s = 0; s < schools; s++) {
          jobs.add(new SchoolJob(d, la, String.valueOf(2001 + s)));
        }
      }
    }
    schoolsPlanned.accept(jobs.size());

    Map<String, Totals> byCollection = new LinkedHashMap<>();
    for (CollectionDefinition d : collections) {
      byCollection.put(d.id(), new Totals(d));
    }
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<SchoolResult>> futures = new ArrayList<>();
      for (SchoolJob job : jobs) {
        futures.add(pool.submit(() -> school(o, job, las)));
      }
      for (Future<SchoolResult> f : futures) {
        SchoolResult r = f.get();
        byCollection.get(r.collection.id()).add(r);
        schoolDone.accept(done.incrementAndGet());
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, Manifest.Collection> parts = new LinkedHashMap<>();
    byCollection.forEach((id, t) -> parts.put(id, t.manifest(jobs.size() / collections.size())));
    Manifest manifest =
        new Manifest(o.year(), o.scale(), o.seed(), o.errorRate(), o.formats(), parts);
    manifest.write(o.out());
    return manifest;
  }

  /** Two collections whose files of a school would have one name would overwrite each other. */
  private void distinctFileNames(Options o) {
    for (String format : o.formats()) {
      Map<String, String> seen = new TreeMap<>();
      for (CollectionDefinition d : collections) {
        String name = d.sample().orElseThrow().fileName(format, "9999999", o.year());
        String other = seen.putIfAbsent(name, d.id());
        if (other != null) {
          throw new IllegalStateException(
              other + " and " + d.id() + " name a school's " + format + " file alike: " + name);
        }
      }
    }
  }

  private record SchoolJob(CollectionDefinition collection, LocalAuthority la, String estab) {}

  private record SchoolResult(
      CollectionDefinition collection,
      LocalAuthority la,
      Tally tally,
      long pupils,
      boolean rejected,
      Map<Mistake, Long> mistakes) {}

  /** One collection's schools, files and mistakes as its school files are written. */
  private static final class Totals {
    final CollectionDefinition collection;
    final Map<String, Tally> byLa = new TreeMap<>();
    final Map<String, Long> schoolsByLa = new TreeMap<>();
    final Map<Mistake, Long> mistakes = new EnumMap<>(Mistake.class);
    long files;
    long rejected;
    long pupils;

    Totals(CollectionDefinition collection) {
      this.collection = collection;
    }

    void add(SchoolResult r) {
      files++;
      pupils += r.pupils;
      r.mistakes.forEach((k, v) -> mistakes.merge(k, v, Long::sum));
      if (r.rejected) {
        rejected++;
      } else if (r.tally.pupils > 0) {
        byLa.computeIfAbsent(r.la.code(), k -> new Tally(collection)).addAll(r.tally);
        schoolsByLa.merge(r.la.code(), 1L, Long::sum);
      }
    }

    Manifest.Collection manifest(long schools) {
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
      mistakeCounts.put(Manifest.WRONG_LA_FOLDER, rejected);
      long countingSchools = schoolsByLa.values().stream().mapToLong(Long::longValue).sum();
      return new Manifest.Collection(
          files,
          rejected,
          schools,
          pupils,
          mistakeCounts,
          england.figures(countingSchools),
          regions,
          las);
    }
  }

  private SchoolResult school(Options o, SchoolJob job, List<LocalAuthority> las) {
    CollectionDefinition collection = job.collection();
    CollectionSample sample = collection.sample().orElseThrow();
    String laestab = job.la().code() + job.estab();
    // each collection's pupils of a school drawn apart: another year group, other sizes
    Random r = new Random(o.seed() * 1_000_003L + (collection.id() + laestab).hashCode());
    PupilFactory factory = new PupilFactory(o.year(), sample, job.la().region());
    List<GeneratedPupil> pupils = new ArrayList<>();
    int size = cohort(r);
    for (int i = 1; i <= size; i++) {
      pupils.add(factory.pupil(r, job.la().code(), job.estab(), i));
    }
    Map<Mistake, Long> mistakes = new EnumMap<>(Mistake.class);
    new MistakeMaker(o.errorRate(), collection).apply(pupils, r, mistakes);
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
          new SchoolFile.School(
              job.la().code(),
              job.estab(),
              // a school's name is the same in each collection's file
              schoolName(new Random(o.seed() * 1_000_003L + laestab.hashCode())),
              o.year()),
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
    return new SchoolResult(collection, job.la(), tally, pupils.size(), wrongFolder, mistakes);
  }

  private static final String[] PLACES = {
    "St Mary's", "Oakfield", "Brook Lane", "Hillside", "St John's C of E", "Riverside",
    "Meadowbank", "All Saints'", "Park View", "Saint Michael's RC", "Greenfield", "Church Road"
  };

  private static String schoolName(Random r) {
    String place = PLACES[r.nextInt(PLACES.length)];
    return place + (r.nextBoolean() ? " Primary School" : " Infant School");
  }
}
