package uk.ks1.schools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.ks1.core.school.ListedSchool;

/**
 * Reads DfE's "Establishment fields CSV" ({@code edubasealldataYYYYMMDD.csv}, about 50,000 rows of
 * every status and 139 columns), or the zip it is downloaded in: Windows-1252 (UTF-8 when the file
 * starts with a byte-order mark), columns bound by their header names (never their positions; the
 * others are ignored), dates {@code dd-MM-yyyy}. LAESTAB is {@code LA (code)} and {@code
 * EstablishmentNumber}, zero-padded to 4 digits.
 */
public final class GiasReader {
  /** The columns read; every one must be in the header. */
  public static final List<String> REQUIRED =
      List.of(
          "URN",
          "LA (code)",
          "LA (name)",
          "EstablishmentNumber",
          "EstablishmentName",
          "TypeOfEstablishment (name)",
          "EstablishmentTypeGroup (name)",
          "EstablishmentStatus (name)",
          "OpenDate",
          "CloseDate",
          "PhaseOfEducation (name)",
          "StatutoryLowAge",
          "StatutoryHighAge");

  /** Read when there: the head's name, the pupils on roll, the trust. */
  public static final List<String> OPTIONAL =
      List.of(
          "NumberOfPupils", "Trusts (name)", "HeadTitle (name)", "HeadFirstName", "HeadLastName");

  private static final Pattern DATED = Pattern.compile("(?i)edubasealldata(\\d{8})");
  private static final DateTimeFormatter NAME_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

  private GiasReader() {}

  /** Reads the CSV, or the zip holding one {@code edubasealldata*.csv}. */
  public static GiasExtract read(Path file) throws IOException, GiasFormatException {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          String entry = Path.of(e.getName()).getFileName().toString();
          if (!e.isDirectory() && entry.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return read(zip, entry, dateOf(entry, null));
          }
        }
        throw new GiasFormatException(
            name
                + " holds no CSV: download GIAS's establishment fields"
                + " CSV (edubasealldataYYYYMMDD.csv), or its zip");
      }
      return read(in, name, dateOf(name, null));
    }
  }

  /** Reads the CSV; {@code extractDate} is the extract's date (null: from {@code name}). */
  public static GiasExtract read(InputStream csv, String name, LocalDate extractDate)
      throws IOException, GiasFormatException {
    LocalDate date = extractDate != null ? extractDate : dateOf(name, null);
    if (date == null) {
      throw new GiasFormatException(
          name + ": the extract's date is not in its name (edubasealldataYYYYMMDD.csv)");
    }
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(Encodings.gias(csv))) {
      Map<String, Integer> columns = columns(parser.getHeaderNames(), name);
      List<ListedSchool> schools = new ArrayList<>();
      int skipped = 0;
      for (CSVRecord r : parser) {
        Row row = new Row(r, columns, name);
        String number = row.text("EstablishmentNumber");
        if (number == null) {
          skipped++;
          continue;
        }
        schools.add(row.school(number));
      }
      return new GiasExtract(date, schools, skipped);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    } catch (IllegalStateException e) {
      throw new GiasFormatException(
          name + ": not a CSV file GIAS writes (" + e.getMessage() + ")", e);
    }
  }

  /** The extract's date in a name ({@code edubasealldata20260301.csv}), else {@code otherwise}. */
  static LocalDate dateOf(String name, LocalDate otherwise) {
    Matcher m = DATED.matcher(name);
    if (!m.find()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(m.group(1), NAME_DATE);
    } catch (DateTimeParseException e) {
      return otherwise;
    }
  }

  private static Map<String, Integer> columns(List<String> header, String name)
      throws GiasFormatException {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      at.putIfAbsent(header.get(i).strip(), i);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !at.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new GiasFormatException(
          name
              + ": the header has no column "
              + String.join(", ", missing)
              + ". DfE's establishment fields CSV has them all: "
              + String.join(", ", REQUIRED)
              + " (bound by name, in any order)");
    }
    return at;
  }

  /** One row, its fields by column name. */
  private record Row(CSVRecord r, Map<String, Integer> columns, String file) {
    String text(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= r.size()) {
        return null;
      }
      String v = r.get(i).strip();
      return v.isEmpty() ? null : v;
    }

    ListedSchool school(String number) throws GiasFormatException {
      String la = text("LA (code)");
      if (la == null || !la.matches("\\d{3}")) {
        throw problem("LA (code)", la, "a 3-digit LA code, e.g. 330");
      }
      if (!number.matches("\\d{1,4}")) {
        throw problem("EstablishmentNumber", number, "a number of up to 4 digits, e.g. 2001");
      }
      String laestab = la + "0".repeat(4 - number.length()) + number;
      return new ListedSchool(
          laestab,
          text("URN"),
          text("EstablishmentName"),
          text("TypeOfEstablishment (name)"),
          text("EstablishmentTypeGroup (name)"),
          text("EstablishmentStatus (name)"),
          date("OpenDate"),
          date("CloseDate"),
          text("PhaseOfEducation (name)"),
          whole("StatutoryLowAge"),
          whole("StatutoryHighAge"),
          whole("NumberOfPupils"),
          text("Trusts (name)"),
          head());
    }

    private String head() {
      List<String> parts = new ArrayList<>();
      for (String c : List.of("HeadTitle (name)", "HeadFirstName", "HeadLastName")) {
        String v = text(c);
        if (v != null && !v.equalsIgnoreCase("Not applicable")) {
          parts.add(v);
        }
      }
      return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private LocalDate date(String column) throws GiasFormatException {
      String v = text(column);
      if (v == null) {
        return null;
      }
      try {
        return LocalDate.parse(v, DATE);
      } catch (DateTimeParseException e) {
        throw problem(column, v, "a date as dd-MM-yyyy, e.g. 01-09-2015, or blank");
      }
    }

    private Integer whole(String column) throws GiasFormatException {
      String v = text(column);
      if (v == null) {
        return null;
      }
      try {
        return Integer.valueOf(v);
      } catch (NumberFormatException e) {
        throw problem(column, v, "a whole number, or blank");
      }
    }

    private GiasFormatException problem(String column, String value, String allowed) {
      // the header is line 1, so the first school is line 2
      return new GiasFormatException(
          file
              + ", line "
              + (r.getRecordNumber() + 1)
              + ", "
              + column
              + ": '"
              + (value == null ? "" : value)
              + "' is not "
              + allowed
              + ".");
    }
  }
}
