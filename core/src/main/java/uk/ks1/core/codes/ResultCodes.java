package uk.ks1.core.codes;

import java.util.Locale;

/** How raw result text becomes a code: trimmed and upper-cased; blank is "not given" (null). */
public final class ResultCodes {
  private ResultCodes() {}

  public static String normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return raw.strip().toUpperCase(Locale.ROOT);
  }
}
