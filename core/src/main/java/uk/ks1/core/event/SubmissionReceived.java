package uk.ks1.core.event;

import java.util.List;
import java.util.Map;

/**
 * One school's data from one file, parsed whole: the file's facts, the school, the collection and
 * year, the pupils with their raw values, what the parser noticed, and what it skipped (other
 * stages, other years) with counts.
 *
 * <p>{@code sealed}: in the log, the pupils' identities (UPN, former UPN, names, date of birth)
 * encrypted with the data key of the submission's LA, collection and year, and the pupils' own
 * fields null; null while the identities are in the clear (before sealing, after opening, and in
 * events written before sealing).
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
    Map<String, Integer> skipped,
    String sealed)
    implements SubmissionEvent {

  public SubmissionReceived {
    pupils = List.copyOf(pupils);
    parseIssues = List.copyOf(parseIssues);
    skipped = Map.copyOf(skipped);
  }

  /** A submission as a parser makes it: identities in the clear. */
  public SubmissionReceived(
      String submissionId,
      String collection,
      int year,
      FileFacts file,
      String laestab,
      String schoolName,
      List<PupilRecord> pupils,
      List<ValidationIssue> parseIssues,
      Map<String, Integer> skipped) {
    this(
        submissionId,
        collection,
        year,
        file,
        laestab,
        schoolName,
        pupils,
        parseIssues,
        skipped,
        null);
  }

  /** The same submission with these pupils, parse issues and sealed identities. */
  public SubmissionReceived withIdentities(
      List<PupilRecord> pupils, List<ValidationIssue> parseIssues, String sealed) {
    return new SubmissionReceived(
        submissionId,
        collection,
        year,
        file,
        laestab,
        schoolName,
        pupils,
        parseIssues,
        skipped,
        sealed);
  }

  /** The LA code of the school (the first 3 digits of its LAESTAB). */
  public String laCode() {
    return laestab.substring(0, 3);
  }
}
