package uk.ks1.aggregate.filereport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.store.FileIssues;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.CommitSummary;
import uk.ks1.aggregate.writer.CommitSummary.RecordedFile;
import uk.ks1.core.report.ErrorReport;
import uk.ks1.core.text.LogText;

/**
 * Writes an accepted file's report ({@code <name>.report.csv} and {@code .xlsx} beside where the
 * intake put it) once the store holds every one of its submissions as the validate role decided
 * them: the issues the school must act on, strict-mode rejections and cross-school queries (X01)
 * included, as the data-errors report lists them. A file with none gets no report. Runs on the
 * aggregate role's thread right after each commit, before the listeners that wait for files (so a
 * finished {@code load} has every report written).
 *
 * <p>A file's outcome and its submissions reach the store in either order: a file is held until its
 * last submission is in. What is held is in memory: a crash between a commit and the report loses
 * that file's report (its issues stay in the store and in the data-errors report).
 */
public final class FileReports implements StoreListener {
  private static final Logger LOG = LoggerFactory.getLogger(FileReports.class);

  private final Store store;
  private final Path dataDir;

  /** Accepted files not yet reported, and the submissions each still waits for. */
  private final Map<String, Waiting> waiting = new LinkedHashMap<>();

  /** submission id -> the waiting file it belongs to. */
  private final Map<String, String> fileOf = new HashMap<>();

  private record Waiting(RecordedFile file, Set<String> missing) {}

  public FileReports(Store store, Path dataDir) {
    this.store = store;
    this.dataDir = dataDir;
  }

  @Override
  public void committed(CommitSummary summary) {
    try {
      List<RecordedFile> complete = new ArrayList<>(arrived(summary.files()));
      complete.addAll(settled(summary.submissionIds()));
      complete.addAll(settled(summary.deadSubmissionIds()));
      write(complete);
    } catch (SQLException | RuntimeException e) {
      // A report that cannot be written must not stop the store: the issues are stored.
      LOG.warn("Writing files' reports failed: {}", LogText.escape(e.toString()));
    }
  }

  /** The new files whose submissions are all in the store already; the others wait. */
  private List<RecordedFile> arrived(List<RecordedFile> files) throws SQLException {
    List<RecordedFile> ready = new ArrayList<>();
    List<RecordedFile> fresh = new ArrayList<>();
    for (RecordedFile f : files) {
      if (f.accepted() && f.placedAs() != null && !f.submissionIds().isEmpty()) {
        fresh.add(f);
      }
    }
    if (fresh.isEmpty()) {
      return ready;
    }
    Set<String> ids = new HashSet<>();
    fresh.forEach(f -> ids.addAll(f.submissionIds()));
    Set<String> stored = FileIssues.storedAmong(store.writer(), ids);
    for (RecordedFile f : fresh) {
      Set<String> missing = new HashSet<>(f.submissionIds());
      missing.removeAll(stored);
      if (missing.isEmpty()) {
        ready.add(f);
      } else {
        waiting.put(f.fileId(), new Waiting(f, missing));
        missing.forEach(id -> fileOf.put(id, f.fileId()));
      }
    }
    return ready;
  }

  /** The waiting files whose last missing submission is among {@code ids}. */
  private List<RecordedFile> settled(List<String> ids) {
    List<RecordedFile> ready = new ArrayList<>();
    for (String id : ids) {
      String fileId = fileOf.remove(id);
      Waiting w = fileId == null ? null : waiting.get(fileId);
      if (w != null && w.missing().remove(id) && w.missing().isEmpty()) {
        waiting.remove(fileId);
        ready.add(w.file());
      }
    }
    return ready;
  }

  private void write(List<RecordedFile> files) throws SQLException {
    if (files.isEmpty()) {
      return;
    }
    Map<String, RecordedFile> byId = new LinkedHashMap<>();
    files.forEach(f -> byId.put(f.fileId(), f));
    Map<String, List<FileIssues.Issue>> issues =
        FileIssues.of(store.writer(), store.collections(), byId.keySet());
    for (Map.Entry<String, List<FileIssues.Issue>> e : issues.entrySet()) {
      RecordedFile f = byId.get(e.getKey());
      Path placed = dataDir.resolve(f.placedAs());
      try {
        if (Files.isDirectory(placed.getParent())) {
          report(f, e.getValue()).writeBeside(placed);
        }
      } catch (IOException ex) {
        LOG.warn(
            "The report of {} could not be written: {}",
            LogText.escape(f.fileName()),
            LogText.escape(ex.toString()));
      }
    }
  }

  private static ErrorReport report(RecordedFile f, List<FileIssues.Issue> issues) {
    List<ErrorReport.Line> lines = new ArrayList<>(issues.size());
    for (FileIssues.Issue i : issues) {
      lines.add(
          new ErrorReport.Line(
              f.fileName(),
              i.row(),
              i.field(),
              i.value(),
              i.ruleId(),
              i.severity(),
              i.message(),
              i.allowed()));
    }
    return ErrorReport.ofStored(lines, f.reportColumns());
  }
}
