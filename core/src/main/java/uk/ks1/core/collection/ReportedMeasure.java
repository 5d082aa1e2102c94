package uk.ks1.core.collection;

import java.util.Objects;

/**
 * One published measure of a collection and the columns of its summary views: the pupils eligible
 * for it, those who met its standard, and (when it has one) those above it. The percentages are
 * worked out from these counts, never read.
 *
 * @param key the measure's id in the API ({@code measure}) and in the summary columns' names
 * @param label how people name it in full
 * @param shortLabel how a chart axis or a table's column names it (with a {@code *} when it has a
 *     note)
 * @param official whether it is a measure the DfE publishes ({@code dfeMeasure} in the API)
 * @param note said beside it wherever it is shown (why it is not official), or null
 * @param headline whether the dashboard shows it on a card of its own
 * @param eligibleColumn the summary views' column of eligible pupils
 * @param metColumn the column of pupils who met the standard
 * @param higherColumn the column of pupils above it, or null when the measure has no higher
 *     standard (its higher cells are then "not applicable")
 */
public record ReportedMeasure(
    String key,
    String label,
    String shortLabel,
    boolean official,
    String note,
    boolean headline,
    String eligibleColumn,
    String metColumn,
    String higherColumn) {

  public ReportedMeasure {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(shortLabel, "shortLabel");
    Objects.requireNonNull(eligibleColumn, "eligibleColumn");
    Objects.requireNonNull(metColumn, "metColumn");
  }

  public boolean hasHigher() {
    return higherColumn != null;
  }
}
