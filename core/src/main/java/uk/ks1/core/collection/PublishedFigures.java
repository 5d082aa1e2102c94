package uk.ks1.core.collection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The DfE's published figures of a collection's measures (the percentage who met the standard), per
 * year for England, regions and LAs: what the dashboard, the API and the PDFs show beside each
 * provisional figure, with its year and the published years before it as a trend. They are public
 * already, so nothing here is suppressed; a level, key or measure the DfE did not publish (or
 * suppressed) is simply absent.
 */
public final class PublishedFigures {

  /** The levels the DfE publishes for: England, a region (by name), an LA (by its code). */
  public enum Level {
    NATIONAL,
    REGION,
    LA
  }

  /** One published percentage (0-100, as published: often a whole number). */
  public record Row(Level level, String key, int year, String measure, double percent) {
    public Row {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(measure, "measure");
    }
  }

  /** One year of a series. */
  public record Point(int year, double percent) {}

  /** A collection without published figures. */
  public static final PublishedFigures NONE = new PublishedFigures(List.of());

  /**
   * The DfE's published phonics Year 1 and EYFSP figures per LA and England, 2022-2025 (columns
   * {@code phonics_y1_met_pct, gld_pct, all_elgs_expected_pct, average_elgs_expected}; regions as
   * 980-990), for {@link #fromCsv(Class, String, Map)} with {@code PublishedFigures.class}.
   */
  public static final String EYFSP_PHONICS_LA =
      "/uk/ks1/core/reference/eyfsp-phonics-la-2022-2025.csv";

  /** England's key, as the summary views name it. */
  public static final String ENGLAND = "England";

  /** The LA code DfE tables give England (LAIT, EES). */
  static final String ENGLAND_CODE = "970";

  /** The codes DfE tables give the regions (and inner and outer London): 980-990. */
  private static final int FIRST_REGION_CODE = 980;

  private static final int LAST_REGION_CODE = 990;

  /** What a DfE table writes for a figure it does not give (suppressed, not published, n/a). */
  private static final Set<String> ABSENT = Set.of("", "-", "x", "c", "z", "na", "n/a", ".", ":");

  private final List<Row> rows;
  private final Map<String, List<Point>> series = new LinkedHashMap<>();

  public PublishedFigures(List<Row> rows) {
    this.rows = List.copyOf(rows);
    for (Row r : this.rows) {
      series
          .computeIfAbsent(id(r.level(), r.key(), r.measure()), k -> new ArrayList<>())
          .add(new Point(r.year(), r.percent()));
    }
    series.values().forEach(s -> s.sort(Comparator.comparingInt(Point::year)));
  }

  public List<Row> rows() {
    return rows;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The published years of a measure at a level (England's key is {@link #ENGLAND}, a region's its
   * name in any case, an LA's its code), oldest first; empty when none were published.
   */
  public List<Point> series(Level level, String key, String measure) {
    return List.copyOf(series.getOrDefault(id(level, key, measure), List.of()));
  }

  /** The series up to and including {@code year}: what was published by then. */
  public List<Point> seriesTo(Level level, String key, String measure, int year) {
    return series(level, key, measure).stream().filter(p -> p.year() <= year).toList();
  }

  /** The latest figure published for {@code year} or before. */
  public Optional<Point> latest(Level level, String key, String measure, int year) {
    List<Point> s = seriesTo(level, key, measure, year);
    return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1));
  }

  private static String id(Level level, String key, String measure) {
    return level + "|" + key.toLowerCase(Locale.ROOT) + "|" + measure;
  }

  /**
   * Reads a DfE table of one row per LA and year (the layout of LAIT's and EES's LA tables): the
   * columns {@code la_code}, {@code la_name} and {@code year} (the summer's year, 2023, or the
   * academic year, 2022/23), and one column per measure, named in {@code columns} (column to
   * measure key). {@code la_code} 970 is England, 980-990 a region (named by {@code la_name}),
   * anything else an LA. A cell of "-", "x", "c", "z", "NA" or nothing is a figure not published.
   * Other columns are ignored. Names may hold commas (quoted, RFC 4180).
   *
   * @param anchor the class whose loader holds {@code resource}
   * @param resource the resource's absolute path, {@code /uk/ks1/...csv}
   */
  public static PublishedFigures fromCsv(
      Class<?> anchor, String resource, Map<String, String> columns) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The published figures " + resource + " are missing");
      }
      return fromCsv(in, resource, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #fromCsv(Class, String, Map)}, from a stream ({@code name}: for messages). */
  public static PublishedFigures fromCsv(InputStream in, String name, Map<String, String> columns)
      throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<Row> rows = new ArrayList<>();
    var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String needed : header(columns)) {
      if (!parser.getHeaderMap().containsKey(needed)) {
        throw new IllegalArgumentException(
            name + " has no column " + needed + " (it has " + parser.getHeaderNames() + ")");
      }
    }
    for (CSVRecord r : parser) {
      String code = r.get("la_code").trim();
      Level level = level(code);
      String key =
          switch (level) {
            case NATIONAL -> ENGLAND;
            case REGION -> r.get("la_name").trim();
            case LA -> code;
          };
      int year = year(r.get("year"), name, r.getRecordNumber());
      for (Map.Entry<String, String> column : columns.entrySet()) {
        String cell = r.get(column.getKey()).trim();
        if (ABSENT.contains(cell.toLowerCase(Locale.ROOT))) {
          continue;
        }
        double percent;
        try {
          percent = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              name
                  + " row "
                  + (r.getRecordNumber() + 1)
                  + ", "
                  + column.getKey()
                  + ": '"
                  + cell
                  + "' is not a percentage (nor -, x, c, z or NA)");
        }
        rows.add(new Row(level, key, year, column.getValue(), percent));
      }
    }
    return new PublishedFigures(rows);
  }

  private static List<String> header(Map<String, String> columns) {
    List<String> out = new ArrayList<>(List.of("la_code", "la_name", "year"));
    out.addAll(columns.keySet());
    return out;
  }

  static Level level(String code) {
    if (code.equals(ENGLAND_CODE)) {
      return Level.NATIONAL;
    }
    if (code.matches("\\d{3}")) {
      int n = Integer.parseInt(code);
      if (n >= FIRST_REGION_CODE && n <= LAST_REGION_CODE) {
        return Level.REGION;
      }
    }
    return Level.LA;
  }

  /** 2023, or 2022/23 (the summer it ends in). */
  private static int year(String text, String name, long record) {
    String t = text.trim();
    try {
      if (t.matches("\\d{4}/\\d{2}")) {
        return Integer.parseInt(t.substring(0, 4)) + 1;
      }
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " row " + (record + 1) + ", year: '" + t + "' is not a year such as 2023");
    }
  }
}
