package uk.ks1.aggregate.writer;

import java.util.List;

/**
 * What one committed batch recorded, for whoever waits on the store (the load command, the
 * dashboard's change feed): the files and submissions now in it, and dead letters.
 */
public record CommitSummary(
    List<RecordedFile> files, List<String> submissionIds, List<String> deadSubmissionIds) {

  /** A file outcome now in the store: the folder and name it came in under, and its fate. */
  public record RecordedFile(
      String fileId,
      String laFolder,
      String fileName,
      boolean accepted,
      List<String> submissionIds) {}

  public CommitSummary {
    files = List.copyOf(files);
    submissionIds = List.copyOf(submissionIds);
    deadSubmissionIds = List.copyOf(deadSubmissionIds);
  }

  public static CommitSummary merge(List<CommitSummary> parts) {
    List<RecordedFile> files = new java.util.ArrayList<>();
    List<String> ids = new java.util.ArrayList<>();
    List<String> dead = new java.util.ArrayList<>();
    for (CommitSummary p : parts) {
      files.addAll(p.files());
      ids.addAll(p.submissionIds());
      dead.addAll(p.deadSubmissionIds());
    }
    return new CommitSummary(files, ids, dead);
  }

  public boolean isEmpty() {
    return files.isEmpty() && submissionIds.isEmpty() && deadSubmissionIds.isEmpty();
  }
}
