package uk.ks1.ingest.xlsx;

import java.util.Locale;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.RuleDefinition;

/**
 * What POI's many exceptions mean for the school: a zip bomb (F15), a DTD inside a part (F03), an
 * OpenDocument file renamed .xlsx, or a damaged workbook (F01). POI says which only in its
 * messages, so they are read here, once, for every exception the reader can meet.
 */
final class PoiFailures {
  private PoiFailures() {}

  static ValidationIssue classify(String name, Exception e) {
    String all = messages(e);
    if (all.contains("zip bomb") || all.contains("potentially malicious")) {
      return issue(
          FileRules.ARCHIVE_LIMITS,
          "",
          name
              + " unpacks to far more than its size (a part would exceed "
              + XlsxLimits.MAX_ENTRY_BYTES / (1024 * 1024)
              + " MB, or is compressed beyond "
              + Math.round(1 / XlsxLimits.MIN_INFLATE_RATIO)
              + ":1): it was not read. Save the template again from the spreadsheet; if it is"
              + " really this large, split it.");
    }
    if (all.contains("doctype")) {
      return issue(
          FileRules.DTD,
          "<!DOCTYPE>",
          name
              + " has a part with a DTD (<!DOCTYPE ...>), which workbooks never need, so it was"
              + " not read. Save the template again from the spreadsheet.");
    }
    if (all.contains("odfnotofficexml")) {
      return issue(
          FileRules.UNREADABLE,
          "",
          name
              + " is an OpenDocument spreadsheet (.ods) renamed .xlsx. Save it as 'Excel"
              + " Workbook (.xlsx)'.");
    }
    return issue(
        FileRules.UNREADABLE,
        "",
        name
            + " is a damaged or incomplete Excel workbook and could not be read ("
            + e.getClass().getSimpleName()
            + "). Open it in the spreadsheet, save it again as .xlsx and send that.");
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null && all.length() < 10_000; t = t.getCause()) {
      all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
      if (t.getCause() == t) {
        break;
      }
    }
    return all.toString().toLowerCase(Locale.ROOT);
  }

  private static ValidationIssue issue(RuleDefinition rule, String value, String message) {
    return FileRules.issue(rule, null, Field.FILE, value, message);
  }
}
