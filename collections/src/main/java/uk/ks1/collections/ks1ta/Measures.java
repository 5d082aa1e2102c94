package uk.ks1.collections.ks1ta;

/**
 * What a valid code means for the published measures: expected standard or above (EXS+) and greater
 * depth (GDS). Science has EXS only.
 */
public final class Measures {
  private Measures() {}

  public static boolean isExsPlus(Subject subject, String code) {
    if (code == null) {
      return false;
    }
    return subject == Subject.SCIENCE
        ? code.equals("EXS")
        : code.equals("EXS") || code.equals("GDS");
  }

  public static boolean isGreaterDepth(Subject subject, String code) {
    return subject != Subject.SCIENCE && "GDS".equals(code);
  }
}
