package uk.ks1.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.Ks1Stores;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.aggregate.writer.StoreWriter;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.testkit.SqlRows;

/**
 * Numbered schema versions: a fresh store gets every migration, a store written by the last code
 * before schema versions (commit 0ccc2c1, kept as a fixture with the rows of every table and view
 * that code gave) is adopted and gives the same rows, a store of a newer version is refused.
 *
 * <p>The fixture {@code legacy-0ccc2c1/} holds a store of three LAs' worth of cases (a replaced
 * submission, a duplicate, a moved pupil, a record error, a strict-mode upload error, a rejected
 * file without a school, a deleted submission, a second year, a dead letter) and, in {@code
 * expected/}, each table and view of it as that code's DuckDB wrote it to CSV. The {@code rules}
 * and {@code las} tables are refreshed from the code at every start, and the X01 rows of {@code
 * data_errors} are worded from the catalogue's template: a change to the catalogue or the LA list
 * is the one reason to edit those expected files.
 */
class SchemaMigrationTest {
  private static final String FIXTURE = "legacy-0ccc2c1/";

  /** Every column of every table and view, as information_schema gives them. */
  private static final String COLUMNS =
      "SELECT table_name, table_type, ordinal_position, column_name, data_type, is_nullable"
          + " FROM information_schema.columns JOIN information_schema.tables"
          + " USING (table_catalog, table_schema, table_name)"
          + " WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY ALL";

  /** The tables and views of the list of schools (migration 2, issue 22): empty after adoption. */
  private static final List<String> SCHOOL_LIST_RELATIONS =
      List.of(
          "school_list_imports",
          "listed_schools",
          "listed_expected",
          "expected_overlay",
          "school_confirmations",
          "collection_deadlines",
          "retirements",
          "school_list",
          "expected_schools",
          "school_completeness",
          "la_completeness",
          "completeness_summary");

  /** The rules added to the catalogue since the fixture: R22 (issue 20). */
  private static final String ADDED_RULES = "'R22'";

  @TempDir Path dir;

  @Test
  void aStoreWrittenBeforeSchemaVersionsIsAdoptedAndGivesTheSameRowsInEveryTableAndView()
      throws Exception {
    Path file = legacyStore(dir.resolve("old"));
    List<String> relations = expectedRelations();
    try (Store store = Ks1Stores.open(file)) {
      assertThat(rows(store, "SELECT version, description FROM schema_version"))
          .containsExactly(
              "1|baseline: adopted a store written before schema versions",
              "2|the list of schools: imports, expected schools, corrections, confirmations, deadlines",
              "3|the retirement log: pupil identities retired by year, collection and LA");
      assertThat(rows(store, "SELECT table_name FROM information_schema.tables ORDER BY 1"))
          .containsExactlyElementsOf(
              Stream.of(relations, SCHOOL_LIST_RELATIONS, List.of("schema_version"))
                  .flatMap(List::stream)
                  .sorted()
                  .toList());
      for (String relation : SCHOOL_LIST_RELATIONS.subList(0, 9)) {
        assertThat(rows(store, "SELECT count(*) FROM " + relation))
            .as(relation)
            .containsExactly("0");
      }
      // no list yet: every school that sent is received, not expected (or, with only a rejected
      // file, upload error)
      assertThat(rows(store, "SELECT DISTINCT status FROM school_completeness ORDER BY 1"))
          .containsExactly("received, not expected", "upload error");
      for (String relation : relations) {
        // the rules table is the catalogue's, refreshed on every open: rules added since the
        // fixture was written are its only difference
        // and data_errors has gained its last column, the collection, since
        String rows =
            relation.equals("rules")
                ? "(SELECT * FROM rules WHERE rule_id NOT IN (" + ADDED_RULES + "))"
                : asWritten(relation);
        assertThat(csv(store, rows)).as(relation).isEqualTo(expected(relation));
      }
      assertThat(rows(store, "SELECT DISTINCT collection FROM data_errors"))
          .containsExactly("KS1_TA");
      // the writer starts on it (recounting school_counts and the contested pupils) to the same
      // figures
      new StoreWriter(store, new PupilKeys(new byte[32]), LaRegistry.standard());
      for (String relation :
          List.of(
              "school_counts",
              "contested_pupils",
              "national_summary",
              "region_summary",
              "la_summary",
              "school_summary",
              "code_counts",
              "data_errors")) {
        assertThat(csv(store, asWritten(relation))).as(relation).isEqualTo(expected(relation));
      }

      // the analysts' snapshot of it: the same tables as before schema versions, and figures
      Path analytics = dir.resolve("analytics");
      Snapshot.publish(store, analytics);
      assertThat(
              SqlRows.readOnly(
                  Snapshot.file(analytics),
                  "SELECT table_name FROM information_schema.tables"
                      + " WHERE table_type = 'BASE TABLE' ORDER BY 1"))
          .containsExactlyElementsOf(
              Snapshot.tables(Ks1Stores.COLLECTIONS).stream().sorted().toList());
      assertThat(
              SqlRows.readOnly(
                  Snapshot.file(analytics),
                  "SELECT pupils, schools FROM national_summary ORDER BY year"))
          .containsExactly("6|3", "2|1");
      for (String table : Snapshot.tables(Ks1Stores.COLLECTIONS)) {
        assertThat(analytics.resolve("parquet").resolve(table + ".parquet")).as(table).exists();
      }
    }
  }

