package uk.ks1.aggregate.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.Ks1Stores;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.store.SummaryViews;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.Inbound;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.core.topic.Topics;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestUpns;

/**
 * A real DuckDB store and its writer for writer tests, with builders for the events the aggregate
 * consumes: each submission comes from its own file (id, name, content hash) unless told otherwise.
 */
final class StoreFixture implements AutoCloseable {
  /** school_counts as the writer keeps it, and as counting pupil_results afresh gives it. */
  static final String KEPT_COUNTS = "SELECT * FROM school_counts ORDER BY ALL";

  static final String FRESH_COUNTS =
      "SELECT * FROM (" + SummaryViews.schoolCounts(Ks1Ta.definition(), "true") + ") ORDER BY ALL";

  final Store store;
  final StoreWriter writer;
  private long offset;

  StoreFixture(Path dir) throws SQLException {
    store = Ks1Stores.open(dir.resolve("ks1.duckdb"));
    writer = new StoreWriter(store, new PupilKeys(new byte[32]), LaRegistry.standard());
  }

  /**
   * A file received at {@code at}; {@code content} stands for its bytes (same content, same hash).
   */
  static FileFacts file(String fileId, String la, String name, String content, Instant at) {
    return new FileFacts(fileId, la, name, EventIds.sha256Hex(content), "CTF", 1000, at);
  }

  static SubmissionValidated validated(
      String id,
      String laestab,
      FileFacts file,
      List<PupilRecord> pupils,
      List<ValidationIssue> issues) {
    return validated(id, laestab, 2023, file, pupils, issues);
  }

  static SubmissionValidated validated(
      String id,
      String laestab,
      int year,
      FileFacts file,
      List<PupilRecord> pupils,
      List<ValidationIssue> issues) {
    SubmissionReceived s =
        new SubmissionReceived(
            id, "KS1_TA", year, file, laestab, "School " + laestab, pupils, List.of(), Map.of());
    SubmissionStatus status =
        issues.stream().anyMatch(ValidationIssue::isError)
            ? SubmissionStatus.SUCCESSFUL_WITH_ERRORS
            : SubmissionStatus.SUCCESSFUL;
    return new SubmissionValidated(s, status, issues, file.receivedAt());
  }

  /** A submission from its own file, named after the submission, received at {@code at}. */
  static SubmissionValidated validated(
      String id,
      String laestab,
      List<PupilRecord> pupils,
      List<ValidationIssue> issues,
      Instant at) {
    FileFacts file =
        file("file-" + id, laestab.substring(0, 3), id + ".xml", "content of " + id, at);
    return validated(id, laestab, file, pupils, issues);
  }

  /** A school's file of one pupil (EXS, GDS, WTS, EXS), received at {@code at}. */
  static SubmissionValidated onePupil(String id, String laestab, Instant at) {
    String upn = TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), 1);
    return validated(
        id, laestab, List.of(Records.pupil(1, upn, "EXS", "GDS", "WTS", "EXS")), List.of(), at);
  }

  static FileProcessed accepted(FileFacts file, List<SubmissionValidated> submissions) {
    return new FileProcessed(
        file,
        true,
        submissions.stream().map(v -> v.submission().submissionId()).toList(),
        submissions.stream().map(SubmissionValidated::laestab).toList(),
        List.of(),
        Map.of(),
        file.receivedAt().plusMillis(500));
  }

  /**
   * Writes events as one batch, as consumed from the validated topic at the next offsets; then
   * checks that what the writer remembers of the history (its ledger) is what the store holds.
   */
  CommitSummary write(Object... events) throws SQLException {
    List<Incoming> consumed = new ArrayList<>();
    for (Object e : events) {
      consumed.add(new Incoming(Topics.VALIDATED.name(), 0, offset++));
    }
    List<Inbound> values = Arrays.stream(events).map(Inbound.class::cast).toList();
    CommitSummary summary = writer.write(values, consumed);
    assertEquals(
        SubmissionLedger.read(store.writer()),
        writer.ledger(),
        "the writer's ledger after the batch");
    assertEquals(rows(FRESH_COUNTS), rows(KEPT_COUNTS), "school_counts after the batch");
    return summary;
  }

  List<String> rows(String sql) throws SQLException {
    try (DuckDBConnection c = store.reader()) {
      return SqlRows.of(c, sql);
    }
  }

  /** DDL through the writer's own connection, so its next transaction sees it. */
  void sql(String statement) throws SQLException {
    try (Statement s = store.writer().createStatement()) {
      s.execute(statement);
    }
  }

  @Override
  public void close() throws SQLException {
    store.close();
  }
}
