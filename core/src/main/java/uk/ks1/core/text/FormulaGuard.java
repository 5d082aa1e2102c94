package uk.ks1.core.text;

/**
 * Keeps text that came from files (school names, values found, pupils' names) from running as a
 * spreadsheet formula when a report or export is opened (OWASP "CSV injection"): a cell starting
 * with {@code = + - @}, a tab or a carriage return is risky. In CSV such a cell gets a leading
 * apostrophe, which spreadsheets show as text; in XLSX it is written as a text cell marked
 * quote-prefixed. The value stays readable either way. Every report and export uses this one rule.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /** Whether a spreadsheet could take the cell for a formula. */
  public static boolean risky(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The cell as CSV may hold it: a risky one gets a leading apostrophe; null is empty. */
  public static String forCsv(String cell) {
    return risky(cell) ? "'" + cell : cell == null ? "" : cell;
  }
}
