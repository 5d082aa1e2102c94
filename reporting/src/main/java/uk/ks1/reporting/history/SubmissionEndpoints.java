package uk.ks1.reporting.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.reporting.access.Exposure;
import uk.ks1.reporting.access.Scope;
import uk.ks1.reporting.figures.PublishedCells;
import uk.ks1.reporting.http.ApiRequest;
import uk.ks1.reporting.http.Reply;
import uk.ks1.reporting.http.Route;
import uk.ks1.reporting.store.StoreReads;

/**
 * Upload history: every submission (and upload error) per school and LA with its status and counts
 * (anyone may see these), and a submission's issues pupil row by pupil row (the LA's token or an
 * analyst's; values of identity fields for the LA's own token only).
 */
public final class SubmissionEndpoints {
  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 5000;

  private final StoreReads store;

  public SubmissionEndpoints(StoreReads store) {
    this.store = store;
  }

  public List<Route> routes() {
    return List.of(
        Route.figures("/api/submissions", r -> Reply.json(store.read(c -> history(c, r)))),
        new Route(
            "/api/submissions/{id}",
            Exposure.ISSUES,
            this::laOfSubmission,
            Route.Tagging.STORE_VERSION,
            this::submission));
  }

  /** A submission as the upload history shows it. */
  public record Submission(
      String submissionId,
      String la,
      String laName,
      String laestab,
      String schoolName,
      String fileName,
      String format,
      Instant receivedAt,
      Instant processedAt,
      String status,
      Object pupils,
      int errors,
      int queries,
      String replacedBy,
      Instant statusChangedAt) {}

  private static final String SELECT =
      "SELECT s.submission_id, s.la_code, l.la_name, s.laestab, s.school_name, s.file_name,"
          + " s.format, s.received_at, s.processed_at, s.status, s.pupils, s.errors, s.queries,"
          + " s.replaced_by, s.status_changed_at"
          + " FROM submissions s LEFT JOIN las l USING (la_code)";

  /**
   * {@code /api/submissions?la=&laestab=&since=&limit=}: newest first; {@code since} (ISO time)
   * keeps those processed or changed after it, for "what changed since you last looked".
   */
  private Map<String, Object> history(Connection c, ApiRequest r) throws SQLException {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE true");
    List<Object> args = new ArrayList<>();
    if (r.query("la") != null) {
      sql.append(" AND s.la_code = ?");
      args.add(r.query("la"));
    }
    if (r.query("laestab") != null) {
      sql.append(" AND s.laestab = ?");
      args.add(r.query("laestab"));
    }
    Instant since = since(r);
    if (since != null) {
      sql.append(
          " AND greatest(s.processed_at, coalesce(s.status_changed_at, s.processed_at)) > ?");
      args.add(ApiRequest.utcTimestamp(since));
    }
    sql.append(" ORDER BY s.processed_at DESC, s.submission_id LIMIT ?");
    args.add(limit(r));
    List<Submission> rows = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        q.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          Submission sub = submission(rs);
          rows.add(r.scope().seesUnsuppressed(sub.la()) ? sub : banded(sub));
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("since", since);
    out.put("submissions", rows);
    return out;
  }

  private String laOfSubmission(ApiRequest r) {
    String id = r.pathParam("id");
    String la =
        store.read(
            c -> {
              try (PreparedStatement q =
                  c.prepareStatement("SELECT la_code FROM submissions WHERE submission_id = ?")) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                  return rs.next() ? rs.getString(1) : null;
                }
              }
            });
    // an unknown submission belongs to no LA: the gate refuses it like another LA's
    return la == null ? "-" : la;
  }

  private Reply submission(ApiRequest r) {
    String id = r.pathParam("id");
    Scope scope = r.scope();
    return store.read(
        c -> {
          Submission s;
          try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE s.submission_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
              if (!rs.next()) {
                return Reply.notFound("Submission");
              }
              s = submission(rs);
            }
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("submission", s);
          out.put("issues", Issues.ofSubmission(c, id, scope.seesPersonalValuesOf(s.la())));
          return Reply.json(out);
        });
  }

  private static Instant since(ApiRequest r) {
    return r.query(
        "since",
        ApiRequest::instant,
        "an ISO time from year 1 to 9999, such as 2023-06-20T10:00:00Z");
  }

  private static int limit(ApiRequest r) {
    Integer limit =
        r.query(
            "limit",
            text -> {
              int n = Integer.parseInt(text);
              return n >= 1 ? Math.min(MAX_LIMIT, n) : null;
            },
            "a whole number from 1 (at most " + MAX_LIMIT + ")");
    return limit == null ? DEFAULT_LIMIT : limit;
  }

  /**
   * A file's pupils as the published view gives a school's: in a cohort band, so the history cannot
   * undo the banding of the figures (docs/disclosure.md).
   */
  private static Submission banded(Submission s) {
    return new Submission(
        s.submissionId(),
        s.la(),
        s.laName(),
        s.laestab(),
        s.schoolName(),
        s.fileName(),
        s.format(),
        s.receivedAt(),
        s.processedAt(),
        s.status(),
        s.laestab() == null ? s.pupils() : PublishedCells.band(((Number) s.pupils()).longValue()),
        s.errors(),
        s.queries(),
        s.replacedBy(),
        s.statusChangedAt());
  }

  private static Submission submission(ResultSet rs) throws SQLException {
    return new Submission(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        instant(rs.getTimestamp(8)),
        instant(rs.getTimestamp(9)),
        rs.getString(10),
        rs.getInt(11),
        rs.getInt(12),
        rs.getInt(13),
        rs.getString(14),
        instant(rs.getTimestamp(15)));
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
