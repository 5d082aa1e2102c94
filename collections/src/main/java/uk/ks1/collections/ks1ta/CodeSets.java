package uk.ks1.collections.ks1ta;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The valid result codes per subject and collection year, read from {@code code-sets.csv} so that
 * historical files validate against their own year.
 */
public final class CodeSets {
  private static final CodeSets STANDARD = load("/uk/ks1/collections/ks1ta/code-sets.csv");

  private record Band(int from, int to, Map<Subject, Set<String>> codes) {
    boolean covers(int year) {
      return year >= from && year <= to;
    }
  }

  private final List<Band> bands;

  private CodeSets(List<Band> bands) {
    this.bands = List.copyOf(bands);
  }

  public static CodeSets standard() {
    return STANDARD;
  }

  /** The codes valid for a subject in the summer of {@code year}; empty if no set covers it. */
  public Set<String> valid(Subject subject, int year) {
    // asked for every subject of every pupil by several rules, nearly always for one year: the
    // last year asked is kept beside the map of every year asked (no boxing, no hashing)
    YearCodes last = lastYear;
    if (last == null || last.year != year) {
      last = byYear.computeIfAbsent(year, this::codesOf);
      lastYear = last;
    }
    return last.bySubject[subject.ordinal()];
  }

  /** A year's sets, indexed by subject ordinal; immutable, so safe to share between threads. */
  private record YearCodes(int year, Set<String>[] bySubject) {}

  private final ConcurrentHashMap<Integer, YearCodes> byYear = new ConcurrentHashMap<>();
  private volatile YearCodes lastYear;

  private YearCodes codesOf(int year) {
    Map<Subject, Set<String>> codes =
        bands.stream().filter(b -> b.covers(year)).findFirst().map(Band::codes).orElse(Map.of());
    @SuppressWarnings("unchecked")
    Set<String>[] bySubject = new Set[Subject.values().length];
    for (Subject s : Subject.values()) {
      bySubject[s.ordinal()] = codes.getOrDefault(s, Set.of());
    }
    return new YearCodes(year, bySubject);
  }

  /** The earliest summer a code set covers. */
  public int firstYear() {
    return bands.stream().mapToInt(Band::from).min().orElseThrow();
  }

  /** Whether any code set covers the year. */
  public boolean covers(int year) {
    return bands.stream().anyMatch(b -> b.covers(year));
  }

  private static CodeSets load(String resource) {
    Map<String, Band> byRange = new LinkedHashMap<>();
    try (InputStream in = CodeSets.class.getResourceAsStream(resource)) {
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        int from = Integer.parseInt(r.get("from_year"));
        int to =
            r.get("to_year").isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r.get("to_year"));
        Subject subject = Subject.valueOf(r.get("subject").toUpperCase(Locale.ROOT));
        byRange
            .computeIfAbsent(from + "-" + to, k -> new Band(from, to, new EnumMap<>(Subject.class)))
            .codes()
            .put(subject, Set.of(r.get("codes").split("\\s+")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CodeSets(new ArrayList<>(byRange.values()));
  }
}
