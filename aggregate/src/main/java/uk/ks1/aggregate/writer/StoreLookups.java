package uk.ks1.aggregate.writer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import uk.ks1.core.event.SubmissionStatus;

/** The store reads a batch is planned from, on the writer's connection inside its transaction. */
final class StoreLookups {
  static final String CURRENT = SubmissionStatus.currentSqlList();

  /** A school's current submission: its id and the file (id and content hash) it came from. */
  record Current(String submissionId, String fileId, String sha256, boolean inBatch) {}

  private final DuckDBConnection c;

  StoreLookups(DuckDBConnection c) {
    this.c = c;
  }

  /** submission id -> status, for the given ids that are in the store. */
  Map<String, String> statuses(Set<String> ids) throws SQLException {
    Map<String, String> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT submission_id, status FROM submissions WHERE submission_id IN " + placeholders(ids);
    try (PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, ids);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return found;
  }

  Set<String> knownFiles(Set<String> fileIds) throws SQLException {
    Set<String> found = new HashSet<>();
    if (fileIds.isEmpty()) {
      return found;
    }
    String sql = "SELECT file_id FROM files WHERE file_id IN " + placeholders(fileIds);
    try (PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, fileIds);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  /** school key ({@link #schoolKey}) -> current submission, for the given schools. */
  Map<String, Current> currentSubmissions(Set<String> laestabs) throws SQLException {
    Map<String, Current> current = new HashMap<>();
    if (laestabs.isEmpty()) {
      return current;
    }
    String sql =
        "SELECT laestab, collection, year, submission_id, file_id, file_sha256 FROM submissions"
            + " WHERE status IN "
            + CURRENT
            + " AND laestab IN "
            + placeholders(laestabs);
    try (PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, laestabs);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          current.put(
              schoolKey(rs.getString(1), rs.getString(2), rs.getInt(3)),
              new Current(rs.getString(4), rs.getString(5), rs.getString(6), false));
        }
      }
    }
    return current;
  }

  /** pupil key -> when the school's data first held the pupil, for a stored submission's rows. */
  Map<String, Instant> heldSince(String submissionId) throws SQLException {
    Map<String, Instant> held = new HashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT pupil_key, min(held_since) FROM pupil_records"
                + " WHERE submission_id = ? AND pupil_key IS NOT NULL GROUP BY pupil_key")) {
      q.setString(1, submissionId);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          held.put(rs.getString(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC));
        }
      }
    }
    return held;
  }

  /** One school's data for one collection and year: "latest file wins" is per school key. */
  static String schoolKey(String laestab, String collection, int year) {
    return laestab + "/" + collection + "/" + year;
  }

  static String placeholders(Set<String> values) {
    return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  static void bind(PreparedStatement q, Set<String> values) throws SQLException {
    bind(q, 1, values);
  }

  /** Binds the values to the placeholders from parameter {@code first} on. */
  static void bind(PreparedStatement q, int first, Set<String> values) throws SQLException {
    int i = first;
    for (String v : values) {
      q.setString(i++, v);
    }
  }
}
