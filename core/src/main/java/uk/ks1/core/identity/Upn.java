package uk.ks1.core.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The structure of a Unique Pupil Number, {@code C LLL EEEE YY SSS}: check letter, allocating LA,
 * establishment, year, serial. Pure arithmetic on the 13 characters; which of these facts is an
 * error is decided by the validation rules.
 */
public final class Upn {
  /** The check-letter alphabet: no I, O or S. */
  public static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  public static final int LENGTH = 13;

  private Upn() {}

  /** Trims and upper-cases a raw UPN; null or blank becomes empty. */
  public static String normalise(String raw) {
    return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
  }

  /** Characters 2-4: the allocating LA code (as written, may be non-numeric). */
  public static String laCode(String upn) {
    return upn.length() >= 4 ? upn.substring(1, 4) : "";
  }

  /** Characters 5-12 all digits (the allocating LA's characters 2-4 are checked separately). */
  public static boolean serialIsNumeric(String upn) {
    return upn.length() >= 12 && digits(upn, 4, 12);
  }

  /** Character 13 is a digit, or a letter of the check alphabet (a temporary UPN). */
  public static boolean finalCharacterValid(String upn) {
    if (upn.length() < LENGTH) {
      return false;
    }
    char c = upn.charAt(12);
    return isDigit(c) || CHECK_LETTERS.indexOf(c) >= 0;
  }

  /** A temporary UPN ends in a letter instead of the last digit. */
  public static boolean isTemporary(String upn) {
    return upn.length() == LENGTH && CHECK_LETTERS.indexOf(upn.charAt(12)) >= 0;
  }

  /**
   * The check letter that characters 2-13 call for, if they are well formed: each character times
   * its position (a letter in position 13 counts as its index in {@link #CHECK_LETTERS}), summed,
   * mod 23, indexes {@link #CHECK_LETTERS}.
   */
  public static Optional<Character> expectedCheckLetter(String upn) {
    if (upn.length() != LENGTH || !digits(upn, 1, 12) || !finalCharacterValid(upn)) {
      return Optional.empty();
    }
    int sum = 0;
    for (int position = 2; position <= LENGTH; position++) {
      char c = upn.charAt(position - 1);
      int value = isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c);
      sum += value * position;
    }
    return Optional.of(CHECK_LETTERS.charAt(sum % 23));
  }

  /** Whether the characters from {@code from} up to {@code to} are all digits. */
  private static boolean digits(String upn, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(upn.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
