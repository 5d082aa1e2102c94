package uk.ks1.collections.eyfsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The result codes every goal may have in a summer, read from {@code codes.csv} (data per year):
 * from 2022, 1 (emerging), 2 (expected) and A (unable to assess). The same for every goal.
 */
public final class ProfileCodes {
  /** The code of a goal at the expected level. */
  public static final String EXPECTED = "2";

  /** The code of a child who could not be assessed: if one goal has it, all 17 must. */
  public static final String UNABLE = "A";

  /** The code of the 2013-2021 profile that is no longer valid: "exceeding". */
  public static final String EXCEEDING = "3";

  private record Band(int from, int to, Map<String, String> meanings) {
    boolean covers(int year) {
      return year >= from && year <= to;
    }
  }

  private static final List<Band> BANDS = load();

  private ProfileCodes() {}

  /** The codes valid in the summer of {@code year}, in the order listed; empty if none. */
  public static Set<String> valid(int year) {
    // a loop, not a stream: called for each goal of each child (17 a child; a stream pipeline a
    // call cost about 2 CPU seconds over a national load)
    for (Band b : BANDS) {
      if (b.covers(year)) {
        return b.meanings().keySet();
      }
    }
    return Set.of();
  }

  /** "1 (emerging), 2 (expected) or A (unable to assess)": what a message allows. */
  public static String allowed(int year) {
    List<String> codes = new ArrayList<>();
    BANDS.stream()
        .filter(b -> b.covers(year))
        .findFirst()
        .ifPresent(b -> b.meanings().forEach((c, m) -> codes.add(c + " (" + m + ")")));
    if (codes.isEmpty()) {
      return "(no EYFSP codes are defined for " + year + ")";
    }
    String last = codes.remove(codes.size() - 1);
    return codes.isEmpty() ? last : String.join(", ", codes) + " or " + last;
  }

  public static boolean covers(int year) {
    return BANDS.stream().anyMatch(b -> b.covers(year));
  }

  public static int firstYear() {
    return BANDS.stream().mapToInt(Band::from).min().orElseThrow();
  }

  private static List<Band> load() {
    Map<String, Band> byRange = new LinkedHashMap<>();
    for (CSVRecord r : Goals.read("/uk/ks1/collections/eyfsp/codes.csv")) {
      int from = Integer.parseInt(r.get("from_year"));
      int to = r.get("to_year").isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r.get("to_year"));
      byRange
          .computeIfAbsent(from + "-" + to, k -> new Band(from, to, new LinkedHashMap<>()))
          .meanings()
          .put(r.get("code"), r.get("meaning"));
    }
    List<Band> bands = new ArrayList<>();
    byRange
        .values()
        .forEach(
            b ->
                bands.add(
                    new Band(
                        b.from(), b.to(), java.util.Collections.unmodifiableMap(b.meanings()))));
    return List.copyOf(bands);
  }
}
