package uk.ks1.ingest.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.ValidationIssue;

/**
 * What became of one file: its facts, its submissions (none if rejected), its outcome, and what its
 * error report lists: the reasons it was rejected, or, for an accepted file, every issue the rules
 * find in its pupils, with the column headers the file used. {@code unpacked} holds the bytes of a
 * rejected file that came out of a zip (so it can be put aside like a dropped file); it is null
 * otherwise.
 */
public record IntakeResult(
    FileFacts facts,
    List<SubmissionReceived> submissions,
    FileProcessed outcome,
    List<ValidationIssue> problems,
    Map<Field, String> columns,
    byte[] unpacked) {

  public IntakeResult {
    submissions = List.copyOf(submissions);
    problems = List.copyOf(problems);
    columns =
        columns.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  public IntakeResult(
      FileFacts facts, List<SubmissionReceived> submissions, FileProcessed outcome) {
    this(facts, submissions, outcome, outcome.reasons(), Map.of(), null);
  }

  public boolean accepted() {
    return outcome.accepted();
  }
}
