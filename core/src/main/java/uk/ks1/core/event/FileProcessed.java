package uk.ks1.core.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A value on {@code ks1.files.v1}: what became of a file. Accepted as the listed submissions (one
 * per school), or rejected as an upload error with its reasons.
 */
public record FileProcessed(
    FileFacts file,
    boolean accepted,
    List<String> submissionIds,
    List<String> laestabs,
    List<ValidationIssue> reasons,
    Map<String, Integer> skipped,
    Instant processedAt)
    implements Inbound {

  public FileProcessed {
    submissionIds = List.copyOf(submissionIds);
    laestabs = List.copyOf(laestabs);
    reasons = List.copyOf(reasons);
    skipped = Map.copyOf(skipped);
  }
}
