package uk.ks1.collections.eyfsp.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * DfE's published EYFSP figures per LA, region (980-990) and England (970), 2022-2025 ({@code
 * eyfsp-phonics-la-2022-2025.csv}, a copy of shared/reference; "-" = not published, and LA names
 * with commas are quoted). An LA without figures for a year takes its region's, then England's.
 */
final class ReferenceFigures {
  private static final String RESOURCE = uk.ks1.core.collection.PublishedFigures.EYFSP_PHONICS_LA;
  private static final String ENGLAND = "970";
  private static final Map<String, String> REGION_CODES =
      Map.of(
          "north east", "980",
          "north west", "981",
          "yorkshire and the humber", "982",
          "east midlands", "983",
          "west midlands", "984",
          "east of england", "985",
          "london", "986",
          "south east", "989",
          "south west", "990");

  private final Map<String, Targets> byYearAndCode = new HashMap<>();

  ReferenceFigures() {
    try (InputStream in = ReferenceFigures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Reference file missing from the build: " + RESOURCE);
      }
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        if (r.get("gld_pct").equals("-")
            || r.get("all_elgs_expected_pct").equals("-")
            || r.get("average_elgs_expected").equals("-")) {
          continue;
        }
        byYearAndCode.put(
            r.get("year") + "/" + r.get("la_code"),
            new Targets(
                Double.parseDouble(r.get("gld_pct")),
                Double.parseDouble(r.get("all_elgs_expected_pct")),
                Double.parseDouble(r.get("average_elgs_expected")),
                r.get("la_name")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether England's figures were published for the year (2022-2025). */
  boolean hasYear(int year) {
    return byYearAndCode.containsKey(year + "/" + ENGLAND);
  }

  Targets england(int year) {
    return byYearAndCode.get(year + "/" + ENGLAND);
  }

  /** The LA's figures, or its region's, or England's. */
  Targets targets(int year, String laCode, String region) {
    return Optional.ofNullable(byYearAndCode.get(year + "/" + laCode))
        .or(
            () ->
                Optional.ofNullable(
                        region == null ? null : REGION_CODES.get(region.toLowerCase(Locale.ROOT)))
                    .map(code -> byYearAndCode.get(year + "/" + code)))
        .orElseGet(() -> england(year));
  }
}
