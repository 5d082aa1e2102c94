package uk.ks1.core.codes;

import java.math.BigDecimal;
import java.util.Optional;

/** The optional KS1 test scaled scores: whole numbers 85-115. */
public enum ScaledScore {
  READING("reading_score", "Scaled score: KS1 Reading"),
  MATHS("maths_score", "Scaled score: KS1 Maths"),
  GPS("gps_score", "Scaled score: KS1 GPS");

  public static final int MIN = 85;
  public static final int MAX = 115;

  private final String column;
  private final String label;

  ScaledScore(String column, String label) {
    this.column = column;
    this.label = label;
  }

  public String column() {
    return column;
  }

  public String label() {
    return label;
  }

  /**
   * A score's value when it is a whole number from 85 to 115; empty when blank or not. "100.0" is
   * 100 (a spreadsheet's number stored as a decimal), "100.5" is not a whole number.
   */
  public static Optional<Integer> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(raw.strip()).stripTrailingZeros();
      if (value.scale() > 0
          || value.compareTo(BigDecimal.valueOf(MIN)) < 0
          || value.compareTo(BigDecimal.valueOf(MAX)) > 0) {
        return Optional.empty();
      }
      return Optional.of(value.intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
