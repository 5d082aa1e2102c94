package uk.ks1.collections.phonics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.ks1.core.collection.StoreCount;

/**
 * The mark that meets the expected standard, per year, as data ({@code thresholds.csv}: 32 every
 * year so far; the STA publishes it after each check): a year not listed takes the latest listed
 * before it, a year before the first the first. Rules, counts and views all read it from here.
 */
public final class Thresholds {
  private static final String RESOURCE = "/uk/ks1/collections/phonics/thresholds.csv";
  private static final StoreCount.Condition.AtLeastByYear STANDARD = load();

  private Thresholds() {}

  /** The count condition "a mark of at least the year's threshold". */
  public static StoreCount.Condition.AtLeastByYear condition() {
    return STANDARD;
  }

  /** The threshold in the summer of {@code year}. */
  public static int of(int year) {
    return STANDARD.min(year);
  }

  /**
   * The threshold as SQL for the year in {@code yearColumn}: {@code CASE WHEN y >= 2025 THEN 32 ...
   * ELSE 32 END}, the same rule as {@link #of}.
   */
  public static String sql(String yearColumn) {
    StringBuilder sql = new StringBuilder("CASE");
    for (Map.Entry<Integer, Integer> e : STANDARD.minFromYear().descendingMap().entrySet()) {
      sql.append(" WHEN ")
          .append(yearColumn)
          .append(" >= ")
          .append(e.getKey())
          .append(" THEN ")
          .append(e.getValue());
    }
    return sql.append(" ELSE ")
        .append(STANDARD.minFromYear().firstEntry().getValue())
        .append(" END")
        .toString();
  }

  private static StoreCount.Condition.AtLeastByYear load() {
    Map<Integer, Integer> byYear = new TreeMap<>();
    try (InputStream in = Thresholds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Reference file missing from the build: " + RESOURCE);
      }
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        int threshold = Integer.parseInt(r.get("threshold"));
        if (threshold < 0 || threshold > 40) {
          throw new IllegalStateException(
              RESOURCE + " line " + r.getRecordNumber() + ": a threshold is a mark 0-40");
        }
        byYear.put(Integer.parseInt(r.get("year")), threshold);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StoreCount.Condition.AtLeastByYear.of(byYear);
  }
}
