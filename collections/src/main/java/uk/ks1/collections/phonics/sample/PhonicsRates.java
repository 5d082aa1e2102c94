package uk.ks1.collections.phonics.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * DfE's published % of Year 1 pupils meeting the phonics standard per LA, region (980-990) and
 * England (970), 2022-2025 ({@code eyfsp-phonics-la-2022-2025.csv}, the reference file; "-"
 * = suppressed, for the City of London and the Isles of Scilly): an LA without a figure takes
 * England's.
 */
final class PhonicsRates {
  private static final String RESOURCE = uk.ks1.core.collection.PublishedFigures.EYFSP_PHONICS_LA;
  static final String ENGLAND = "970";

  private final Map<String, Double> byYearAndCode = new HashMap<>();

  PhonicsRates() {
    try (InputStream in = PhonicsRates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Reference file missing from the build: " + RESOURCE);
      }
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String pct = r.get("phonics_y1_met_pct").strip();
        if (!pct.equals("-") && !pct.isEmpty()) {
          byYearAndCode.put(r.get("year") + "/" + r.get("la_code"), Double.parseDouble(pct));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether England's figure was published for the year. */
  boolean hasYear(int year) {
    return byYearAndCode.containsKey(year + "/" + ENGLAND);
  }

  /** The LA's % of Year 1 pupils who met the standard (0-100), or England's. */
  double y1MetPct(int year, String laCode) {
    Double la = byYearAndCode.get(year + "/" + laCode);
    return la != null ? la : byYearAndCode.get(year + "/" + ENGLAND);
  }
}
