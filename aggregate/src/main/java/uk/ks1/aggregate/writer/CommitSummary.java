package uk.ks1.aggregate.writer;

import java.util.List;

/**
 * What one committed batch recorded, for whoever waits on the store (the load command, the
 * dashboard's change feed, metrics): the files and submissions now in it, dead letters, and how
 * long the store took to write the batch.
 */
public record CommitSummary(
    List<RecordedFile> files,
    List<String> submissionIds,
    List<String> deadSubmissionIds,
    long storeNanos) {

  public CommitSummary(
      List<RecordedFile> files, List<String> submissionIds, List<String> deadSubmissionIds) {
    this(files, submissionIds, deadSubmissionIds, 0);
  }

  /** The same summary with the time the store took to write it. */
  public CommitSummary withStoreNanos(long nanos) {
    return new CommitSummary(files, submissionIds, deadSubmissionIds, nanos);
  }

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
    long nanos = 0;
    for (CommitSummary p : parts) {
      nanos += p.storeNanos();
      files.addAll(p.files());
      ids.addAll(p.submissionIds());
      dead.addAll(p.deadSubmissionIds());
    }
    return new CommitSummary(files, ids, dead, nanos);
  }

  public boolean isEmpty() {
    return files.isEmpty() && submissionIds.isEmpty() && deadSubmissionIds.isEmpty();
  }
}
