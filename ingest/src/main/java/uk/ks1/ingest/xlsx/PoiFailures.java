package uk.ks1.ingest.xlsx;

import java.util.Locale;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.FileRules;

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
      return FileRules.XLSX_BOMB.issue(
          null,
          Field.FILE,
          "",
          Map.of(
              "name",
              name,
              "partMb",
              XlsxLimits.MAX_ENTRY_BYTES / (1024 * 1024),
              "ratio",
              Math.round(1 / XlsxLimits.MIN_INFLATE_RATIO)));
    }
    if (all.contains("doctype")) {
      return FileRules.XLSX_DTD.issue(null, Field.FILE, "<!DOCTYPE>", Map.of("name", name));
    }
    if (all.contains("odfnotofficexml")) {
      return FileRules.XLSX_IS_ODS.issue(null, Field.FILE, "", Map.of("name", name));
    }
    return FileRules.XLSX_DAMAGED.issue(
        null, Field.FILE, "", Map.of("name", name, "exception", e.getClass().getSimpleName()));
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
}
