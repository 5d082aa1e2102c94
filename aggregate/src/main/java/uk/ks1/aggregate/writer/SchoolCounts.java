package uk.ks1.aggregate.writer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.store.SummaryViews;
import uk.ks1.aggregate.writer.BatchPlan.NewSubmission;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.DeclaredCounts;
import uk.ks1.core.collection.Item;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.LocalAuthority;

/**
 * Keeps each collection's school counts table equal to counting its pupil results school by school:
 * each batch recounts the schools it touched, in its own transaction. A school is touched when its
 * current data changes, or when a pupil it holds is also held by a school whose data changed (a
 * pupil who moved may count at the other school now).
 */
final class SchoolCounts {
  private final DuckDBConnection c;
  private final LaRegistry las;
  private final Map<String, Of> byCollection = new LinkedHashMap<>();

  private SchoolCounts(DuckDBConnection c, LaRegistry las, CollectionRegistry collections) {
    this.c = c;
    this.las = las;
    for (CollectionDefinition d : collections.all()) {
      byCollection.put(d.id(), new Of(d));
    }
  }

  /**
   * Recounts every school (when the writer starts: the tables are then right whatever came before).
   */
  static SchoolCounts rebuild(DuckDBConnection c, LaRegistry las, CollectionRegistry collections)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN TRANSACTION"); // readers never see a table empty
      for (CollectionDefinition d : collections.all()) {
        String table = d.store().schoolCountsTable();
        s.execute("DELETE FROM " + table);
        s.execute("INSERT INTO " + table + " " + SummaryViews.schoolCounts(d, "true"));
      }
      s.execute("COMMIT");
    }
    return new SchoolCounts(c, las, collections);
  }

  /**
   * The schools and contested pupils of stored submissions about to leave the current data: read
   * before their rows are deleted.
   */
  Touched leaving(Set<String> submissionIds) throws SQLException {
    Touched t = new Touched();
    if (submissionIds.isEmpty()) {
      return t;
    }
    for (Of counts : byCollection.values()) {
      String sql =
          "SELECT DISTINCT laestab, CASE WHEN pupil_key IN (SELECT pupil_key FROM"
              + " contested_pupils) THEN pupil_key END FROM "
              + counts.store.pupilTable()
              + " WHERE submission_id IN "
              + StoreLookups.placeholders(submissionIds);
      try (PreparedStatement q = c.prepareStatement(sql)) {
        StoreLookups.bind(q, submissionIds);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            Touched.Of of = t.of(counts.collection.id());
            of.schools.add(rs.getString(1));
            of.leavingSchools.add(rs.getString(1));
            if (rs.getString(2) != null) {
              t.contestedKeys.add(rs.getString(2));
            }
          }
        }
      }
    }
    return t;
  }

  /**
   * Recounts the touched schools and every school holding one of the touched contested pupils, in
   * each collection. A school's new current submission none of whose pupils is contested is counted
   * from its rows here (the common case, and no scan of the store); any other school is recounted
   * in SQL.
   */
  void recount(Touched t, List<NewSubmission> current) throws SQLException {
    Map<String, List<NewSubmission>> currentBy = new LinkedHashMap<>();
    for (NewSubmission n : current) {
      currentBy
          .computeIfAbsent(n.validated.submission().collection(), k -> new ArrayList<>())
          .add(n);
    }
    for (Of counts : byCollection.values()) {
      String id = counts.collection.id();
      List<NewSubmission> mine = currentBy.getOrDefault(id, List.of());
      Touched.Of of = t.byCollection.get(id);
      if (of == null && mine.isEmpty() && t.contestedKeys.isEmpty()) {
        continue; // nothing of this collection changed
      }
      counts.recount(of == null ? t.of(id) : of, t.contestedKeys, t.holdingContested, mine);
    }
  }

  /** One collection's counts. */
  private final class Of {
    final CollectionDefinition collection;
    final CollectionStore store;
    final DeclaredCounts declared;

    Of(CollectionDefinition collection) {
      this.collection = collection;
      this.store = collection.store();
      this.declared =
          new DeclaredCounts(collection, collection.items().stream().map(Item::id).toList());
    }

    void recount(
        Touched.Of t,
        Set<String> contestedKeys,
        Set<String> holdingContested,
        List<NewSubmission> current)
        throws SQLException {
      Set<String> contestedHolders = holdersOf(contestedKeys);
      Set<String> inSql = new HashSet<>(t.schools);
      inSql.addAll(contestedHolders);
      List<NewSubmission> tallied = new ArrayList<>();
      for (NewSubmission n : current) {
        String school = n.validated.submission().laestab();
        // a school whose stored data left in this batch is recounted in SQL: the data that left
        // may be another year's (a deletion), which a count of the new rows would not remove
        if (!contestedHolders.contains(school)
            && !t.leavingSchools.contains(school)
            && !holdingContested.contains(n.validated.submission().submissionId())) {
          tallied.add(n);
          inSql.remove(school);
        }
      }
      tally(tallied);
      recountInSql(inSql);
    }

    private Set<String> holdersOf(Set<String> keys) throws SQLException {
      Set<String> schools = new HashSet<>();
      if (keys.isEmpty()) {
        return schools;
      }
      String sql =
          "SELECT DISTINCT laestab FROM "
              + store.pupilTable()
              + " WHERE pupil_key IN "
              + StoreLookups.placeholders(keys);
      try (PreparedStatement q = c.prepareStatement(sql)) {
        StoreLookups.bind(q, keys);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            schools.add(rs.getString(1));
          }
        }
      }
      return schools;
    }

    private void tally(List<NewSubmission> submissions) throws SQLException {
      if (submissions.isEmpty()) {
        return;
      }
      // No school here has a row to replace: one for its collection and year exists only while
      // the school has current data there, and a school whose stored current data is replaced in
      // this batch is recounted in SQL (leavingSchools), not tallied. So the rows are only
      // appended.
      try (DuckDBAppender a =
          c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, store.schoolCountsTable())) {
        for (NewSubmission n : submissions) {
          SubmissionReceived s = n.validated.submission();
          SchoolTally tally = SchoolTally.of(declared, s.year(), n.rows);
          if (tally.isEmpty()) {
            continue; // no record counts: the school has no figures, as in SQL
          }
          a.beginRow();
          Cells row =
              new Cells(a)
                  .text(s.collection())
                  .integer(s.year())
                  .text(las.current(s.laCode()).map(LocalAuthority::region).orElse(null))
                  .text(s.laCode())
                  .text(s.laestab());
          for (long count : tally.counts) {
            row.bigint(count);
          }
          a.endRow();
        }
      }
    }

    private void recountInSql(Set<String> schools) throws SQLException {
      if (schools.isEmpty()) {
        return;
      }
      String in = StoreLookups.placeholders(schools);
      try (PreparedStatement delete =
          c.prepareStatement(
              "DELETE FROM " + store.schoolCountsTable() + " WHERE laestab IN " + in)) {
        StoreLookups.bind(delete, schools);
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO "
                  + store.schoolCountsTable()
                  + " "
                  + SummaryViews.schoolCounts(collection, "laestab IN " + in))) {
        StoreLookups.bind(insert, schools);
        insert.executeUpdate();
      }
    }
  }

  /**
   * What a batch touched: per collection, schools whose data changed; and the contested pupils they
   * held or hold.
   */
  static final class Touched {
    final Map<String, Of> byCollection = new LinkedHashMap<>();
    final Set<String> contestedKeys = new HashSet<>();

    /** New current submissions holding a contested pupil. */
    final Set<String> holdingContested = new HashSet<>();

    /** What the batch touched of one collection. */
    static final class Of {
      final Set<String> schools = new HashSet<>();

      /** Schools whose stored current data leaves in the batch (overwritten or deleted). */
      final Set<String> leavingSchools = new HashSet<>();
    }

    Of of(String collection) {
      return byCollection.computeIfAbsent(collection, k -> new Of());
    }
  }
}
