package uk.ks1.core.collection;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A collection's words on the dashboard and in the reports (the generic frame says the rest:
 * "provisional", the symbols, the bands).
 *
 * @param service the service's name in a page's title and a PDF's creator
 * @param shortName the collection's name in a report's title and a download's file name
 * @param title the dashboard's heading, before the academic year
 * @param measuresHeading the PDFs' heading above the measures table
 * @param notes the PDFs' notes on the measures (an unofficial measure's star, a missing higher
 *     standard), one line each
 * @param tableNote the dashboard's note below the national table
 * @param notApplicable when a cell is z ("not applicable"), said in the dashboard's key
 */
public record ReportingLabels(
    String service,
    String shortName,
    String title,
    String measuresHeading,
    List<String> notes,
    String tableNote,
    String notApplicable) {

  public ReportingLabels {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(measuresHeading, "measuresHeading");
    notes = List.copyOf(notes);
    Objects.requireNonNull(tableNote, "tableNote");
    Objects.requireNonNull(notApplicable, "notApplicable");
  }

  /** How a download's file name starts: the short name in lower case, "ks1". */
  public String filePrefix() {
    return shortName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
