package uk.ks1.core.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads a date of birth as files give it: ISO {@code yyyy-MM-dd} (CTF) or {@code dd/MM/yyyy}
 * (templates; one-digit day and month too). Strict: 30 February is not a date.
 */
public final class DateOfBirth {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

  private DateOfBirth() {}

  /** The date, or empty when the text is blank or not a real date in an accepted form. */
  public static Optional<LocalDate> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.strip();
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // try the next accepted form
      }
    }
    return Optional.empty();
  }
}
