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

  /** Eligible pupils below this: the percentage is suppressed outside the LA's own view. */
  public static final int MIN_ELIGIBLE_FOR_PERCENT = 6;

  private Cell() {}

  /** A count as published: 1 and 2 would point at pupils, so they are suppressed. */
  public static Object count(long value, boolean suppress) {
    return suppress && pointsAtPupils(value) ? SUPPRESSED : value;
  }

  /**
   * A percentage, unrounded or rounded half up, or the symbol that stands for it. A percentage is
   * suppressed with its count: beside the eligible pupils, 10% of 20 would say the hidden count is
   * 2.
   */
  public static Object percent(long count, long eligible, boolean suppress, boolean rounded) {
    if (eligible == 0) {
      return NOT_APPLICABLE;
    }
    if (!percentShown(count, eligible, suppress)) {
      return SUPPRESSED;
    }
    return rounded ? (Object) Percent.rounded(count, eligible) : Percent.of(count, eligible);
  }

  /** Is the percentage {@code count} of {@code eligible} pupils shown as a number? */
  public static boolean percentShown(long count, long eligible, boolean suppress) {
    return eligible > 0
        && !(suppress && (eligible < MIN_ELIGIBLE_FOR_PERCENT || pointsAtPupils(count)));
  }

  private static boolean pointsAtPupils(long count) {
    return count == 1 || count == 2;
  }
}
