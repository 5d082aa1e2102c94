package uk.ks1.core.school;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A collection's deadline for its returns, as the settings give it: the collection's own ({@code
 * laCode} null) or one LA's where it differs. A school still not received, or still with errors,
 * after its deadline is overdue.
 */
public record Deadline(String collection, String laCode, LocalDate date) {
  public Deadline {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(date, "date");
  }
}
