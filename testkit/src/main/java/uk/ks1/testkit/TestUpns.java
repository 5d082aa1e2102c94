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

  /** A valid temporary UPN: eleven digits and a final letter, with the right check letter. */
  public static String temporary(String la, String estab, int n) {
    String body = la + estab + String.format("%02d%02d", 10 + (n / 100) % 90, n % 100) + "A";
    return checkLetter(body) + body;
  }

  /** The UPN with the character at {@code position} (1-13) replaced. */
  public static String withCharacter(String upn, int position, char c) {
    return upn.substring(0, position - 1) + c + upn.substring(position);
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
