package uk.ks1.reporting.figures;

/**
 * The published measures and the summary views' columns behind them. Science has no greater depth;
 * RWM is ours, not the DfE's, and says so wherever it is shown.
 */
public enum Measure {
  READING("reading", "Reading", "reading_exs_plus", "reading_gds"),
  WRITING("writing", "Writing", "writing_exs_plus", "writing_gds"),
  MATHS("maths", "Maths", "maths_exs_plus", "maths_gds"),
  SCIENCE("science", "Science", "science_exs", null),
  RWM("rwm", "Reading, writing and maths combined", "rwm_exs_plus", "rwm_gds");

  /** Said beside RWM everywhere it appears (docs/domain.md "Measures"). */
  public static final String RWM_NOTE = "Not a DfE KS1 measure";

  private final String key;
  private final String label;
  private final String exsPlusColumn;
  private final String gdsColumn;

  Measure(String key, String label, String exsPlusColumn, String gdsColumn) {
    this.key = key;
    this.label = label;
    this.exsPlusColumn = exsPlusColumn;
    this.gdsColumn = gdsColumn;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public String eligibleColumn() {
    return key + "_eligible";
  }

  public String exsPlusColumn() {
    return exsPlusColumn;
  }

  /** The greater-depth column, or null for science (no GDS in science). */
  public String gdsColumn() {
    return gdsColumn;
  }

  public boolean hasGds() {
    return gdsColumn != null;
  }

  public boolean isDfeMeasure() {
    return this != RWM;
  }
}
