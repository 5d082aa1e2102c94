package uk.ks1.reporting.figures;

/**
 * The GSS symbols that stand in a published cell instead of a number (docs/domain.md "Small
 * numbers"): {@code c} confidential (suppressed), {@code x} not available, {@code z} not
 * applicable.
 */
public final class Cell {
  public static final String SUPPRESSED = "c";
  public static final String NOT_AVAILABLE = "x";
  public static final String NOT_APPLICABLE = "z";

  /** Eligible pupils below this: no percentage in the published view (docs/disclosure.md). */
  public static final int MIN_ELIGIBLE_FOR_PERCENT = 6;

  private Cell() {}
}
