package uk.ks1.ingest.file;

import java.util.List;
import uk.ks1.core.event.ValidationIssue;

/** Thrown by a parser when a file cannot be accepted at all; carries the upload-error reasons. */
public final class FileRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<ValidationIssue> reasons;

  public FileRejectedException(ValidationIssue reason) {
    this(List.of(reason));
  }

  public FileRejectedException(List<ValidationIssue> reasons) {
    super(reasons.isEmpty() ? "rejected" : reasons.get(0).message(), null, false, false);
    this.reasons = List.copyOf(reasons);
  }

  public List<ValidationIssue> reasons() {
    return reasons;
  }
}
