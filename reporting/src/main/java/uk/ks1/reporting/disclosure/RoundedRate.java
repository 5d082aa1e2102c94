package uk.ks1.reporting.disclosure;

/**
 * What a whole-number percentage, rounded half up, tells an outsider about its count when the
 * number of pupils it is out of is known only to lie in a band: every count that rounds to it for
 * some number in the band, and that the published view would have shown (not 1 or 2, nor 1 or 2
 * short of the whole).
 */
public final class RoundedRate {
  private RoundedRate() {}

  /** The smallest and largest count, or null if none fits. */
  public static long[] counts(long percent, long fromPupils, long toPupils) {
    long lo = Long.MAX_VALUE;
    long hi = -1;
    for (long n = Math.max(1, fromPupils); n <= toPupils; n++) {
      // 100x/n rounds half up to p  <=>  (2p - 1) n <= 200x < (2p + 1) n
      long first = Math.max(0, ceilDiv((2 * percent - 1) * n, 200));
      long last = Math.min(n, ceilDiv((2 * percent + 1) * n, 200) - 1);
      if (first == 1 || first == 2) {
        first = 3;
      }
      if (last == n - 1 || last == n - 2) {
        last = n - 3;
      }
      if (first <= last) {
        lo = Math.min(lo, first);
        hi = Math.max(hi, last);
      }
    }
    return hi < 0 ? null : new long[] {lo, hi};
  }

  private static long ceilDiv(long a, long b) {
    return Math.floorDiv(a + b - 1, b);
  }
}
