package uk.ks1.ingest.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text of a number cell from what it stores, never from how it is displayed: a date cell
 * becomes an ISO date (its display format, d/m/yy or m/d/yyyy..., depends on the PC that made the
 * file, so only the day number itself is unambiguous; it counts from 1900 or 1904 as the workbook
 * says, see {@link DateSystem}), and any other number is written plainly: 102.6 shown as {@code
 * 103} by the format {@code 0} is {@code 102.6} (a score that is no whole number is an error the
 * rules must see), 103.0 is {@code 103}, 3302001 shown as {@code 3,302,001} is {@code 3302001}.
 * Numbers keep Excel's 15 significant digits, so a formula's 102.00000000000001 is {@code 102}, as
 * Excel shows it. Text cells are not formatted and are read as written.
 */
final class CellValues extends DataFormatter {
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final boolean date1904;

  CellValues(boolean date1904) {
    super(Locale.UK);
    this.date1904 = date1904;
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
    }
    return plain(value);
  }

  /** {@code value} without exponent, trailing zeros or digits beyond Excel's 15. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
  }
}
