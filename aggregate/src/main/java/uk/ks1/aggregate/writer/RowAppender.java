package uk.ks1.aggregate.writer;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.writer.BatchPlan.NewSubmission;
import uk.ks1.aggregate.writer.BatchPlan.Processing;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.LocalAuthority;
import uk.ks1.core.json.Json;

/**
 * Appends a batch's new rows with DuckDB appenders (1M rows in about 2 s). Appenders join the
 * transaction only because it is already open when they are created: {@link StoreWriter} begins it
 * before anything else. Column order follows the tables as the migrations leave them (Migrations),
 * and a collection's pupil table as its definition makes it (CollectionTables).
 */
final class RowAppender {
  private final DuckDBConnection c;
  private final LaRegistry las;
  private final CollectionRegistry collections;
  private final String defaultCollection;

  /**
   * {@code defaultCollection}: the collection of a submission whose file announced or rejected it
   * before its own event said which (Store.defaultCollection).
   */
  RowAppender(
      DuckDBConnection c,
      LaRegistry las,
      CollectionRegistry collections,
      String defaultCollection) {
    this.c = c;
    this.las = las;
    this.collections = collections;
    this.defaultCollection = defaultCollection;
  }

  /** One appender per collection's pupil table, opened when first needed, closed together. */
  private final class PupilTables implements AutoCloseable {
    private final Map<String, DuckDBAppender> byCollection = new HashMap<>();

    DuckDBAppender of(String collection) throws SQLException {
      DuckDBAppender a = byCollection.get(collection);
      if (a == null) {
        a = appender(collections.of(collection).store().pupilTable());
        byCollection.put(collection, a);
      }
      return a;
    }

    @Override
    public void close() throws SQLException {
      SQLException failed = null;
      for (DuckDBAppender a : byCollection.values()) {
        try {
          a.close();
        } catch (SQLException e) {
          if (failed == null) {
            failed = e;
          } else {
            failed.addSuppressed(e);
          }
        }
      }
      if (failed != null) {
        throw failed;
      }
    }
  }

  void submissions(Collection<NewSubmission> submissions) throws SQLException {
    if (submissions.isEmpty()) {
      return;
    }
    try (DuckDBAppender subs = appender("submissions");
        DuckDBAppender issues = appender("validation_issues");
        PupilTables pupils = new PupilTables();
        DuckDBAppender identities = appender("pupil_identities")) {
      for (NewSubmission n : submissions) {
        SubmissionValidated v = n.validated;
        SubmissionReceived s = v.submission();
        subs.beginRow();
        new Cells(subs)
            .text(s.submissionId())
            .text(s.collection())
            .integer(s.year())
            .text(s.laCode())
            .text(s.laestab())
            .text(s.schoolName())
            .text(s.file().fileId())
            .text(s.file().fileName())
            .text(s.file().sha256())
            .text(s.file().format())
            .time(s.file().receivedAt())
            .time(v.validatedAt())
            .text(n.status.label())
            .integer(s.pupils().size())
            .integer((int) v.errors())
            .integer((int) v.queries())
            .text(n.replacedBy)
            .time(n.changedAt)
            .text(n.duplicateOf);
        subs.endRow();
        Map<Integer, String> keyByRow = new HashMap<>();
        for (PupilRow r : n.rows) {
          keyByRow.put(r.row(), r.pupilKey());
        }
        for (ValidationIssue i : v.issues()) {
          issue(issues, s.submissionId(), s.laestab(), i, keyByRow.get(i.row()));
        }
        if (n.status.isCurrent()) {
          pupils(pupils.of(s.collection()), identities, s, n.rows);
        }
      }
    }
  }

  /** Submissions a file announced, until validate reports them. */
  void processing(Collection<Processing> announced) throws SQLException {
    if (announced.isEmpty()) {
      return;
    }
    try (DuckDBAppender subs = appender("submissions")) {
      for (Processing p : announced) {
        FileFacts f = p.file();
        subs.beginRow();
        new Cells(subs)
            .text(p.submissionId())
            .text(defaultCollection)
            .integer(null)
            .text(p.laestab().substring(0, 3))
            .text(p.laestab())
            .text(null)
            .text(f.fileId())
            .text(f.fileName())
            .text(f.sha256())
            .text(f.format())
            .time(f.receivedAt())
            .time(null)
            .text(SubmissionStatus.PROCESSING.label())
            .integer(null)
            .integer(null)
            .integer(null)
            .text(null)
            .time(null)
            .text(null);
        subs.endRow();
      }
    }
  }

