package uk.ks1.ingest.xlsx;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats cells as the sheet shows them, except date cells, which become ISO dates: a date cell
 * holds a day number, and its display format (d/m/yy, m/d/yyyy...) depends on the PC that made the
 * file, so only the day number itself is unambiguous. The day number counts from 1900 or 1904 as
 * the workbook says ({@link DateSystem}).
 */
final class IsoDates extends DataFormatter {
  private final boolean date1904;

  IsoDates(boolean date1904) {
    super(Locale.UK);
    this.date1904 = date1904;
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
    }
    return super.formatRawCellContents(value, formatIndex, formatString);
  }
}
