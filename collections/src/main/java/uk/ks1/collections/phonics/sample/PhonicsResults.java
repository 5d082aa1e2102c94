package uk.ks1.collections.phonics.sample;

import java.util.Random;

/**
 * Draws one Year 1 pupil's result: a few codes instead of a mark (A absent, D disapplied, Q
 * maladministration, L left), else a mark, at or above the threshold with the chance that makes the
 * eligible pupils' % met (L is not eligible) the LA's published figure. Marks of pupils who met lie
 * mostly high (32-40, rising towards 40), those of pupils who did not spread over 0-31, most of
 * them in the twenties, as the published distributions look.
 */
final class PhonicsResults {
  static final double ABSENT = 0.010;
  static final double DISAPPLIED = 0.015;
  static final double MALADMINISTRATION = 0.0005;
  static final double LEFT = 0.003;

  private static final double[] MET_WEIGHTS = cumulative(weights(32, 40, true));
  private static final double[] NOT_MET_WEIGHTS = cumulative(weights(0, 31, false));

  private PhonicsResults() {}

  /**
   * {mark, outcome}: exactly one of them given. {@code metPct} is the % of eligible pupils (a mark,
   * or A, D or Q) with a mark of at least {@code threshold}.
   */
  static String[] draw(Random random, double metPct, int threshold) {
    double u = random.nextDouble();
    if (u < LEFT) {
      return new String[] {null, "L"};
    }
    u -= LEFT;
    if (u < ABSENT) {
      return new String[] {null, "A"};
    }
    u -= ABSENT;
    if (u < DISAPPLIED) {
      return new String[] {null, "D"};
    }
    u -= DISAPPLIED;
    if (u < MALADMINISTRATION) {
      return new String[] {null, "Q"};
    }
    // of the eligible, the coded (A, D, Q) never meet: the marked meet a little more often
    double coded = (ABSENT + DISAPPLIED + MALADMINISTRATION) / (1 - LEFT);
    double metGivenMark = Math.min(1, metPct / 100 / (1 - coded));
    int mark =
        random.nextDouble() < metGivenMark
            ? threshold + pick(random, MET_WEIGHTS) * (40 - threshold) / 8
            : pick(random, NOT_MET_WEIGHTS) * threshold / 32;
    return new String[] {String.valueOf(Math.min(40, mark)), null};
  }

  /** An index drawn with the chances of the cumulative weights. */
  private static int pick(Random random, double[] cumulative) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  /**
   * A weight per mark from..to: rising towards 40 for those who met, peaking in the twenties else.
   */
  private static double[] weights(int from, int to, boolean met) {
    double[] w = new double[to - from + 1];
    for (int m = from; m <= to; m++) {
      w[m - from] = met ? 6 + (m - from) * 2 : 1 + Math.exp(-Math.pow((m - 26) / 6.0, 2)) * 6;
    }
    return w;
  }

  private static double[] cumulative(double[] w) {
    double[] c = new double[w.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += w[i];
      c[i] = sum;
    }
    return c;
  }
}
