package uk.ks1.reporting.errors;

/**
 * Keeps text that came from files (school names, values found, pupils' names) from being run as a
 * spreadsheet formula when an export is opened: a cell starting with {@code = + - @}, a tab or a
 * carriage return is formula-like (OWASP "CSV injection"). In CSV such a cell gets a leading
 * apostrophe; in XLSX it is written as a text cell marked quote-prefixed.
 */
public final class SpreadsheetText {
  private SpreadsheetText() {}

  public static boolean isFormulaLike(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** The text as a CSV cell may hold it: formula-like text gets a leading apostrophe. */
  public static String forCsv(String text) {
    if (text == null) {
      return "";
    }
    return isFormulaLike(text) ? "'" + text : text;
  }
}
