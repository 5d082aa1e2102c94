package uk.ks1.app.generate;

/**
 * Figures counted straight from generated pupils that should count, by the rules of docs/domain.md
 * "Measures" and independently of the pipeline's SQL: the manifest a load is checked against.
 */
final class Tally {
  long pupils;
  final long[] eligible = new long[4];
  final long[] exsPlus = new long[4];
  final long[] gds = new long[4];
  long rwmEligible;
  long rwmExsPlus;
  long rwmGds;

  /** Adds a pupil whose record counts; a null code is a subject in error (not eligible). */
  void add(String[] codes) {
    pupils++;
    for (int s = 0; s < 4; s++) {
      String code = codes[s];
      if (code != null) {
        eligible[s]++;
        boolean exs = s == 3 ? code.equals("EXS") : code.equals("EXS") || code.equals("GDS");
        exsPlus[s] += exs ? 1 : 0;
        gds[s] += s < 3 && code.equals("GDS") ? 1 : 0;
      }
    }
    if (codes[0] != null && codes[1] != null && codes[2] != null) {
      rwmEligible++;
      boolean all = true;
      boolean allGds = true;
      for (int s = 0; s < 3; s++) {
        all &= codes[s].equals("EXS") || codes[s].equals("GDS");
        allGds &= codes[s].equals("GDS");
      }
      rwmExsPlus += all ? 1 : 0;
      rwmGds += allGds ? 1 : 0;
    }
  }

  void addAll(Tally other) {
    pupils += other.pupils;
    for (int s = 0; s < 4; s++) {
      eligible[s] += other.eligible[s];
      exsPlus[s] += other.exsPlus[s];
      gds[s] += other.gds[s];
    }
    rwmEligible += other.rwmEligible;
    rwmExsPlus += other.rwmExsPlus;
    rwmGds += other.rwmGds;
  }

  Manifest.Figures figures(long schools) {
    return new Manifest.Figures(
        schools,
        pupils,
        measure(0),
        measure(1),
        measure(2),
        new Manifest.Measure(eligible[3], exsPlus[3], 0),
        new Manifest.Measure(rwmEligible, rwmExsPlus, rwmGds));
  }

  private Manifest.Measure measure(int s) {
    return new Manifest.Measure(eligible[s], exsPlus[s], gds[s]);
  }
}
