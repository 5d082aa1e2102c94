package uk.ks1.reporting.figures;

/**
 * One measure's counts at one level, as the summary views hold them: eligible pupils, those at the
 * expected standard or above, and at greater depth (0 for science). Percentages are computed from
 * the counts, so the unrounded and the rounded figures cannot disagree.
 */
public record Counts(long eligible, long exsPlus, long gds) {
  /** EXS+ as a percentage 0-100, unrounded; null when no pupil is eligible. */
  public Double exsPlusPct() {
    return Percent.of(exsPlus, eligible);
  }

  public Double gdsPct() {
    return Percent.of(gds, eligible);
  }
}
