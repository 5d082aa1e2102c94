package uk.ks1.reporting.errors;

/**
 * Whose data-errors report: an LA's (every school's issues and the LA's upload errors), or one
 * school's (its LA is the first three digits of its DfE number).
 */
public record ReportScope(String laCode, String laestab) {
  public ReportScope {
    if (laCode == null || !laCode.matches("\\d{3}")) {
      throw new IllegalArgumentException("An LA code is 3 digits, e.g. 330; got " + laCode);
    }
    if (laestab != null && !laestab.matches(laCode + "\\d{4}")) {
      throw new IllegalArgumentException(
          "School " + laestab + " is not a 7-digit DfE number of LA " + laCode);
    }
  }

  public static ReportScope la(String laCode) {
    return new ReportScope(laCode, null);
  }

  public static ReportScope school(String laestab) {
    return new ReportScope(laestab.substring(0, 3), laestab);
  }

  /** "330" or "3302001": the name files of this report carry. */
  public String key() {
    return laestab == null ? laCode : laestab;
  }
}
