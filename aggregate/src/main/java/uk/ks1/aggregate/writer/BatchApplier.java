package uk.ks1.aggregate.writer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.schools.SchoolListRows;
import uk.ks1.aggregate.writer.BatchPlan.StatusChange;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.SubmissionReceived;

/**
 * Writes a {@link BatchPlan} inside the transaction {@link StoreWriter} opened: the consumer
 * offsets and the changes to stored rows first (plain statements), then the new rows through
 * appenders ({@link RowAppender}), then the file outcomes that depend on both.
 */
final class BatchApplier {
  private final DuckDBConnection c;
  private final CollectionRegistry collections;
  private final RowAppender rows;
  private ContestedPupils contested;
  private final SchoolCounts schoolCounts;
  private final SchoolListRows schoolList;

  private final Map<Integer, PreparedStatement> offsetUpdates = new HashMap<>();

  BatchApplier(
      DuckDBConnection c,
      CollectionRegistry collections,
      RowAppender rows,
      ContestedPupils contested,
      SchoolCounts schoolCounts) {
    this.c = c;
    this.collections = collections;
    this.rows = rows;
    this.contested = contested;
    this.schoolCounts = schoolCounts;
    this.schoolList = new SchoolListRows(c, collections);
  }

  void apply(BatchPlan plan, List<Incoming> consumed) throws SQLException {
    saveOffsets(consumed);
    updateStoredSubmissions(plan.storedChanges);
    SchoolCounts.Touched touched = schoolCounts.leaving(plan.storedLeavingCurrent);
    for (CollectionDefinition d : collections.all()) {
      deleteWhere(d.store().pupilTable(), plan.storedLeavingCurrent);
    }
    deleteWhere("pupil_identities", plan.storedLeavingCurrent);
    deleteWhere("submissions", plan.storedProcessingDone);
    rows.submissions(plan.submissions.values());
    List<BatchPlan.NewSubmission> current = new ArrayList<>();
    for (BatchPlan.NewSubmission n : plan.submissions.values()) {
      if (n.status.isCurrent()) {
        SubmissionReceived s = n.validated.submission();
        contested.hold(StoreLookups.schoolKey(s.laestab(), s.collection(), s.year()), n.rows);
        touched.of(s.collection()).schools.add(s.laestab());
        current.add(n);
      }
    }
    for (BatchPlan.NewSubmission n : current) {
      List<String> keys = contested.contestedAmong(n.rows);
      touched.contestedKeys.addAll(keys);
      if (!keys.isEmpty()) {
        touched.holdingContested.add(n.validated.submission().submissionId());
      }
    }
    schoolCounts.recount(touched, current);
    rows.processing(plan.processing.values());
    rows.files(plan.files);
    rows.deadLetters(plan.deadLetters);
    schoolList.write(plan.schoolList);
    settleDuplicateFiles(plan.filesToSettle);
  }

  /**
   * After a rolled-back batch: what the writer remembers of contested pupils may name keys the
   * store no longer lists, so it is read again from the store.
   */
  void rolledBack() throws SQLException {
    contested = ContestedPupils.read(c, collections);
  }

  /**
   * One UPDATE a batch for all the partitions it read (one UPDATE each cost about 5 ms a batch); a
   * partition the UPDATE found no row for, the first time it is read, gets one.
   */
  private void saveOffsets(List<Incoming> consumed) throws SQLException {
    Map<String, Long> next = new LinkedHashMap<>();
    for (Incoming in : consumed) {
      next.merge(in.topic() + "\u0000" + in.partition(), in.offset() + 1, Math::max);
    }
    if (next.isEmpty()) {
      return;
    }
    PreparedStatement update = offsetUpdates.get(next.size());
    if (update == null) {
      // prepared once for each number of partitions a batch may touch
      update =
          c.prepareStatement(
              "UPDATE consumer_offsets SET next_offset = v.o FROM (VALUES "
                  + String.join(
                      ", ",
                      Collections.nCopies(
                          next.size(),
                          "(CAST(? AS VARCHAR), CAST(? AS INTEGER), CAST(? AS BIGINT))"))
                  + ") v(t, p, o) WHERE topic = v.t AND \"partition\" = v.p");
      offsetUpdates.put(next.size(), update);
    }
    int i = 1;
    for (Map.Entry<String, Long> e : next.entrySet()) {
      String[] tp = e.getKey().split("\u0000");
      update.setString(i++, tp[0]);
      update.setInt(i++, Integer.parseInt(tp[1]));
      update.setLong(i++, e.getValue());
    }
    if (update.executeUpdate() < next.size()) {
      insertNewPartitions(next);
    }
  }

  private void insertNewPartitions(Map<String, Long> next) throws SQLException {
    Set<String> stored = new HashSet<>();
    try (PreparedStatement q =
            c.prepareStatement("SELECT topic, \"partition\" FROM consumer_offsets");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        stored.add(r.getString(1) + "\u0000" + r.getInt(2));
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO consumer_offsets VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Long> e : next.entrySet()) {
        if (!stored.contains(e.getKey())) {
          String[] tp = e.getKey().split("\u0000");
          insert.setString(1, tp[0]);
          insert.setInt(2, Integer.parseInt(tp[1]));
          insert.setLong(3, e.getValue());
          insert.executeUpdate();
        }
      }
    }
  }

  private void updateStoredSubmissions(Map<String, StatusChange> changes) throws SQLException {
    if (changes.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE submissions SET status = ?, replaced_by = ?, status_changed_at = ?"
                + " WHERE submission_id = ?")) {
      for (Map.Entry<String, StatusChange> e : changes.entrySet()) {
        update.setString(1, e.getValue().status().label());
        update.setString(2, e.getValue().replacedBy());
        update.setObject(3, Cells.utc(e.getValue().at()));
        update.setString(4, e.getKey());
        update.executeUpdate();
      }
    }
  }

  private void deleteWhere(String table, Set<String> submissionIds) throws SQLException {
    if (submissionIds.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
        c.prepareStatement(
            "DELETE FROM "
                + table
                + " WHERE submission_id IN "
                + StoreLookups.placeholders(submissionIds))) {
      StoreLookups.bind(delete, submissionIds);
      delete.executeUpdate();
    }
  }

  /**
   * A file every one of whose submissions is a duplicate is itself a duplicate, naming the
   * submissions it repeats. Its outcome and its submissions may arrive in either order (they come
   * on different topics), so this runs for every file either of them touched.
   */
  private void settleDuplicateFiles(Set<String> fileIds) throws SQLException {
    if (fileIds.isEmpty()) {
      return;
    }
    String sql =
        """
        UPDATE files SET outcome = 'duplicate', duplicate_of = d.repeats
        FROM (SELECT file_id, string_agg(duplicate_of, ', ' ORDER BY duplicate_of) AS repeats,
                     count(*) AS n, count(*) FILTER (WHERE status <> 'duplicate') AS others
              FROM submissions WHERE file_id IN %s GROUP BY file_id) d
        WHERE files.file_id = d.file_id AND files.outcome = 'accepted' AND d.others = 0
          AND d.n = files.submissions"""
            .formatted(StoreLookups.placeholders(fileIds));
    try (PreparedStatement update = c.prepareStatement(sql)) {
      StoreLookups.bind(update, fileIds);
      update.executeUpdate();
    }
  }
}
