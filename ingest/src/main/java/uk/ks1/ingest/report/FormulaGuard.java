package uk.ks1.ingest.report;

/**
 * Keeps values from a school's file from running as formulas when a report is opened in a
 * spreadsheet (CSV injection): a cell starting with {@code = + - @}, a tab or a carriage return is
 * written with a leading apostrophe, which spreadsheets show as text. The value stays readable.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  public static boolean risky(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  public static String escape(String cell) {
    return risky(cell) ? "'" + cell : cell == null ? "" : cell;
  }
}