  @Test
  void aFreshStoreHasExactlyTheSchemaOfAnAdoptedOne() throws Exception {
    Path fresh = dir.resolve("fresh/ks1.duckdb");
    List<String> freshColumns;
    try (Store store = Ks1Stores.open(fresh)) {
      assertThat(rows(store, "SELECT version, description FROM schema_version"))
          .containsExactly(
              "1|baseline: the tables of a store written by commit 0ccc2c1",
              "2|the list of schools: imports, expected schools, corrections, confirmations, deadlines",
              "3|the retirement log: pupil identities retired by year, collection and LA");
      freshColumns = rows(store, COLUMNS);
    }
    try (Store store = Ks1Stores.open(legacyStore(dir.resolve("old")))) {
      assertThat(rows(store, COLUMNS)).containsExactlyElementsOf(freshColumns);
    }
    assertThat(freshColumns)
        .contains(
            "schema_version|BASE TABLE|1|version|INTEGER|NO",
            "schema_version|BASE TABLE|2|applied_at|TIMESTAMP|NO",
            "schema_version|BASE TABLE|3|description|VARCHAR|NO");
  }

  @Test
  void theSchoolCountsTableHasTheColumnsTheWriterCountsInOrder() throws Exception {
    try (Store store = Ks1Stores.open(dir.resolve("ks1.duckdb"))) {
      try (Statement s = store.writer().createStatement()) {
        s.execute(
            "CREATE TEMP TABLE counted AS "
                + SummaryViews.schoolCounts(Ks1Ta.definition(), "false"));
      }
      String columns =
          "SELECT column_name, data_type FROM information_schema.columns"
              + " WHERE table_name = '%s' ORDER BY ordinal_position";
      // the temporary table is the writer connection's own
      assertThat(SqlRows.of(store.writer(), columns.formatted("school_counts")))
          .hasSize(20)
          .containsExactlyElementsOf(SqlRows.of(store.writer(), columns.formatted("counted")));
    }
  }

  @Test
  void aReopenedStoreIsNotMigratedAgain() throws Exception {
    Path file = dir.resolve("ks1.duckdb");
    Ks1Stores.open(file).close();
    try (Store store = Ks1Stores.open(file)) {
      assertThat(rows(store, "SELECT version FROM schema_version")).containsExactly("1", "2", "3");
    }
  }

  @Test
  void aStoreOfANewerVersionIsRefusedAndLeftAsItIs() throws Exception {
    Path file = dir.resolve("ks1.duckdb");
    try (Store store = Ks1Stores.open(file)) {
      sql(
          store,
          "INSERT INTO schema_version VALUES (4, TIMESTAMP '2027-01-01', 'urn on submissions')");
    }
    assertThatThrownBy(() -> Ks1Stores.open(file))
        .isInstanceOf(StoreSchemaException.class)
        .hasMessage(
            "The store "
                + file
                + " has schema version 4 (urn on submissions), newer than this release knows (up"
                + " to 3): a later release wrote it. Run that release or a later one on it; this"
                + " one leaves it as it is.");
    // refused, and not held open: another connection reads it as it was
    assertThat(query(file, "SELECT version FROM schema_version ORDER BY 1"))
        .containsExactly("1", "2", "3", "4");
  }

