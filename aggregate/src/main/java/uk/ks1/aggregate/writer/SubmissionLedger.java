package uk.ks1.aggregate.writer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.writer.StoreLookups.Current;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SubmissionStatus;

/**
 * What a batch is planned from, held in memory by the store's one writer: every submission's
 * status, every file received, and each school's current submission. Read from the store when the
 * writer starts and brought up to date only from each committed plan (a batch that fails leaves it
 * as the store is), so planning asks the store nothing (three queries a batch before: a fifth of
 * the writer's time at national scale). A collection's worth is a few megabytes.
 */
final class SubmissionLedger {
  private final Map<String, String> statuses;
  private final Set<String> files;
  private final Map<String, Map<String, Current>> currentByLaestab;

  private SubmissionLedger(
      Map<String, String> statuses,
      Set<String> files,
      Map<String, Map<String, Current>> currentByLaestab) {
    this.statuses = statuses;
    this.files = files;
    this.currentByLaestab = currentByLaestab;
  }

  /** The ledger as the store holds it, read on the writer's connection. */
  static SubmissionLedger read(DuckDBConnection c) throws SQLException {
    Map<String, String> statuses = new HashMap<>();
    Set<String> files = new HashSet<>();
    Map<String, Map<String, Current>> current = new HashMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT submission_id, status FROM submissions")) {
        while (rs.next()) {
          statuses.put(rs.getString(1), rs.getString(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT file_id FROM files")) {
        while (rs.next()) {
          files.add(rs.getString(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT laestab, collection, year, submission_id, file_id, file_sha256"
                  + " FROM submissions WHERE status IN "
                  + StoreLookups.CURRENT)) {
        while (rs.next()) {
          String laestab = rs.getString(1);
          current
              .computeIfAbsent(laestab, k -> new HashMap<>())
              .put(
                  StoreLookups.schoolKey(laestab, rs.getString(2), rs.getInt(3)),
                  new Current(rs.getString(4), rs.getString(5), rs.getString(6), false));
        }
      }
    }
    return new SubmissionLedger(statuses, files, current);
  }

  /** submission id -> status, for the given ids that are in the store. */
  Map<String, String> statuses(Set<String> ids) {
    Map<String, String> found = new HashMap<>();
    for (String id : ids) {
      String status = statuses.get(id);
      if (status != null) {
        found.put(id, status);
      }
    }
    return found;
  }

  /** The given file ids already in the store (a set the caller may add to). */
  Set<String> knownFiles(Set<String> fileIds) {
    Set<String> found = new HashSet<>();
    for (String id : fileIds) {
      if (files.contains(id)) {
        found.add(id);
      }
    }
    return found;
  }

  /** school key -> current submission, for the given schools (a map the caller may change). */
  Map<String, Current> currentSubmissions(Set<String> laestabs) {
    Map<String, Current> found = new HashMap<>();
    for (String laestab : laestabs) {
      found.putAll(currentByLaestab.getOrDefault(laestab, Map.of()));
    }
    return found;
  }

  /** Brings the ledger up to date with a plan the store has committed. */
  void committed(BatchPlan plan) {
    plan.storedChanges.forEach((id, change) -> statuses.put(id, change.status().label()));
    plan.processing.keySet().forEach(id -> statuses.put(id, SubmissionStatus.PROCESSING.label()));
    plan.submissions.forEach((id, n) -> statuses.put(id, n.status.label()));
    for (FileProcessed f : plan.files) {
      files.add(f.file().fileId());
      if (!f.accepted()) {
        statuses.put(
            EventIds.uploadErrorId(f.file().fileId()), SubmissionStatus.UPLOAD_ERROR.label());
      }
    }
    plan.currentLaestabs.forEach(currentByLaestab::remove);
    plan.current.forEach(
        (school, c) ->
            currentByLaestab
                .computeIfAbsent(StoreLookups.laestabOf(school), k -> new HashMap<>())
                .put(school, new Current(c.submissionId(), c.fileId(), c.sha256(), false)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubmissionLedger other
        && statuses.equals(other.statuses)
        && files.equals(other.files)
        && currentByLaestab.equals(other.currentByLaestab);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statuses, files, currentByLaestab);
  }

  @Override
  public String toString() {
    return "SubmissionLedger[statuses=%s, files=%s, current=%s]"
        .formatted(statuses, files, currentByLaestab);
  }
}
