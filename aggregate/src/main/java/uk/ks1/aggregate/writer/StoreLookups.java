package uk.ks1.aggregate.writer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.event.SubmissionStatus;

/**
 * The store reads a batch is planned from that the {@link SubmissionLedger} does not hold, on the
 * writer's connection inside its transaction, and the helpers for statements over sets of ids.
 */
final class StoreLookups {
  static final String CURRENT = SubmissionStatus.currentSqlList();

  /** A school's current submission: its id and the file (id and content hash) it came from. */
  record Current(String submissionId, String fileId, String sha256, boolean inBatch) {}

  private final DuckDBConnection c;

  StoreLookups(DuckDBConnection c) {
    this.c = c;
  }

  /**
   * pupil key -> when the school's data first held the pupil, for the rows of a stored submission
   * of {@code collection}.
   */
  Map<String, Instant> heldSince(CollectionDefinition collection, String submissionId)
      throws SQLException {
    Map<String, Instant> held = new HashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT pupil_key, min(held_since) FROM "
                + collection.store().pupilTable()
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

  /** The LAESTAB a {@link #schoolKey} is for. */
  static String laestabOf(String schoolKey) {
    return schoolKey.substring(0, schoolKey.indexOf('/'));
  }

  static String placeholders(Set<String> values) {
    return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  static void bind(PreparedStatement q, Set<String> values) throws SQLException {
    int i = 1;
    for (String v : values) {
      q.setString(i++, v);
    }
  }
}
