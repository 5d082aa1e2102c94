package uk.ks1.app.delete;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.store.Store;
import uk.ks1.core.event.SubmissionStatus;

/** A submission as the store holds it: what {@code delete} checks before it asks. */
public record StoredSubmission(
    String submissionId,
    String laestab,
    String fileName,
    String status,
    String replacedBy,
    Integer pupils) {

  public static Optional<StoredSubmission> find(Store store, String submissionId)
      throws SQLException {
    try (DuckDBConnection c = store.reader();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT submission_id, laestab, file_name, status, replaced_by, pupils"
                    + " FROM submissions WHERE submission_id = ?")) {
      q.setString(1, submissionId);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredSubmission(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                (Integer) rs.getObject(6)));
      }
    }
  }

  public boolean isCurrent() {
    return SubmissionStatus.ofLabel(status).map(SubmissionStatus::isCurrent).orElse(false);
  }
}
