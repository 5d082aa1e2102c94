package uk.ks1.core.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** An error must be fixed (the data it touches does not count); a query must be checked. */
public enum Severity {
  ERROR,
  QUERY;

  @JsonValue
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
