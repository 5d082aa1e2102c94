package uk.ks1.collections.ks1ta.sample;

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
 * DfE's published KS1 percentages per LA, region (980-990) and England (970), 2016-2023 ({@code
 * ks1-la-attainment-2016-2023.csv}, "-" = not published). An LA without figures for a year takes
 * its region's, then England's.
 */
final class AttainmentTable {
  private static final String RESOURCE =
      "/uk/ks1/collections/ks1ta/sample/ks1-la-attainment-2016-2023.csv";
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

  private final Map<String, Rates> byYearAndCode = new HashMap<>();

  AttainmentTable() {
    try (InputStream in = AttainmentTable.class.getResourceAsStream(RESOURCE)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        if (r.get("read_exs").equals("-")) {
          continue;
        }
        byYearAndCode.put(
            r.get("year") + "/" + r.get("la_code"),
            new Rates(
                d(r, "read_exs"),
                d(r, "read_gds"),
                d(r, "writ_exs"),
                d(r, "writ_gds"),
                d(r, "mat_exs"),
                d(r, "mat_gds"),
                d(r, "sci_exs"),
                r.get("la_name")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether England's figures were published for the year (none for 2020 and 2021). */
  boolean hasYear(int year) {
    return byYearAndCode.containsKey(year + "/" + ENGLAND);
  }

  /** England's figures for the year. */
  Rates england(int year) {
    return byYearAndCode.get(year + "/" + ENGLAND);
  }

  /** The LA's figures, or its region's, or England's. */
  Rates rates(int year, String laCode, String region) {
    return Optional.ofNullable(byYearAndCode.get(year + "/" + laCode))
        .or(
            () ->
                Optional.ofNullable(REGION_CODES.get(region.toLowerCase(Locale.ROOT)))
                    .map(code -> byYearAndCode.get(year + "/" + code)))
        .orElseGet(() -> england(year));
  }

  private static double d(CSVRecord r, String column) {
    return Double.parseDouble(r.get(column));
  }
}
