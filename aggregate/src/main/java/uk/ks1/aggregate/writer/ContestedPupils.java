package uk.ks1.aggregate.writer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * The pupils more than one counting record holds (a pupil who moved between schools, or a UPN twice
 * in one file): the only ones for which {@code pupil_results} has to choose which record counts, so
 * the summaries rank these few instead of every pupil in the country. Kept as the table {@code
 * contested_pupils}, a superset: a key stays after the record that contested it has gone, which
 * costs a little speed, never correctness. The writer remembers which school last held each key, so
 * a new record is checked without reading the store. One table for every collection: a key held by
 * two collections' records at different schools is contested too (a superset still). A record that
 * does not count contests its key only when another school's data holds it, so that the table is
 * also a superset of the pupils in two schools' data (X01): a file's report looks for those only
 * among these keys ({@link uk.ks1.aggregate.store.FileIssues}), instead of joining every pupil
 * record in the country for each batch. (A key twice in one school's file, when a record does not
 * count, is not contested: nothing need be ranked, and it is no X01.)
 */
final class ContestedPupils {
  private final DuckDBConnection c;
  private final SchoolByKey holders = new SchoolByKey();
  private final Set<String> contested = new HashSet<>();
  private final Map<String, Integer> schoolIds = new HashMap<>();

  private ContestedPupils(DuckDBConnection c) {
    this.c = c;
  }

  /** Recomputes the table from the stored records and learns who holds each key (at start). */
  static ContestedPupils load(DuckDBConnection c, CollectionRegistry collections)
      throws SQLException {
    List<String> each = new ArrayList<>();
    for (CollectionDefinition d : collections.all()) {
      each.add(
          "SELECT pupil_key FROM "
              + d.store().pupilTable()
              + " WHERE pupil_key IS NOT NULL GROUP BY collection, year, pupil_key"
              + " HAVING count(*) FILTER (WHERE counts) > 1 OR count(DISTINCT laestab) > 1");
    }
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN TRANSACTION");
      s.execute("DELETE FROM contested_pupils");
      s.execute(
          "INSERT INTO contested_pupils SELECT DISTINCT pupil_key FROM ("
              + String.join(" UNION ALL ", each)
              + ")");
      s.execute("COMMIT");
    }
    return read(c, collections);
  }

  /**
   * Learns the table and who holds each key without writing: after a rolled-back batch, whose
   * changes to the table are gone, the table is again a correct superset.
   */
  static ContestedPupils read(DuckDBConnection c, CollectionRegistry collections)
      throws SQLException {
    ContestedPupils p = new ContestedPupils(c);
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT pupil_key FROM contested_pupils")) {
        while (rs.next()) {
          p.contested.add(rs.getString(1));
        }
      }
      for (CollectionDefinition d : collections.all()) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT pupil_key, laestab, collection, year FROM "
                    + d.store().pupilTable()
                    + " WHERE pupil_key IS NOT NULL")) {
          while (rs.next()) {
            p.holders.put(
                rs.getString(1),
                p.schoolId(StoreLookups.schoolKey(rs.getString(2), rs.getString(3), rs.getInt(4))));
          }
        }
      }
    }
    return p;
  }

  /**
   * Records a school's new current records and writes the keys they newly contest: a key another
   * school last held, or one these records hold twice. {@code school} is the school's data for one
   * collection and year ({@link StoreLookups#schoolKey}): a key last held by another school, or by
   * the same school for another collection or year, may be held twice now.
   */
  void hold(String school, List<PupilRow> rows) throws SQLException {
    int id = schoolId(school);
    Set<String> inThisFile = new HashSet<>();
    List<String> fresh = new ArrayList<>();
    for (PupilRow r : rows) {
      String key = r.pupilKey();
      if (key == null) {
        continue;
      }
      int previous = holders.put(key, id);
      boolean twice = r.counts() && !inThisFile.add(key); // (twice in a file: the same school)
      if ((twice || (previous != SchoolByKey.NONE && previous != id)) && contested.add(key)) {
        fresh.add(key);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO contested_pupils VALUES (?)")) {
      for (String key : fresh) {
        insert.setString(1, key); // one by one: executeBatch would open its own transaction
        insert.executeUpdate();
      }
    }
  }

  /** The keys among these rows that are contested (after {@link #hold} has seen them). */
  List<String> contestedAmong(List<PupilRow> rows) {
    List<String> keys = new ArrayList<>();
    for (PupilRow r : rows) {
      if (r.pupilKey() != null && contested.contains(r.pupilKey())) {
        keys.add(r.pupilKey());
      }
    }
    return keys;
  }

  /** A small number for each school's data (school, collection and year) seen, from 1. */
  private int schoolId(String school) {
    return schoolIds.computeIfAbsent(school, l -> schoolIds.size() + 1);
  }

  /**
   * pupil key -> the school's data (as a number) that last held it, in two flat arrays: 64 bits of
   * each key, open addressing, grows at half full. Two keys sharing 64 bits (about one chance in
   * 10^8 in a national year) share an entry, which could hide a contest between them.
   */
  static final class SchoolByKey {
    static final int NONE = 0;
    private long[] keys = new long[1 << 16];
    private int[] schools = new int[1 << 16];
    private int size;

    /** Sets the key's school and returns the previous one, or {@link #NONE}. */
    int put(String pupilKey, int school) {
      if (size * 2 >= keys.length) {
        grow();
      }
      long k = bits(pupilKey);
      int i = slot(k, keys.length);
      while (keys[i] != 0 && keys[i] != k) {
        i = (i + 1) & (keys.length - 1);
      }
      int previous = schools[i];
      if (keys[i] == 0) {
        keys[i] = k;
        size++;
      }
      schools[i] = school;
      return previous;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldSchools = schools;
      keys = new long[oldKeys.length * 2];
      schools = new int[oldKeys.length * 2];
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != 0) {
          int i = slot(oldKeys[j], keys.length);
          while (keys[i] != 0) {
            i = (i + 1) & (keys.length - 1);
          }
          keys[i] = oldKeys[j];
          schools[i] = oldSchools[j];
        }
      }
    }

    private static int slot(long k, int length) {
      return (int) (k ^ (k >>> 32)) & (length - 1);
    }

    /** The key's first 64 bits (it is hex of an HMAC, so already uniformly spread); never 0. */
    private static long bits(String pupilKey) {
      long k;
      try {
        k = Long.parseUnsignedLong(pupilKey.substring(0, Math.min(16, pupilKey.length())), 16);
      } catch (NumberFormatException e) {
        k = pupilKey.hashCode() * 0x9E3779B97F4A7C15L + pupilKey.length();
      }
      return k == 0 ? 1 : k;
    }
  }
}
