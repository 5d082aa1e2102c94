package uk.ks1.core.event;

import java.util.List;
import java.util.Map;

/**
 * One school's data from one file, parsed whole: the file's facts, the school, the collection and
 * year, the pupils with their raw values, what the parser noticed, and what it skipped (other
 * stages, other years) with counts.
 */
public record SubmissionReceived(
    String submissionId,
    String collection,
    int year,
    FileFacts file,
    String laestab,
    String schoolName,
    List<PupilRecord> pupils,
    List<ValidationIssue> parseIssues,
    Map<String, Integer> skipped)
    implements SubmissionEvent {

  public SubmissionReceived {
    pupils = List.copyOf(pupils);
    parseIssues = List.copyOf(parseIssues);
    skipped = Map.copyOf(skipped);
  }

  /** The LA code of the school (the first 3 digits of its LAESTAB). */
  public String laCode() {
    return laestab.substring(0, 3);
  }
}
