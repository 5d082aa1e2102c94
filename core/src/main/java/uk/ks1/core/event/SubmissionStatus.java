package uk.ks1.core.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A submission's status, as LAs know them from COLLECT, and {@code duplicate}: the same content as
 * the school's current submission dropped again, recorded but not counted a second time.
 */
public enum SubmissionStatus {
  PROCESSING("processing"),
  SUCCESSFUL("successful"),
  SUCCESSFUL_WITH_ERRORS("successful with errors"),
  UPLOAD_ERROR("upload error"),
  OVERWRITTEN("overwritten"),
  DELETED("deleted"),
  DUPLICATE("duplicate");

  private final String label;

  SubmissionStatus(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Whether a submission with this status supplies its school's current data. */
  public boolean isCurrent() {
    return this == SUCCESSFUL || this == SUCCESSFUL_WITH_ERRORS;
  }

  /** The status with this label, if any (as the store holds it). */
  public static Optional<SubmissionStatus> ofLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }

  /** The labels of the current statuses as a SQL list: {@code ('successful', ...)}. */
  public static String currentSqlList() {
    return Arrays.stream(values())
        .filter(SubmissionStatus::isCurrent)
        .map(s -> "'" + s.label + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
