package uk.ks1.core.codes;

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
}
