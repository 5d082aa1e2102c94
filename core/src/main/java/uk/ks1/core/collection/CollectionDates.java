package uk.ks1.core.collection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The dates a collection year depends on (the Year 2 birth window and the end of the academic
 * year), read from {@code collection-dates.csv} so that a year can be corrected as data. A year the
 * file does not list falls back to England's rule in {@link CollectionYear}.
 */
public final class CollectionDates {
  private static final CollectionDates STANDARD =
      load("/uk/ks1/core/collection/collection-dates.csv");

  /** Year 2 pupils were born from {@code bornFrom} to {@code bornTo}, both inclusive. */
  public record Dates(LocalDate bornFrom, LocalDate bornTo, LocalDate academicYearEnd) {
    public boolean bornInYearTwoWindow(LocalDate dob) {
      return !dob.isBefore(bornFrom) && !dob.isAfter(bornTo);
    }
  }

  private final Map<CollectionYear, Dates> listed;

  private CollectionDates(Map<CollectionYear, Dates> listed) {
    this.listed = Map.copyOf(listed);
  }

  public static CollectionDates standard() {
    return STANDARD;
  }

  public Dates of(CollectionYear year) {
    Dates dates = listed.get(year);
    return dates != null
        ? dates
        : new Dates(year.yearTwoBornFrom(), year.yearTwoBornTo(), year.academicYearEnd());
  }

  /** Whether the file lists this year (otherwise England's rule applies). */
  public boolean lists(CollectionYear year) {
    return listed.containsKey(year);
  }

  private static CollectionDates load(String resource) {
    Map<CollectionYear, Dates> listed = new HashMap<>();
    try (InputStream in = CollectionDates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Reference file missing from the build: " + resource);
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
        CollectionYear year =
            new CollectionYear(r.get("collection"), Integer.parseInt(r.get("year")));
        Dates dates =
            new Dates(
                LocalDate.parse(r.get("born_from")),
                LocalDate.parse(r.get("born_to")),
                LocalDate.parse(r.get("academic_year_end")));
        if (dates.bornFrom().isAfter(dates.bornTo())) {
          throw new IllegalStateException(
              resource + " line " + r.getRecordNumber() + ": born_from is after born_to");
        }
        listed.put(year, dates);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CollectionDates(listed);
  }
}
