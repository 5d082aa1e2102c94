package uk.ks1.schools;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.ks1.core.identity.LaRegistry;

/**
 * The LA's overlay as a CSV, one correction per row, as {@code ./ks1 schools set} takes one: {@code
 * LAESTAB, Collection, Year, Expected, Reason}. Columns are bound by header name, in any order,
 * with the names people give them ({@code DfE number}, {@code School DFE}; {@code Summer}; {@code
 * Taking part}); {@code Year} may be left out (then the service's year). UTF-8 (with or without a
 * byte-order mark, as Excel saves "CSV UTF-8") or Windows-1252 (Excel's plain "CSV"). Every problem
 * of every row is reported at once, naming the row, the column, the value and what is allowed; a
 * file with any problem is refused whole.
 */
public final class OverlayCsv {
  /** One correction; {@code collection} as written (the app resolves it); {@code year} or null. */
  public record Row(
      int line, String laestab, String collection, Integer year, boolean expected, String reason) {}

  /** What was read: the rows, or the problems that refuse the file. */
  public record Read(List<Row> rows, List<String> problems) {}

  static final Map<String, List<String>> COLUMNS =
      Map.of(
          "LAESTAB", List.of("laestab", "dfe number", "school dfe", "dfe", "dfes"),
          "Collection", List.of("collection"),
          "Year", List.of("year", "summer", "collection year"),
          "Expected", List.of("expected", "taking part", "expected?"),
          "Reason", List.of("reason", "why", "note"));

  private OverlayCsv() {}

  /**
   * Reads the overlay; {@code collectionCheck} says what is wrong with a collection's name (null:
   * nothing).
   */
  public static Read read(InputStream csv, String name, Function<String, String> collectionCheck)
      throws IOException {
    List<String> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get()
            .parse(Encodings.decoded(csv))) {
      Map<String, Integer> at = bind(parser.getHeaderNames());
      for (String column : List.of("LAESTAB", "Collection", "Expected", "Reason")) {
        if (!at.containsKey(column)) {
          problems.add(
              name
                  + ": no "
                  + column
                  + " column. The header must name LAESTAB, Collection, Expected and Reason"
                  + " (Year is optional), in any order.");
        }
      }
      if (!problems.isEmpty()) {
        return new Read(List.of(), problems);
      }
      for (CSVRecord r : parser) {
        int line = (int) r.getRecordNumber() + 1;
        Row row = row(r, at, line, name, collectionCheck, problems);
        if (row != null) {
          rows.add(row);
        }
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      problems.add(name + ": not a CSV file (" + e.getMessage() + ")");
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(name + ": no rows under the header");
    }
    return new Read(problems.isEmpty() ? rows : List.of(), problems);
  }

  private static Map<String, Integer> bind(List<String> header) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, List<String>> c : COLUMNS.entrySet()) {
        if (c.getValue().contains(h)) {
          at.putIfAbsent(c.getKey(), i);
        }
      }
    }
    return at;
  }

  private static Row row(
      CSVRecord r,
      Map<String, Integer> at,
      int line,
      String name,
      Function<String, String> collectionCheck,
      List<String> problems) {
    int before = problems.size();
    String where = name + " row " + line + ", ";
    String laestab = cell(r, at, "LAESTAB");
    if (!laestab.matches("\\d{7}")) {
      problems.add(
          where
              + "LAESTAB '"
              + laestab
              + "': a school's 7-digit DfE number (LA code and 4 digits, 3302001)");
    } else if (!LaRegistry.standard().isCurrent(laestab.substring(0, 3))) {
      problems.add(
          where
              + "LAESTAB '"
              + laestab
              + "': starts with "
              + laestab.substring(0, 3)
              + ", not one of the 153 English LA codes");
    }
    String collection = cell(r, at, "Collection");
    String wrong = collectionCheck.apply(collection);
    if (wrong != null) {
      problems.add(where + "Collection '" + collection + "': " + wrong);
    }
    Integer year = null;
    String yearText = cell(r, at, "Year");
    if (!yearText.isEmpty()) {
      if (yearText.matches("20\\d{2}")) {
        year = Integer.valueOf(yearText);
      } else {
        problems.add(where + "Year '" + yearText + "': the summer, e.g. 2026 (or leave it empty)");
      }
    }
    String expectedText = cell(r, at, "Expected");
    Boolean expected =
        switch (expectedText.toLowerCase(Locale.ROOT)) {
          case "yes", "y", "true", "1" -> true;
          case "no", "n", "false", "0" -> false;
          default -> null;
        };
    if (expected == null) {
      problems.add(where + "Expected '" + expectedText + "': yes or no");
    }
    String reason = cell(r, at, "Reason");
    if (reason.isEmpty()) {
      problems.add(where + "Reason is empty: say why, as the LA's list shows it");
    }
    return problems.size() > before
        ? null
        : new Row(line, laestab, collection, year, expected, reason);
  }

  private static String cell(CSVRecord r, Map<String, Integer> at, String column) {
    Integer i = at.get(column);
    return i == null || i >= r.size() ? "" : r.get(i).strip();
  }
}