  private void pupils(
      DuckDBAppender pupils, DuckDBAppender identities, SubmissionReceived s, List<PupilRow> rows)
      throws SQLException {
    String region = las.current(s.laCode()).map(LocalAuthority::region).orElse(null);
    Map<Integer, PupilRecord> byRow = new HashMap<>();
    s.pupils().forEach(p -> byRow.put(p.row(), p));
    for (PupilRow r : rows) {
      pupils.beginRow();
      Cells row =
          new Cells(pupils)
              .text(s.collection())
              .integer(s.year())
              .text(s.laCode())
              .text(region)
              .text(s.laestab())
              .text(s.submissionId())
              .integer(r.row())
              .text(r.pupilKey())
              .bool(r.counts())
              .time(r.heldSince())
              .text(r.sex());
      for (Object value : r.values()) {
        row.value(value);
      }
      pupils.endRow();
      PupilRecord p = byRow.get(r.row());
      identities.beginRow();
      new Cells(identities)
          .text(s.submissionId())
          .integer(r.row())
          .text(r.pupilKey())
          .text(p.upn())
          .text(p.formerUpn())
          .text(p.forename())
          .text(p.surname())
          .text(p.dateOfBirth());
      identities.endRow();
    }
  }

  private static void issue(
      DuckDBAppender issues, String submissionId, String laestab, ValidationIssue i, String key)
      throws SQLException {
    issues.beginRow();
    new Cells(issues)
        .text(submissionId)
        .text(laestab)
        .integer(i.row())
        .text(key)
        .text(i.field() == null ? null : i.field().label())
        .text(i.ruleId())
        .text(i.severity().label())
        .text(i.effect().name().toLowerCase(Locale.ROOT))
        .text(i.value())
        .text(i.message())
        .text(i.allowed());
    issues.endRow();
  }

  /** File outcomes; a rejected file is also an upload-error submission with its reasons. */
  void files(List<FileProcessed> outcomes) throws SQLException {
    if (outcomes.isEmpty()) {
      return;
    }
    try (DuckDBAppender files = appender("files");
        DuckDBAppender subs = appender("submissions");
        DuckDBAppender issues = appender("validation_issues")) {
      for (FileProcessed f : outcomes) {
        FileFacts facts = f.file();
        files.beginRow();
        new Cells(files)
            .text(facts.fileId())
            .text(facts.laFolder())
            .text(facts.fileName())
            .text(facts.sha256())
            .text(facts.format())
            .bigint(facts.sizeBytes())
            .time(facts.receivedAt())
            .time(f.processedAt())
            .text(f.accepted() ? "accepted" : "rejected")
            .integer(f.submissionIds().size())
            .integer(f.reasons().size())
            .text(f.skipped().isEmpty() ? null : new String(Json.write(f.skipped())))
            .text(null);
        files.endRow();
        if (!f.accepted()) {
          String id = EventIds.uploadErrorId(facts.fileId());
          subs.beginRow();
          new Cells(subs)
              .text(id)
              .text(defaultCollection)
              .integer(null)
              .text(facts.laFolder())
              .text(null)
              .text(null)
              .text(facts.fileId())
              .text(facts.fileName())
              .text(facts.sha256())
              .text(facts.format())
              .time(facts.receivedAt())
              .time(f.processedAt())
              .text(SubmissionStatus.UPLOAD_ERROR.label())
              .integer(0)
              .integer(f.reasons().size())
              .integer(0)
              .text(null)
              .time(null)
              .text(null);
          subs.endRow();
          for (ValidationIssue reason : f.reasons()) {
            issue(issues, id, null, reason, null);
          }
        }
      }
    }
  }

  void deadLetters(List<DeadLetter> dead) throws SQLException {
    if (dead.isEmpty()) {
      return;
    }
    try (DuckDBAppender letters = appender("dead_letters")) {
      for (DeadLetter d : dead) {
        letters.beginRow();
        new Cells(letters)
            .text(d.origin())
            .text(d.key())
            .text(d.reason())
            .text(BatchPlanner.submissionIdIn(d.value()))
            .time(d.at());
        letters.endRow();
      }
    }
  }

  private DuckDBAppender appender(String table) throws SQLException {
    return c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }
}
