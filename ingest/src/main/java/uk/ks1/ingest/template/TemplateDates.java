package uk.ks1.ingest.template;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as templates write them, made ISO ({@code yyyy-MM-dd}) when there is exactly one
 * reading: {@code dd/MM/yyyy} (also with {@code -} or {@code .}, and single-digit days and months)
 * as the template asks, or ISO (with or without a time). Anything else, such as a two-digit year or
 * a day that does not exist, is kept as written for the date-of-birth rules to report.
 */
public final class TemplateDates {
  private static final Pattern DMY =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?:[ T]0{1,2}:00(?::00(?:\\.0+)?)?)?");
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?");

  private TemplateDates() {}

  public static String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return date(iso.group(1), iso.group(2), iso.group(3), text);
    }
    Matcher dmy = DMY.matcher(text);
    if (dmy.matches()) {
      return date(dmy.group(4), dmy.group(3), dmy.group(1), text);
    }
    return text;
  }

  private static String date(String year, String month, String day, String asWritten) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
          .toString();
    } catch (DateTimeException e) {
      return asWritten; // not a real date: the date-of-birth rule says so
    }
  }
}
