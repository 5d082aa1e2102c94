package uk.ks1.collections.eyfsp.sample;

/** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error < 7.5e-8). */
final class Normal {
  private Normal() {}

  static double cdf(double x) {
    double t = 1 / (1 + 0.2316419 * Math.abs(x));
    double density = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    double tail =
        density
            * t
            * (0.319381530
                + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return x >= 0 ? 1 - tail : tail;
  }
}
