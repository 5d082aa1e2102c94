package uk.ks1.collections.phonics;

import java.util.List;
import java.util.Set;

/**
 * The phonics outcomes (domain.md "Phonics screening check"): A absent, D disapplied or did not
 * take it, L left, Q maladministration, each instead of a mark; WA (met) and WT (not met) beside a
 * mark, no longer asked for and derived from the mark. Wa/Wt are the same codes in other case.
 */
public final class Outcomes {
  private Outcomes() {}

  /** Every valid outcome, in the order schools see them listed. */
  public static final List<String> ALL = List.of("A", "D", "L", "Q", "WA", "WT");

  /** The codes given instead of a mark. */
  public static final Set<String> INSTEAD_OF_MARK = Set.of("A", "D", "L", "Q");

  /** The codes instead of a mark whose pupils are eligible (L, left, is not). */
  public static final Set<String> ELIGIBLE = Set.of("A", "D", "Q");

  /** Met the expected standard. */
  public static final String MET = "WA";

  /** Did not meet it. */
  public static final String NOT_MET = "WT";

  public static boolean isValid(String normalised) {
    return normalised != null && ALL.contains(normalised);
  }

  public static boolean isInsteadOfMark(String normalised) {
    return normalised != null && INSTEAD_OF_MARK.contains(normalised);
  }
}
