package uk.ks1.aggregate.writer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SchoolListEvent;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;

/**
 * Everything one batch changes in the store, decided in memory by {@link BatchPlanner} before
 * {@link BatchApplier} writes any of it: new rows, status changes of stored submissions, rows to
 * delete, and what the batch tells those waiting on the store.
 */
final class BatchPlan {
  /** A validated submission new to the store, and what becomes of it within the batch. */
  static final class NewSubmission {
    final SubmissionValidated validated;
    final Map<Integer, List<ValidationIssue>> issuesByRow;
    List<PupilRow> rows = List.of();
    SubmissionStatus status;
    String replacedBy;
    String duplicateOf;
    Instant changedAt;

    NewSubmission(SubmissionValidated v) {
      this.validated = v;
      this.status = v.status();
      this.issuesByRow =
          v.issues().stream()
              .filter(i -> i.row() != null)
              .collect(Collectors.groupingBy(ValidationIssue::row));
    }
  }

  /** A stored submission's new status (overwritten, with who replaced it; or deleted). */
  record StatusChange(SubmissionStatus status, String replacedBy, Instant at) {}

  /** A submission a file announced that validate has not reported yet: "processing". */
  record Processing(String submissionId, String laestab, FileFacts file) {}

  final Map<String, NewSubmission> submissions = new LinkedHashMap<>();
  final Map<String, StatusChange> storedChanges = new LinkedHashMap<>();
  final Set<String> storedLeavingCurrent = new HashSet<>();
  final Set<String> storedProcessingDone = new HashSet<>();
  final Map<String, Processing> processing = new LinkedHashMap<>();
  final List<FileProcessed> files = new ArrayList<>();
  final Set<String> filesToSettle = new LinkedHashSet<>();
  final List<DeadLetter> deadLetters = new ArrayList<>();

  /** Changes to the list of schools and confirmations, in order. */
  final List<SchoolListEvent> schoolList = new ArrayList<>();

  /** The schools (LAESTABs) the batch looked at, and their current submissions after it. */
  final Set<String> currentLaestabs = new HashSet<>();

  final Map<String, StoreLookups.Current> current = new HashMap<>();

  final List<String> recordedIds = new ArrayList<>();
  final List<CommitSummary.RecordedFile> recordedFiles = new ArrayList<>();
  final List<String> deadIds = new ArrayList<>();
  final List<CommitSummary.Deletion> deletions = new ArrayList<>();

  CommitSummary summary() {
    return new CommitSummary(recordedFiles, recordedIds, deadIds, deletions)
        .withSchoolListChanges(schoolList.size());
  }
}
