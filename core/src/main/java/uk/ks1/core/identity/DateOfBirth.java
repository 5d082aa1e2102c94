package uk.ks1.core.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a date of birth as files give it: ISO {@code yyyy-MM-dd} (CTF) or {@code dd/MM/yyyy}
 * (templates; one-digit day and month too). Strict: 30 February is not a date.
 *
 * <p>Read by hand rather than with {@code DateTimeFormatter}: three rules read every pupil's date
 * at intake and again in the validate role, and the formatter's parse was about 3 CPU seconds of a
 * national load.
 */
public final class DateOfBirth {
  private DateOfBirth() {}

  /** The date, or empty when the text is blank or not a real date in an accepted form. */
  public static Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = raw.strip();
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return date(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    }
    int first = text.indexOf('/');
    int second = text.indexOf('/', first + 1);
    if (first < 1 || first > 2 || second - first < 2 || second - first > 3) {
      return Optional.empty();
    }
    if (text.length() - second != 5) {
      return Optional.empty();
    }
    return date(
        number(text, second + 1, text.length()),
        number(text, first + 1, second),
        number(text, 0, first));
  }

  /** The decimal number in {@code text[from, to)}, or -1 if any character is not a digit. */
  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // 30 February, month 13, day 0
    }
  }
}
