package uk.ks1.aggregate.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one committed batch recorded, for whoever waits on the store (the load and delete commands,
 * the dashboard's change feed, metrics): the files and submissions now in it, dead letters, what
 * became of each deletion request, how many changes to the list of schools it took (imports,
 * corrections, confirmations), and how long the store took to write the batch.
 */
public record CommitSummary(
    List<RecordedFile> files,
    List<String> submissionIds,
    List<String> deadSubmissionIds,
    List<Deletion> deletions,
    int schoolListChanges,
    long storeNanos) {

  public CommitSummary(
      List<RecordedFile> files,
      List<String> submissionIds,
      List<String> deadSubmissionIds,
      List<Deletion> deletions) {
    this(files, submissionIds, deadSubmissionIds, deletions, 0, 0);
  }

  /** The same summary with the changes to the list of schools the batch took. */
  public CommitSummary withSchoolListChanges(int changes) {
    return new CommitSummary(
        files, submissionIds, deadSubmissionIds, deletions, changes, storeNanos);
  }

  /** The same summary with the time the store took to write it. */
  public CommitSummary withStoreNanos(long nanos) {
    return new CommitSummary(
        files, submissionIds, deadSubmissionIds, deletions, schoolListChanges, nanos);
  }

  /**
   * A file outcome now in the store: the folder and name it came in under, its fate, and for its
   * report where the intake put it and the headers it used ({@link
   * uk.ks1.core.event.FileProcessed}).
   */
  public record RecordedFile(
      String fileId,
      String laFolder,
      String fileName,
      boolean accepted,
      List<String> submissionIds,
      String placedAs,
      Map<String, String> reportColumns) {

    public RecordedFile {
      submissionIds = List.copyOf(submissionIds);
      reportColumns = reportColumns == null ? Map.of() : Map.copyOf(reportColumns);
    }

    public RecordedFile(
        String fileId,
        String laFolder,
        String fileName,
        boolean accepted,
        List<String> submissionIds) {
      this(fileId, laFolder, fileName, accepted, submissionIds, null, Map.of());
    }
  }

  /**
   * A deletion request as the store took it: done (the submission's data left every figure), or
   * refused with the reason (only a school's current submission can be deleted).
   */
  public record Deletion(String submissionId, boolean deleted, String reason) {}

  public CommitSummary {
    files = List.copyOf(files);
    submissionIds = List.copyOf(submissionIds);
    deadSubmissionIds = List.copyOf(deadSubmissionIds);
    deletions = List.copyOf(deletions);
  }

  public static CommitSummary merge(List<CommitSummary> parts) {
    List<RecordedFile> files = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> dead = new ArrayList<>();
    List<Deletion> deletions = new ArrayList<>();
    long nanos = 0;
    int schoolList = 0;
    for (CommitSummary p : parts) {
      nanos += p.storeNanos();
      schoolList += p.schoolListChanges();
      files.addAll(p.files());
      ids.addAll(p.submissionIds());
      dead.addAll(p.deadSubmissionIds());
      deletions.addAll(p.deletions());
    }
    return new CommitSummary(files, ids, dead, deletions, schoolList, nanos);
  }

  /** Nothing a reader of the store would see changed. */
  public boolean isEmpty() {
    return schoolListChanges == 0
        && files.isEmpty()
        && submissionIds.isEmpty()
        && deadSubmissionIds.isEmpty()
        && deletions.isEmpty();
  }
}
