package uk.ks1.core.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A school's DfE number: the 3-digit LA code followed by the 4-digit establishment number, e.g.
 * 3302001.
 */
public record Laestab(String value) {
  private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");

  public Laestab {
    if (value == null || !SEVEN_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("A LAESTAB is 7 digits, not '" + value + "'");
    }
  }

  /** Parses a LAESTAB written as 7 digits, or as "330/2001" or "330-2001" or "330 2001". */
  public static Optional<Laestab> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String digits = raw.strip().replaceAll("[\\s/-]", "");
    if (digits.endsWith(".0")) { // Excel's habit of storing whole numbers as decimals
      digits = digits.substring(0, digits.length() - 2);
    }
    return SEVEN_DIGITS.matcher(digits).matches()
        ? Optional.of(new Laestab(digits))
        : Optional.empty();
  }

  /** Builds a LAESTAB from a CTF header's LEA and Estab. */
  public static Optional<Laestab> of(String lea, String estab) {
    if (lea == null || estab == null) {
      return Optional.empty();
    }
    return parse(lea.strip() + estab.strip());
  }

  public String laCode() {
    return value.substring(0, 3);
  }

  public String estab() {
    return value.substring(3);
  }

  @Override
  public String toString() {
    return value;
  }
}
