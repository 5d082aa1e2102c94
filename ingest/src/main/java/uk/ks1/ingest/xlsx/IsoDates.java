package uk.ks1.ingest.xlsx;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats cells as the sheet shows them, except date cells, which become ISO dates: a date cell
 * holds a day number, and its display format (d/m/yy, m/d/yyyy...) depends on the PC that made the
 * file, so only the day number itself is unambiguous.
 */
final class IsoDates extends DataFormatter {
  IsoDates() {
    super(Locale.UK);
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value).toLocalDate().toString();
    }
    return super.formatRawCellContents(value, formatIndex, formatString);
  }
}
