package uk.ks1.testkit;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The figures of the phonics screening check and the EYFS profile for a group of counting pupils,
 * from first principles (docs/domain.md "Other collections") and independently of the product's
 * declared counts and SQL, for the tests to compare the store's views with.
 */
public final class ScreeningAndProfileFigures {
  private ScreeningAndProfileFigures() {}

  /** A phonics pupil as the store should count them: NC year, the mark (or null), the code. */
  public record PhonicsPupil(int ncYear, Integer mark, String outcome) {}

  /** Year 1 and Year 2: eligible and met, as {@code "y1e|y1m|y2e|y2m"}. */
  public static String phonics(Collection<PhonicsPupil> pupils, int threshold) {
    long[] c = new long[4];
    for (PhonicsPupil p : pupils) {
      int at = p.ncYear() == 1 ? 0 : p.ncYear() == 2 ? 2 : -1;
      if (at < 0) {
        continue;
      }
      boolean eligible = p.mark() != null || Set.of("A", "D", "Q").contains(p.outcome());
      if (eligible) {
        c[at]++;
      }
      if (p.mark() != null && p.mark() >= threshold) {
        c[at + 1]++;
      }
    }
    return c[0] + "|" + c[1] + "|" + c[2] + "|" + c[3];
  }

  /**
   * A child's 17 ELG codes, E01 first: {@code "eligible|gld|all|sumExpected"} over the children
   * (each child listed has a valid profile).
   */
  public static String eyfsp(Collection<List<String>> children) {
    long eligible = 0;
    long gld = 0;
    long all = 0;
    long expected = 0;
    for (List<String> goals : children) {
      eligible++;
      long twos = goals.stream().filter("2"::equals).count();
      expected += twos;
      if (goals.subList(0, 12).stream().allMatch("2"::equals)) {
        gld++;
      }
      if (twos == 17) {
        all++;
      }
    }
    return eligible + "|" + gld + "|" + all + "|" + expected;
  }
}
