package uk.ks1.aggregate.schools;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * When a school's return may be confirmed by its headteacher: when it has been received and has no
 * error left (queries are explained in the confirmation's note). The one check the command and the
 * API both make.
 */
public final class Confirmations {
  private Confirmations() {}

  /** Why the school's return cannot be confirmed, if it cannot. */
  public static Optional<String> refusal(Connection c, String laestab, String collection, int year)
      throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT status, errors FROM school_completeness"
                + " WHERE laestab = ? AND collection = ? AND year = ?")) {
      q.setString(1, laestab);
      q.setString(2, collection);
      q.setInt(3, year);
      try (ResultSet rs = q.executeQuery()) {
        String status = rs.next() ? rs.getString(1) : CompletenessViews.NOT_RECEIVED;
        return switch (status) {
          case CompletenessViews.RECEIVED, CompletenessViews.CONFIRMED -> Optional.empty();
          case CompletenessViews.WITH_ERRORS ->
              Optional.of(
                  "School "
                      + laestab
                      + "'s return has "
                      + rs.getInt(2)
                      + " error(s) still open: it can be confirmed once a corrected file has"
                      + " none.");
          default ->
              Optional.of(
                  "School "
                      + laestab
                      + " has no return for "
                      + collection
                      + " "
                      + year
                      + " to confirm (status: "
                      + status
                      + ").");
        };
      }
    }
  }
}