  @Test
  void aStoreFromBeforeDuplicatesAndSchoolCountsIsAdoptedToo() throws Exception {
    // the shape of a store of commit 6f6adcd, the first: what the ad hoc lines used to add
    Path file = legacyStore(dir.resolve("old"));
    execute(
        file,
        "ALTER TABLE files DROP COLUMN duplicate_of",
        "ALTER TABLE submissions DROP COLUMN duplicate_of",
        "DROP VIEW data_error_counts",
        "DROP TABLE rules",
        "DROP TABLE contested_pupils",
        "DROP TABLE school_counts");
    List<String> freshColumns;
    try (Store fresh = Ks1Stores.open(dir.resolve("fresh/ks1.duckdb"))) {
      freshColumns = rows(fresh, COLUMNS);
    }
    try (Store store = Ks1Stores.open(file)) {
      assertThat(rows(store, "SELECT version FROM schema_version")).containsExactly("1", "2", "3");
      assertThat(rows(store, COLUMNS)).containsExactlyElementsOf(freshColumns);
      new StoreWriter(store, new PupilKeys(new byte[32]), LaRegistry.standard());
      for (String relation :
          List.of("national_summary", "school_summary", "school_counts", "contested_pupils")) {
        assertThat(csv(store, asWritten(relation))).as(relation).isEqualTo(expected(relation));
      }
    }
  }

  @Test
  void aFileWhoseTablesAreNotAStoresIsRefusedAndLeftAsItIs() throws Exception {
    Path file = legacyStore(dir.resolve("old"));
    execute(file, "ALTER TABLE dead_letters DROP COLUMN reason");
    assertThatThrownBy(() -> Ks1Stores.open(file))
        .isInstanceOf(StoreSchemaException.class)
        .hasMessage(
            "The store "
                + file
                + " has no schema_version table and its tables are not those of a store written"
                + " before schema versions (table dead_letters has (origin VARCHAR, record_key"
                + " VARCHAR, submission_id VARCHAR, recorded_at TIMESTAMP), not (origin VARCHAR,"
                + " record_key VARCHAR, reason VARCHAR, submission_id VARCHAR, recorded_at"
                + " TIMESTAMP)). It is left as it is: move it aside to start an empty store.");
    assertThat(
            query(
                file,
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"))
        .containsExactly("0");

    Path other = dir.resolve("other.duckdb");
    execute(other, "CREATE TABLE notes (line VARCHAR)");
    assertThatThrownBy(() -> Ks1Stores.open(other))
        .isInstanceOf(StoreSchemaException.class)
        .hasMessageStartingWith(
            "The store "
                + other
                + " has no schema_version table and its tables are not those of a store written"
                + " before schema versions (")
        .hasMessageContaining("files");
    assertThat(query(other, "SELECT table_name FROM information_schema.tables"))
        .containsExactly("notes");
  }

  @Test
  void aPendingMigrationIsAppliedInOrderWithItsVersionRow() throws Exception {
    Path file = dir.resolve("ks1.duckdb");
    Ks1Stores.open(file).close();
    Migration urn = new Migration(4, "urn on submissions", "test-0002-school-urn.sql");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      sql(c, "INSERT INTO submissions (submission_id, laestab) VALUES ('S1', '3302001')");
      assertThat(migrator(urn).migrate(c, file)).isEqualTo(4);
      assertThat(SqlRows.of(c, "SELECT version, description FROM schema_version ORDER BY 1"))
          .containsExactly(
              "1|baseline: the tables of a store written by commit 0ccc2c1",
              "2|the list of schools: imports, expected schools, corrections, confirmations, deadlines",
              "3|the retirement log: pupil identities retired by year, collection and LA",
              "4|urn on submissions");
      assertThat(SqlRows.of(c, "SELECT submission_id, urn FROM submissions"))
          .containsExactly("S1|URN of 3302001");
      // and only once
      assertThat(migrator(urn).migrate(c, file)).isEqualTo(4);
      assertThat(SqlRows.of(c, "SELECT count(*) FROM schema_version")).containsExactly("4");
    }
  }

  @Test
  void aMigrationThatFailsLeavesNothingOfItselfBehind() throws Exception {
    Path file = dir.resolve("ks1.duckdb");
    Ks1Stores.open(file).close();
    Migration broken = new Migration(4, "urn on submissions", "test-0002-fails-halfway.sql");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      assertThatThrownBy(() -> migrator(broken).migrate(c, file))
          .isInstanceOf(SQLException.class)
          .hasMessageStartingWith(
              "The store "
                  + file
                  + " could not be migrated to schema version 4 (urn on submissions); nothing of"
                  + " that version was applied: ")
          .hasMessageContaining("no_such_table");
      assertThat(SqlRows.of(c, "SELECT max(version) FROM schema_version")).containsExactly("3");
      assertThat(
              SqlRows.of(
                  c,
                  "SELECT count(*) FROM information_schema.columns"
                      + " WHERE table_name = 'submissions' AND column_name = 'urn'"))
          .containsExactly("0");
    }
    try (Store store = Ks1Stores.open(file)) {
      assertThat(rows(store, "SELECT max(version) FROM schema_version")).containsExactly("3");
    }
  }

