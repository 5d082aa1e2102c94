package uk.ks1.collections.eyfsp.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.collections.sample.InverseNormal;

/**
 * Draws a child's 17 goals so that an LA's published % GLD, % expected in all 17 and average number
 * of goals at expected come out, in expectation, exactly. Each child is one of four kinds, in the
 * shares those figures fix:
 *
 * <ul>
 *   <li>unable to be assessed (A in all 17; {@link #UNABLE}, eligible, at no goal);
 *   <li>expected in all 17 (the all-17 share);
 *   <li>GLD but not all 17 (the GLD share less the all-17 share): 2 in E01-E12, and in E13-E17 one
 *       goal emerging and each other expected with probability {@link #NEAR_ALL};
 *   <li>below GLD (the rest): one GLD goal emerging (the goals least often reached most often, e.g.
 *       writing), and every other goal at expected by a latent ability shared by the child's goals
 *       (a Gaussian copula), cut at per-goal thresholds: each goal's offset from {@link
 *       #NATIONAL_SHARE}, all moved by one shift fitted so that the kinds together give the LA's
 *       average.
 * </ul>
 */
final class Profiles {
  /** Children unable to be assessed (A in all 17): few. */
  static final double UNABLE = 0.004;

  /** In a GLD child's other five goals, each goal but the one emerging is expected this often. */
  static final double NEAR_ALL = 0.6;

  /** Correlation of a goal's attainment with the child's, below GLD. */
  private static final double RHO = 0.5;

  /**
   * England's approximate share of children at expected in each goal (E01-E17, 2023): only to order
   * the goals and space their thresholds; the LA's own figures fix the rest.
   */
  private static final double[] NATIONAL_SHARE = {
    0.838, 0.837, 0.854, 0.874, 0.885, 0.915, 0.855, 0.819, 0.776, 0.709, 0.804, 0.797, 0.825,
    0.839, 0.847, 0.863, 0.856
  };

  private static final List<Goal> GOALS = Goals.ALL;
  private static final int N = GOALS.size();
  private static final double[] OFFSET = new double[N];

  /** Which GLD goal keeps a child below GLD: cumulative weights, by how rarely each is reached. */
  private static final double[] FORCED_BELOW = new double[N];

  private static final int[] GLD_INDEX;
  private static final int[] OTHER_INDEX;

  static {
    if (NATIONAL_SHARE.length != N) {
      throw new IllegalStateException("one national share per goal");
    }
    GLD_INDEX = indices(true);
    OTHER_INDEX = indices(false);
    double total = 0;
    for (int g : GLD_INDEX) {
      total += 1 - NATIONAL_SHARE[g];
    }
    double cumulative = 0;
    for (int g = 0; g < N; g++) {
      OFFSET[g] = InverseNormal.quantile(NATIONAL_SHARE[g]);
      if (GOALS.get(g).gld()) {
        cumulative += (1 - NATIONAL_SHARE[g]) / total;
      }
      FORCED_BELOW[g] = cumulative;
    }
  }

  /** An LA-year's kinds (cumulative shares) and the shift of its below-GLD thresholds. */
  record Fit(double unable, double all, double gld, double shift) {}

  private Profiles() {}

  /** The kinds' shares and the threshold shift that give the targets in expectation. */
  static Fit fit(Targets t) {
    double all = clamp(t.allElgsPct() / 100, 0, 1 - UNABLE);
    double gldOnly = clamp((t.gldPct() - t.allElgsPct()) / 100, 0, 1 - UNABLE - all);
    double below = 1 - UNABLE - all - gldOnly;
    double nearAll = GLD_INDEX.length + (OTHER_INDEX.length - 1) * NEAR_ALL;
    double perBelow = below <= 0 ? 0 : (t.averageElgs() - N * all - nearAll * gldOnly) / below;
    double lo = -8;
    double hi = 8;
    for (int i = 0; i < 60; i++) {
      double mid = (lo + hi) / 2;
      if (expectedBelow(mid) < perBelow) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return new Fit(UNABLE, UNABLE + all, UNABLE + all + gldOnly, (lo + hi) / 2);
  }

  /**
   * The mean number of goals at expected of a child below GLD, at a shift: every goal's share, less
   * the forced goal's (each GLD goal forced as often as its weight).
   */
  static double expectedBelow(double shift) {
    double sum = 0;
    double previous = 0;
    for (int g = 0; g < N; g++) {
      double p = Normal.cdf(shift + OFFSET[g]);
      double forced = FORCED_BELOW[g] - previous;
      previous = FORCED_BELOW[g];
      sum += p * (1 - forced);
    }
    return sum;
  }

  static String[] draw(Random random, Fit fit) {
    String[] codes = new String[N];
    double kind = random.nextDouble();
    if (kind < fit.unable()) {
      Arrays.fill(codes, "A");
    } else if (kind < fit.all()) {
      Arrays.fill(codes, "2");
    } else if (kind < fit.gld()) {
      for (int g : GLD_INDEX) {
        codes[g] = "2";
      }
      int emerging = OTHER_INDEX[random.nextInt(OTHER_INDEX.length)];
      for (int g : OTHER_INDEX) {
        codes[g] = g != emerging && random.nextDouble() < NEAR_ALL ? "2" : "1";
      }
    } else {
      int emerging = forcedBelow(random.nextDouble());
      double z = random.nextGaussian();
      for (int g = 0; g < N; g++) {
        double u = Math.sqrt(RHO) * z + Math.sqrt(1 - RHO) * random.nextGaussian();
        codes[g] = g != emerging && u > -(fit.shift() + OFFSET[g]) ? "2" : "1";
      }
    }
    return codes;
  }

  private static int forcedBelow(double u) {
    for (int g = 0; g < N; g++) {
      if (GOALS.get(g).gld() && u < FORCED_BELOW[g]) {
        return g;
      }
    }
    return GLD_INDEX[GLD_INDEX.length - 1];
  }

  private static int[] indices(boolean gld) {
    int[] out = new int[N];
    int n = 0;
    for (int g = 0; g < N; g++) {
      if (GOALS.get(g).gld() == gld) {
        out[n++] = g;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }
}
