package uk.ks1.aggregate.writer;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.store.PupilKeys;
import uk.ks1.aggregate.store.Store;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidatedEvent;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.LocalAuthority;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topics;

/**
 * Writes a batch of consumed records and the consumer's next offsets in one DuckDB transaction, so
 * a batch is either wholly in the store or not at all, and a replayed record changes nothing: a
 * submission or file already in the store is skipped. The latest submission of a school replaces
 * its current one (which becomes overwritten); a deletion removes a current submission's rows.
 */
public final class StoreWriter {
  private static final String CURRENT = "('successful', 'successful with errors')";

  private final DuckDBConnection c;
  private final PupilKeys keys;
  private final LaRegistry las;

  public StoreWriter(Store store, PupilKeys keys, LaRegistry las) throws SQLException {
    this.c = store.writer();
    this.keys = keys;
    this.las = las;
  }

  /** Decodes a value of the validated topic; throws with the reason if it cannot. */
  public static Object decode(Incoming in) {
    if (in.topic().equals(Topics.VALIDATED.name())) {
      return Json.read(in.value(), ValidatedEvent.class);
    }
    if (in.topic().equals(Topics.FILES.name())) {
      return Json.read(in.value(), FileProcessed.class);
    }
    if (in.topic().equals(Topics.DLQ.name())) {
      return in;
    }
    throw new IllegalArgumentException("No handler for topic " + in.topic());
  }

  /** Writes decoded records (in consumption order) and the next offsets, atomically. */
  public CommitSummary write(List<Object> events, List<Incoming> consumed) throws SQLException {
    // An explicit transaction: the appenders join it because it is already open when they start.
    execute("BEGIN TRANSACTION");
    try {
      Plan plan = plan(events);
      apply(plan, consumed);
      execute("COMMIT");
      return plan.summary();
    } catch (SQLException | RuntimeException e) {
      execute("ROLLBACK");
      throw e;
    }
  }

  // ---- planning: decide every row and change in memory, reading the store only ----

  private record Current(String submissionId, boolean inBatch) {}

  private record StatusChange(SubmissionStatus status, String replacedBy, Instant at) {}

  private static final class NewSubmission {
    final SubmissionValidated validated;
    final Map<Integer, List<ValidationIssue>> issuesByRow;
    List<PupilRow> rows;
    SubmissionStatus status;
    String replacedBy;
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

  private final class Plan {
    final Map<String, NewSubmission> submissions = new LinkedHashMap<>();
    final Map<String, StatusChange> storedChanges = new LinkedHashMap<>();
    final Set<String> storedLeavingCurrent = new HashSet<>();
    final List<FileProcessed> files = new ArrayList<>();
    final List<Incoming> deadLetters = new ArrayList<>();
    final List<String> recordedIds = new ArrayList<>();
    final List<CommitSummary.RecordedFile> recordedFiles = new ArrayList<>();
    final List<String> deadIds = new ArrayList<>();

    CommitSummary summary() {
      return new CommitSummary(recordedFiles, recordedIds, deadIds);
    }
  }

  private Plan plan(List<Object> events) throws SQLException {
    Plan plan = new Plan();
    Set<String> ids = new HashSet<>();
    Set<String> fileIds = new HashSet<>();
    Set<String> schools = new HashSet<>();
    for (Object e : events) {
      if (e instanceof SubmissionValidated v) {
        ids.add(v.submission().submissionId());
        schools.add(v.laestab());
      } else if (e instanceof DeletionRequested d) {
        schools.add(d.laestab());
      } else if (e instanceof FileProcessed f) {
        fileIds.add(f.file().fileId());
        ids.add(EventIds.uploadErrorId(f.file().fileId()));
      }
    }
    Set<String> known = existing("submissions", "submission_id", ids);
    Set<String> knownFiles = existing("files", "file_id", fileIds);
    Map<String, Current> current = currentSubmissions(schools);

    for (Object e : events) {
      if (e instanceof SubmissionValidated v) {
        planSubmission(plan, v, known, current);
      } else if (e instanceof DeletionRequested d) {
        planDeletion(plan, d, current);
      } else if (e instanceof FileProcessed f) {
        if (knownFiles.add(f.file().fileId())) {
          plan.files.add(f);
        }
        plan.recordedFiles.add(
            new CommitSummary.RecordedFile(
                f.file().fileId(),
                f.file().laFolder(),
                f.file().fileName(),
                f.accepted(),
                f.submissionIds()));
      } else if (e instanceof Incoming dead) {
        plan.deadLetters.add(dead);
        String id = submissionIdIn(dead.value());
        if (id != null) {
          plan.deadIds.add(id);
        }
      }
    }
    return plan;
  }