  @Test
  void migrationsAreNumberedOneTwoThreeInOrder() {
    Migration baseline = Migrations.ALL.get(0);
    assertThat(Migrations.ALL).extracting(Migration::version).startsWith(1);
    assertThat(Migrations.latest()).isEqualTo(Migrations.ALL.size());
    assertThatThrownBy(
            () ->
                new SchemaMigrator(
                    List.of(baseline, new Migration(3, "skips 2", "0001-baseline.sql")),
                    Migrations.ADOPT_UNVERSIONED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Migrations are numbered 1, 2, 3... in order; number 2 is 3");
    for (Migration m : Migrations.ALL) {
      assertThat(m.statements()).as("migration %d", m.version()).isNotEmpty();
    }
  }

  /** This release's migrations and {@code next}, one more (version 4). */
  private static SchemaMigrator migrator(Migration next) {
    List<Migration> all = new java.util.ArrayList<>(Migrations.ALL);
    all.add(next);
    return new SchemaMigrator(all, Migrations.ADOPT_UNVERSIONED);
  }

  /** A copy of the fixture store in {@code into}, as 0ccc2c1 left it (no WAL: checkpointed). */
  private static Path legacyStore(Path into) throws IOException {
    Files.createDirectories(into);
    Path file = into.resolve("ks1.duckdb");
    try (InputStream in =
        new GZIPInputStream(
            SchemaMigrationTest.class.getResourceAsStream(FIXTURE + "ks1.duckdb.gz"))) {
      Files.copy(in, file);
    }
    return file;
  }

  /** The tables and views of the fixture store, one expected CSV each. */
  private static List<String> expectedRelations() throws IOException, URISyntaxException {
    Path expected = Path.of(SchemaMigrationTest.class.getResource(FIXTURE + "expected").toURI());
    try (Stream<Path> files = Files.list(expected)) {
      return files
          .map(p -> p.getFileName().toString().replaceFirst("\\.csv$", ""))
          .sorted()
          .toList();
    }
  }

  private static List<String> expected(String relation) throws IOException, URISyntaxException {
    return Files.readAllLines(
        Path.of(
            SchemaMigrationTest.class
                .getResource(FIXTURE + "expected/" + relation + ".csv")
                .toURI()));
  }

  /**
   * The relation with the columns it had when the fixture was written: {@code data_errors} without
   * the collection (issue 20 added it last), which is the submission's.
   */
  private static String asWritten(String relation) {
    return relation.equals("data_errors")
        ? "(SELECT * EXCLUDE (collection) FROM data_errors)"
        : relation;
  }

  /** The relation's rows as DuckDB writes them to CSV, as the expected files were written. */
  private List<String> csv(Store store, String relation) throws SQLException, IOException {
    Path out = Files.createTempFile(dir, "relation", ".csv");
    try (Connection c = store.reader();
        Statement s = c.createStatement()) {
      s.execute("COPY (SELECT * FROM " + relation + " ORDER BY ALL) TO '" + out + "' (HEADER)");
    }
    return Files.readAllLines(out);
  }

  private static List<String> rows(Store store, String sql) throws SQLException {
    try (Connection c = store.reader()) {
      return SqlRows.of(c, sql);
    }
  }

  private static void sql(Store store, String statement) throws SQLException {
    sql(store.writer(), statement);
  }

  private static void sql(Connection c, String statement) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static List<String> query(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      return SqlRows.of(c, sql);
    }
  }

  private static void execute(Path file, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      for (String statement : statements) {
        sql(c, statement);
      }
    }
  }
}
