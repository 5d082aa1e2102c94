package uk.ks1.reporting.figures;

/**
 * One measure's counts at one level, as the summary views hold them: eligible pupils, those who met
 * the standard, and those above it (0 when the measure has no higher standard). Percentages are
 * computed from the counts, so the unrounded and the rounded figures cannot disagree.
 */
public record Counts(long eligible, long met, long higher) {
  /** Met as a percentage 0-100, unrounded; null when no pupil is eligible. */
  public Double metPct() {
    return Percent.of(met, eligible);
  }

  public Double higherPct() {
    return Percent.of(higher, eligible);
  }
}