  private void planSubmission(
      Plan plan, SubmissionValidated v, Set<String> known, Map<String, Current> current)
      throws SQLException {
    SubmissionReceived s = v.submission();
    String id = s.submissionId();
    plan.recordedIds.add(id);
    if (known.contains(id) || plan.submissions.containsKey(id)) {
      return; // already in the store: a replay or a duplicate delivery
    }
    NewSubmission next = new NewSubmission(v);
    Map<String, Instant> heldSince = Map.of();
    String school = schoolKey(s.laestab(), s.collection(), s.year());
    Current previous = current.get(school);
    if (previous != null) {
      if (previous.inBatch()) {
        NewSubmission p = plan.submissions.get(previous.submissionId());
        p.status = SubmissionStatus.OVERWRITTEN;
        p.replacedBy = id;
        p.changedAt = v.validatedAt();
        heldSince = heldSinceOf(p.rows);
      } else {
        plan.storedChanges.put(
            previous.submissionId(),
            new StatusChange(SubmissionStatus.OVERWRITTEN, id, v.validatedAt()));
        plan.storedLeavingCurrent.add(previous.submissionId());
        heldSince = storedHeldSince(previous.submissionId());
      }
    }
    next.rows = rows(next, heldSince);
    plan.submissions.put(id, next);
    current.put(school, new Current(id, true));
  }

  private void planDeletion(Plan plan, DeletionRequested d, Map<String, Current> current) {
    for (Map.Entry<String, Current> entry : current.entrySet()) {
      Current cur = entry.getValue();
      if (!cur.submissionId().equals(d.submissionId())) {
        continue;
      }
      if (cur.inBatch()) {
        NewSubmission n = plan.submissions.get(cur.submissionId());
        n.status = SubmissionStatus.DELETED;
        n.changedAt = d.requestedAt();
      } else {
        plan.storedChanges.put(
            cur.submissionId(), new StatusChange(SubmissionStatus.DELETED, null, d.requestedAt()));
        plan.storedLeavingCurrent.add(cur.submissionId());
      }
      current.remove(entry.getKey());
      return;
    }
  }

  private List<PupilRow> rows(NewSubmission n, Map<String, Instant> heldSince) {
    SubmissionReceived s = n.validated.submission();
    List<PupilRow> rows = new ArrayList<>(s.pupils().size());
    for (PupilRecord p : s.pupils()) {
      String key = keys.of(p.upn());
      Instant since = key == null ? null : heldSince.get(key);
      rows.add(
          PupilRow.of(
              p,
              key,
              n.issuesByRow.getOrDefault(p.row(), List.of()),
              since != null ? since : s.file().receivedAt()));
    }
    return rows;
  }

  private static Map<String, Instant> heldSinceOf(List<PupilRow> rows) {
    Map<String, Instant> held = new HashMap<>();
    for (PupilRow r : rows) {
      if (r.pupilKey() != null) {
        held.putIfAbsent(r.pupilKey(), r.heldSince());
      }
    }
    return held;
  }

