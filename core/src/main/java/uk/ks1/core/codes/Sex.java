package uk.ks1.core.codes;

import java.util.Locale;
import java.util.Optional;

/** A pupil's sex as the returns record it: M or F (templates write Male or Female). */
public enum Sex {
  M,
  F;

  /** Reads M, F, Male or Female in any case; anything else (or blank) is empty. */
  public static Optional<Sex> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    return switch (raw.strip().toUpperCase(Locale.ROOT)) {
      case "M", "MALE" -> Optional.of(M);
      case "F", "FEMALE" -> Optional.of(F);
      default -> Optional.empty();
    };
  }
}
