package uk.ks1.core.codes;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A pupil's National Curriculum year group as files write it: {@code 2}, {@code 02}, {@code Y2},
 * {@code Yr 2}, {@code Year 2}, {@code Year group 2}, {@code NC Year 2}, {@code NCY2}; {@code R} or
 * {@code Reception} is 0. Read by hand, not by a regular expression: the NC-year rule reads every
 * pupil's.
 */
public final class NcYear {
  /** The highest NC year there is (a CTF's NCyearActual goes up to 14). */
  public static final int LAST = 14;

  private static final String[] PREFIXES = {"YEARGROUP", "NCYEAR", "NCY", "YEAR", "YR", "Y"};

  private NcYear() {}

  /** The year group a value names, or empty if it names none. */
  public static OptionalInt parse(String raw) {
    if (raw == null) {
      return OptionalInt.empty();
    }
    if (raw.equals("2")) {
      return OptionalInt.of(2); // nearly every record: no copies made for it
    }
    String text = raw.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    if (text.equals("R") || text.equals("RECEPTION")) {
      return OptionalInt.of(0);
    }
    for (String prefix : PREFIXES) {
      if (text.startsWith(prefix)) {
        text = text.substring(prefix.length());
        break;
      }
    }
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    int year = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9' || year > LAST) {
        return OptionalInt.empty();
      }
      year = year * 10 + (c - '0');
    }
    return year <= LAST ? OptionalInt.of(year) : OptionalInt.empty();
  }
}