  private Map<String, Instant> storedHeldSince(String submissionId) throws SQLException {
    Map<String, Instant> held = new HashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT pupil_key, min(held_since) FROM pupil_records"
                + " WHERE submission_id = ? AND pupil_key IS NOT NULL GROUP BY pupil_key")) {
      q.setString(1, submissionId);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          held.put(
              rs.getString(1),
              rs.getObject(2, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC));
        }
      }
    }
    return held;
  }

  private Set<String> existing(String table, String column, Set<String> values)
      throws SQLException {
    Set<String> found = new HashSet<>();
    if (values.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT " + column + " FROM " + table + " WHERE " + column + " IN " + placeholders(values);
    try (PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, values);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  private Map<String, Current> currentSubmissions(Set<String> schools) throws SQLException {
    Map<String, Current> current = new HashMap<>();
    if (schools.isEmpty()) {
      return current;
    }
    String sql =
        "SELECT laestab, collection, year, submission_id FROM submissions WHERE status IN "
            + CURRENT
            + " AND laestab IN "
            + placeholders(schools);
    try (PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, schools);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          current.put(
              schoolKey(rs.getString(1), rs.getString(2), rs.getInt(3)),
              new Current(rs.getString(4), false));
        }
      }
    }
    return current;
  }

  // ---- applying: statements first (they open the transaction), then the appenders ----

  private void apply(Plan plan, List<Incoming> consumed) throws SQLException {
    saveOffsets(consumed);
    updateStoredSubmissions(plan);
    deleteRowsOf(plan.storedLeavingCurrent);
    appendSubmissions(plan);
    appendFiles(plan);
    appendDeadLetters(plan);
  }

  private void saveOffsets(List<Incoming> consumed) throws SQLException {
    Map<String, Long> next = new LinkedHashMap<>();
    for (Incoming in : consumed) {
      next.merge(in.topic() + "\u0000" + in.partition(), in.offset() + 1, Math::max);
    }
    try (PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM consumer_offsets WHERE topic = ? AND \"partition\" = ?");
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO consumer_offsets VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Long> e : next.entrySet()) {
        String[] tp = e.getKey().split("\u0000");
        delete.setString(1, tp[0]);
        delete.setInt(2, Integer.parseInt(tp[1]));
        delete.executeUpdate();
        insert.setString(1, tp[0]);
        insert.setInt(2, Integer.parseInt(tp[1]));
        insert.setLong(3, e.getValue());
        insert.executeUpdate();
      }
    }
  }

  private void updateStoredSubmissions(Plan plan) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE submissions SET status = ?, replaced_by = ?, status_changed_at = ?"
                + " WHERE submission_id = ?")) {
      for (Map.Entry<String, StatusChange> e : plan.storedChanges.entrySet()) {
        update.setString(1, e.getValue().status().label());
        update.setString(2, e.getValue().replacedBy());
        update.setObject(3, Cells.utc(e.getValue().at()));
        update.setString(4, e.getKey());
        update.executeUpdate();
      }
    }
  }

  private void deleteRowsOf(Set<String> submissionIds) throws SQLException {
    if (submissionIds.isEmpty()) {
      return;
    }
    for (String table : List.of("pupil_records", "pupil_identities")) {
      try (PreparedStatement delete =
          c.prepareStatement(
              "DELETE FROM " + table + " WHERE submission_id IN " + placeholders(submissionIds))) {
        bind(delete, submissionIds);
        delete.executeUpdate();
      }
    }
  }

  private void appendSubmissions(Plan plan) throws SQLException {
    if (plan.submissions.isEmpty()) {
      return;
    }
    try (DuckDBAppender subs = appender("submissions");
        DuckDBAppender issues = appender("validation_issues");
        DuckDBAppender pupils = appender("pupil_records");
        DuckDBAppender identities = appender("pupil_identities")) {
      for (NewSubmission n : plan.submissions.values()) {
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
            .time(n.changedAt);
        subs.endRow();
        Map<Integer, String> keyByRow = new HashMap<>();
        for (PupilRow r : n.rows) {
          keyByRow.put(r.row(), r.pupilKey());
        }
        for (ValidationIssue i : v.issues()) {
          appendIssue(issues, s.submissionId(), s.laestab(), i, keyByRow.get(i.row()));
        }
        if (n.status.isCurrent()) {
          appendPupils(pupils, identities, s, n.rows);
        }
      }
    }
  }

  private void appendPupils(
      DuckDBAppender pupils, DuckDBAppender identities, SubmissionReceived s, List<PupilRow> rows)
      throws SQLException {
    String region = las.current(s.laCode()).map(LocalAuthority::region).orElse(null);
    Map<Integer, PupilRecord> byRow = new HashMap<>();
    s.pupils().forEach(p -> byRow.put(p.row(), p));
    for (PupilRow r : rows) {
      pupils.beginRow();
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
          .text(r.sex())
          .text(r.reading())
          .text(r.writing())
          .text(r.maths())
          .text(r.science())
          .integer(r.readingScore())
          .integer(r.mathsScore())
          .integer(r.gpsScore());
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

  private static void appendIssue(
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
        .text(i.effect().name().toLowerCase(java.util.Locale.ROOT))
        .text(i.value())
        .text(i.message())
        .text(i.allowed());
    issues.endRow();
  }

  private void appendFiles(Plan plan) throws SQLException {
    if (plan.files.isEmpty()) {
      return;
    }
    try (DuckDBAppender files = appender("files");
        DuckDBAppender subs = appender("submissions");
        DuckDBAppender issues = appender("validation_issues")) {
      for (FileProcessed f : plan.files) {
        var facts = f.file();
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
            .text(f.skipped().isEmpty() ? null : new String(Json.write(f.skipped())));
        files.endRow();
        if (!f.accepted()) {
          String id = EventIds.uploadErrorId(facts.fileId());
          subs.beginRow();
          new Cells(subs)
              .text(id)
              .text("KS1_TA")
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
              .time(null);
          subs.endRow();
          for (ValidationIssue reason : f.reasons()) {
            appendIssue(issues, id, null, reason, null);
          }
        }
      }
    }
  }

  private void appendDeadLetters(Plan plan) throws SQLException {
    if (plan.deadLetters.isEmpty()) {
      return;
    }
    try (DuckDBAppender dead = appender("dead_letters")) {
      for (Incoming d : plan.deadLetters) {
        dead.beginRow();
        new Cells(dead)
            .text(d.origin())
            .text(d.key())
            .text(d.reason())
            .text(submissionIdIn(d.value()))
            .time(Instant.ofEpochMilli(d.timestamp()));
        dead.endRow();
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private DuckDBAppender appender(String table) throws SQLException {
    return c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  private static String submissionIdIn(byte[] value) {
    try {
      JsonNode node = Json.mapper().readTree(value);
      JsonNode id = node.path("submissionId");
      if (id.isMissingNode()) {
        id = node.path("submission").path("submissionId");
      }
      return id.isTextual() ? id.asText() : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static String schoolKey(String laestab, String collection, int year) {
    return laestab + "/" + collection + "/" + year;
  }

  private static String placeholders(Set<String> values) {
    return "(" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")";
  }

  private static void bind(PreparedStatement q, Set<String> values) throws SQLException {
    int i = 1;
    for (String v : values) {
      q.setString(i++, v);
    }
  }
}
