package uk.ks1.core.collection;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assessment years (summers) a service accepts files for, when it is set to some
 * (docs/domain.md "Validation": none by default, so historical years load too). A file for a year
 * outside it is an upload error, F06.
 */
public record CollectionWindow(int first, int last) {
  /** Every year: no window configured. */
  public static final CollectionWindow ANY = new CollectionWindow(0, 9999);

  private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})\\s*(?:-\\s*(\\d{4})\\s*)?");

  public CollectionWindow {
    if (first > last) {
      throw new IllegalArgumentException(first + " is after " + last);
    }
  }

  /** {@code 2023} or {@code 2022-2023}; empty if the text is neither or runs backwards. */
  public static Optional<CollectionWindow> parse(String text) {
    Matcher m = YEARS.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
    return first > last ? Optional.empty() : Optional.of(new CollectionWindow(first, last));
  }

  public boolean contains(int year) {
    return year >= first && year <= last;
  }

  public boolean isAny() {
    return equals(ANY);
  }

  /** As a person writes it: 2023, or 2022 to 2023. */
  public String describe() {
    return first == last ? String.valueOf(first) : first + " to " + last;
  }
}
