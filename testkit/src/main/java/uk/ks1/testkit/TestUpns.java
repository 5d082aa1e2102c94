package uk.ks1.testkit;

/**
 * Makes valid UPNs for tests, with its own check-letter arithmetic (independent of the product's),
 * so a test that builds a UPN here and sees the product accept it checks both.
 */
public final class TestUpns {
  private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private TestUpns() {}

  /** A valid permanent UPN allocated by {@code la} to {@code estab} in year {@code yy}. */
  public static String valid(String la, String estab, int yy, int serial) {
    String body = la + estab + String.format("%02d%03d", yy % 100, serial % 1000);
    return checkLetter(body) + body;
  }

  /** A valid UPN made unique by a running number (serial and year both vary). */
  public static String unique(String la, String estab, int n) {
    return valid(la, estab, 10 + (n / 1000) % 90, n % 1000);
  }

  /** The same UPN with a wrong check letter. */
  public static String withWrongCheckLetter(String upn) {
    char right = upn.charAt(0);
    char wrong = right == 'A' ? 'B' : 'A';
    return wrong + upn.substring(1);
  }

  static char checkLetter(String twelve) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      char c = twelve.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
      sum += v * (i + 2);
    }
    return LETTERS.charAt(sum % 23);
  }
}
