package uk.ks1.collections.ks1ta.sample;

import java.util.Random;
import uk.ks1.collections.sample.InverseNormal;

/**
 * Draws a pupil's four TA codes (reading, writing, maths, science) from an LA's published
 * percentages: one latent attainment per pupil, shared by the subjects through a Gaussian copula
 * (so RWM comes out realistic), cut at the quantiles that give each subject its EXS+ and GDS rates.
 */
final class Ks1Results {
  /** Correlation of a subject's attainment with the pupil's overall attainment. */
  private static final double RHO = 0.85;

  private static final double ABSENT = 0.012;

  /**
   * The lowest attainers (this share of pupils) who are below the expected standard in reading,
   * writing, maths and science are assessed against the pre-key-stage standards or the engagement
   * model, the same in reading, writing and maths; every other pupil below the standard is working
   * towards it (WTS). So a pupil is never at a pre-key-stage standard in one subject and at the
   * expected standard in another (the queries R10 and R12, rare in real returns), and the EXS+ and
   * GDS rates are untouched.
   */
  private static final double PRE_KEY_STAGE = 0.06;

  /** Within that share, deepest first: each code and its part (EM 2/7, PK1 1/7, ..., PK4 2/7). */
  private static final String[] PRE_KEY_STAGE_CODES = {"EM", "PK1", "PK2", "PK3", "PK4"};

  private static final double[] PRE_KEY_STAGE_BELOW = thresholds(2, 1, 1, 1, 2);

  private Ks1Results() {}

  static String[] draw(Random random, Rates rates) {
    String[] codes = new String[4];
    if (random.nextDouble() < ABSENT) {
      java.util.Arrays.fill(codes, "A");
      return codes;
    }
    double z = random.nextGaussian();
    for (int s = 0; s < 4; s++) {
      double u = RHO * z + Math.sqrt(1 - RHO * RHO) * random.nextGaussian();
      codes[s] = code(s, u, rates);
    }
    boolean belowInAll =
        codes[0] == null && codes[1] == null && codes[2] == null && codes[3].equals("HNM");
    String below = belowInAll ? preKeyStage(z) : null;
    for (int s = 0; s < 3; s++) {
      if (codes[s] == null) {
        codes[s] = below != null ? below : "WTS";
      }
    }
    return codes;
  }

  /**
   * The code for latent attainment {@code u} given rates that already allow for absence: GDS or
   * EXS, HNM in science, and null below the expected standard in reading, writing or maths (decided
   * for the three together).
   */
  private static String code(int s, double u, Rates rates) {
    double present = 1 - ABSENT;
    double exs = Math.min(0.999, rates.exs(s) / 100 / present);
    double gds = Math.min(exs, rates.gds(s) / 100 / present);
    if (s < 3 && u > InverseNormal.quantile(1 - gds)) {
      return "GDS";
    }
    if (u > InverseNormal.quantile(1 - exs)) {
      return "EXS";
    }
    return s == 3 ? "HNM" : null;
  }

  /** The pre-key-stage code of a pupil as low as {@code z}, or null if not that low. */
  private static String preKeyStage(double z) {
    for (int i = 0; i < PRE_KEY_STAGE_CODES.length; i++) {
      if (z < PRE_KEY_STAGE_BELOW[i]) {
        return PRE_KEY_STAGE_CODES[i];
      }
    }
    return null;
  }

  /** The latent attainment below which each pre-key-stage code goes, from the codes' parts. */
  private static double[] thresholds(double... parts) {
    double total = java.util.Arrays.stream(parts).sum();
    double[] below = new double[parts.length];
    double cumulative = 0;
    for (int i = 0; i < parts.length; i++) {
      cumulative += parts[i];
      below[i] = InverseNormal.quantile(PRE_KEY_STAGE * cumulative / total);
    }
    return below;
  }
}
