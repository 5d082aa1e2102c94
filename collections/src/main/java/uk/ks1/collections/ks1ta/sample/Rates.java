package uk.ks1.collections.ks1ta.sample;

/**
 * Published KS1 percentages for one LA and year (0-100): EXS+ and GDS for reading, writing and
 * maths, EXS for science, and where they came from (the LA's own row, or its region's or England's
 * when the LA's were not published).
 */
record Rates(
    double readExs,
    double readGds,
    double writExs,
    double writGds,
    double matExs,
    double matGds,
    double sciExs,
    String source) {

  double exs(int subject) {
    return switch (subject) {
      case 0 -> readExs;
      case 1 -> writExs;
      case 2 -> matExs;
      default -> sciExs;
    };
  }

  double gds(int subject) {
    return switch (subject) {
      case 0 -> readGds;
      case 1 -> writGds;
      case 2 -> matGds;
      default -> 0;
    };
  }
}
