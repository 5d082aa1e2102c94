package uk.ks1.ingest.file;

import java.util.List;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SubmissionReceived;

/** What became of one file: its facts, its submissions (none if rejected) and its outcome. */
public record IntakeResult(
    FileFacts facts, List<SubmissionReceived> submissions, FileProcessed outcome) {

  public IntakeResult {
    submissions = List.copyOf(submissions);
  }

  public boolean accepted() {
    return outcome.accepted();
  }
}
