package uk.ks1.core.collection;

import java.util.Objects;

/**
 * Where the reporting module reads a collection's figures: one summary view per level (national,
 * region, LA, school, each with the columns of the collection's measures), the per-school counts
 * (years with figures), the code counts per level ({@code level, key, collection, year, subject,
 * code, pupils}) and the pupil rows a school's pupil list shows. Every one has a {@code collection}
 * and a {@code year} column but the pupil rows, which need only {@code year}.
 */
public record ReportingViews(
    String nationalSummary,
    String regionSummary,
    String laSummary,
    String schoolSummary,
    String schoolCounts,
    String codeCounts,
    String pupilRows) {

  public ReportingViews {
    Objects.requireNonNull(nationalSummary, "nationalSummary");
    Objects.requireNonNull(regionSummary, "regionSummary");
    Objects.requireNonNull(laSummary, "laSummary");
    Objects.requireNonNull(schoolSummary, "schoolSummary");
    Objects.requireNonNull(schoolCounts, "schoolCounts");
    Objects.requireNonNull(codeCounts, "codeCounts");
    Objects.requireNonNull(pupilRows, "pupilRows");
  }
}
