package uk.ks1.reporting.figures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Percentages and gaps. Published to whole numbers rounding half up (DfE practice), computed from
 * the exact fractions so 12.5 is 13 however a double would have held it; gaps come from unrounded
 * values (docs/domain.md "Measures").
 */
public final class Percent {
  private Percent() {}

  /** {@code 100 * count / eligible}, unrounded; null when nobody is eligible. */
  public static Double of(long count, long eligible) {
    return eligible == 0 ? null : 100.0 * count / eligible;
  }

  /** {@code 100 * count / eligible} rounded half up to a whole number. */
  public static long rounded(long count, long eligible) {
    return new BigDecimal(100 * count)
        .divide(BigDecimal.valueOf(eligible), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The gap a - b in percentage points, unrounded. */
  public static double gap(Counts a, Counts b, boolean higher) {
    return higher ? a.higherPct() - b.higherPct() : a.metPct() - b.metPct();
  }

  /**
   * The gap {@code 100 * (x1/n1 - x2/n2)} rounded half up (away from zero on a half), from the
   * exact fraction {@code 100 * (x1*n2 - x2*n1) / (n1*n2)}.
   */
  public static long roundedGap(long x1, long n1, long x2, long n2) {
    BigInteger numerator =
        BigInteger.valueOf(x1)
            .multiply(BigInteger.valueOf(n2))
            .subtract(BigInteger.valueOf(x2).multiply(BigInteger.valueOf(n1)))
            .multiply(BigInteger.valueOf(100));
    BigInteger denominator = BigInteger.valueOf(n1).multiply(BigInteger.valueOf(n2));
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}
