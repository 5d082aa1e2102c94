package uk.ks1.core.collection;

import java.util.Objects;

/**
 * The two statistics every measure of a collection publishes besides its eligible pupils: those who
 * met the standard and those above it. {@code metField} and {@code higherField} name them in the
 * API ({@code <field>}, {@code <field>Pct}, {@code <field>PctRounded}, and in a gap {@code <field>}
 * and {@code <field>Rounded}); the labels are what tables and charts call them, the meanings what a
 * sentence says: a noun phrase that follows "% reaching" ("the expected standard").
 */
public record ReportedStats(
    String metField,
    String metLabel,
    String metMeaning,
    String higherField,
    String higherLabel,
    String higherMeaning) {

  public ReportedStats {
    Objects.requireNonNull(metField, "metField");
    Objects.requireNonNull(metLabel, "metLabel");
    Objects.requireNonNull(metMeaning, "metMeaning");
    Objects.requireNonNull(higherField, "higherField");
    Objects.requireNonNull(higherLabel, "higherLabel");
    Objects.requireNonNull(higherMeaning, "higherMeaning");
  }
}
