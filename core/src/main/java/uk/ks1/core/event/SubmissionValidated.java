package uk.ks1.core.event;

import java.time.Instant;
import java.util.List;

/**
 * A submission after every rule has run: its status and every issue (with each issue's effect on
 * the figures), stamped with when it was validated.
 */
public record SubmissionValidated(
    SubmissionReceived submission,
    SubmissionStatus status,
    List<ValidationIssue> issues,
    Instant validatedAt)
    implements ValidatedEvent {

  public SubmissionValidated {
    issues = List.copyOf(issues);
  }

  @Override
  public String laestab() {
    return submission.laestab();
  }

  public long errors() {
    return issues.stream().filter(ValidationIssue::isError).count();
  }

  public long queries() {
    return issues.size() - errors();
  }
}
