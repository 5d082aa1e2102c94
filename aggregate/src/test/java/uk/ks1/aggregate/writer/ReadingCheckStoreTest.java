package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.collection.ReadingCheck;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.store.StoreSchemaException;
import uk.ks1.aggregate.store.SummaryViews;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.Item;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.Inbound;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.core.rule.StoreRules;
import uk.ks1.core.topic.Topics;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestUpns;

/**
 * A collection defined in test code only (the "reading check": two code items, one measure) in a
 * real DuckDB store beside KS1 TA: the store makes its tables and views from the definition, the
 * real writer writes its submissions, and its school, LA and national figures come out exactly, a
 * pupil who moved counting once, and nothing of it in KS1's figures.
 */
class ReadingCheckStoreTest {
  private static final CollectionRegistry BOTH =
      CollectionRegistry.of(Ks1Ta.definition(), ReadingCheck.definition());

  private static final String MOVED = TestUpns.unique("330", "9999", 1);
  private static final Instant T1 = Instant.parse("2025-06-20T09:00:00Z");
  private static final Instant T2 = Instant.parse("2025-06-21T09:00:00Z");
  private static final Instant T3 = Instant.parse("2025-06-22T09:00:00Z");

  @TempDir Path dir;

  @Test
  void theWriterWritesAToyCollectionsRecordsAndItsFiguresComeOutExactly() throws Exception {
    Path file = dir.resolve("ks1.duckdb");
    try (Store store = open(file)) {
      StoreWriter writer =
          new StoreWriter(store, new PupilKeys(new byte[32]), LaRegistry.standard());
      // School 3302001 (Birmingham): met; checked, not met; not checked (fluency blank); a record
      // error; a fluency error (so not checked); the moved pupil, met, in the first file.
      SubmissionValidated x =
          check(
              "RC-X",
              "3302001",
              T1,
              List.of(
                  pupil(1, "2001", 1, "WA", "WA"),
                  pupil(2, "2001", 2, "wa ", "WB"),
                  pupil(3, "2001", 3, "WA", null),
                  pupil(4, "2001", 4, "WA", "WA"),
                  pupil(5, "2001", 5, "WA", "WA"),
                  pupil(6, MOVED, "WA", "WA")),
              List.of(
                  issue(4, Field.UPN, Effect.RECORD),
                  issue(5, ReadingCheck.FLUENCY.field(), Effect.SUBJECT)));
      // School 3302002 (Birmingham): two met.
      SubmissionValidated y =
          check(
              "RC-Y",
              "3302002",
              T1,
              List.of(pupil(1, "2002", 1, "WA", "WA"), pupil(2, "2002", 2, "WA", "WA")),
              List.of());
      // School 8732001 (Cambridgeshire): checked, not met; the moved pupil, in a later file.
      SubmissionValidated z =
          check(
              "RC-Z",
              "8732001",
              T2,
              List.of(pupil(1, "2001", 7, "WB", "WA"), pupil(2, MOVED, "WA", "WA")),
              List.of());
      // KS1 TA at school 3302002 holds the moved pupil too: another collection, no contest
      SubmissionValidated ks1 =
          StoreFixture.validated(
              "KS1-Y",
              "3302002",
              List.of(Records.pupil(1, MOVED, "EXS", "EXS", "EXS", "EXS")),
              List.of(),
              T3);
      write(writer, x, y);
      write(writer, z, ks1);

      assertThat(
              rows(
                  store,
                  "SELECT laestab, row_number, counts, word_reading, fluency"
                      + " FROM reading_check_pupil_records ORDER BY laestab, row_number"))
          .containsExactly(
              "3302001|1|true|WA|WA",
              "3302001|2|true|WA|WB",
              "3302001|3|true|WA|null",
              "3302001|4|false|WA|WA",
              "3302001|5|true|WA|null",
              "3302001|6|true|WA|WA",
              "3302002|1|true|WA|WA",
              "3302002|2|true|WA|WA",
              "8732001|1|true|WB|WA",
              "8732001|2|true|WA|WA");
      assertThat(
              rows(
                  store,
                  "SELECT laestab, schools, pupils, checked, met, round(met_pct, 4), updated_at"
                      + " FROM reading_check_school_summary ORDER BY laestab"))
          .containsExactly(
              "3302001|1|5|3|2|66.6667|2025-06-20 09:00:00.0",
              "3302002|1|2|2|2|100.0|2025-06-20 09:00:00.0",
              "8732001|1|1|1|0|0.0|2025-06-21 09:00:00.0");
      assertThat(
              rows(
                  store,
                  "SELECT la_code, las, schools, pupils, checked, met, met_pct"
                      + " FROM reading_check_la_summary ORDER BY la_code"))
          .containsExactly("330|1|2|7|5|4|80.0", "873|1|1|1|1|0|0.0");
      assertThat(
              rows(
                  store,
                  "SELECT region, las, schools, pupils, checked, met, met_pct"
                      + " FROM reading_check_region_summary ORDER BY region"))
          .containsExactly("East of England|1|1|1|1|0|0.0", "West Midlands|1|2|7|5|4|80.0");
      assertThat(
              rows(
                  store,
                  "SELECT collection, year, las, schools, pupils, checked, met, round(met_pct, 4),"
                      + " updated_at FROM reading_check_national_summary"))
          .containsExactly("READING_CHECK|2025|2|3|8|6|4|66.6667|2025-06-21 09:00:00.0");
      // the national summary's columns: the measure's eligible, its count, then its percentage
      assertThat(
              rows(
                  store,
                  "SELECT column_name, data_type FROM information_schema.columns"
                      + " WHERE table_name = 'reading_check_national_summary'"
                      + " ORDER BY ordinal_position"))
          .containsExactly(
              "collection|VARCHAR",
              "year|INTEGER",
              "las|BIGINT",
              "schools|BIGINT",
              "pupils|BIGINT",
              "checked|BIGINT",
              "met|BIGINT",
              "met_pct|DOUBLE",
              "updated_at|TIMESTAMP");

      // the counts the writer kept (tallied from rows, or recounted in SQL) are counting afresh
      assertThat(rows(store, "SELECT * FROM reading_check_school_counts ORDER BY ALL"))
          .containsExactly(
              "READING_CHECK|2025|East of England|873|8732001|1|1|0",
              "READING_CHECK|2025|West Midlands|330|3302001|5|3|2",
              "READING_CHECK|2025|West Midlands|330|3302002|2|2|2")
          .containsExactlyElementsOf(
              rows(
                  store,
                  "SELECT * FROM ("
                      + SummaryViews.schoolCounts(ReadingCheck.definition(), "true")
                      + ") ORDER BY ALL"));

      // the moved pupil is a query for both reading check schools, none for KS1's school
      assertThat(
              rows(
                  store,
                  "SELECT laestab, submission_id, row_number, rule_id FROM data_errors"
                      + " WHERE rule_id = '"
                      + StoreRules.PUPIL_IN_TWO_SCHOOLS.id()
                      + "' ORDER BY laestab"))
          .containsExactly("3302001|RC-X|6|X01", "8732001|RC-Z|2|X01");
      // KS1's figures hold KS1's one pupil only
      assertThat(
              rows(
                  store, "SELECT collection, year, pupils, reading_exs_plus FROM national_summary"))
          .containsExactly("KS1_TA|2023|1|1");

      // the analysts' snapshot has the toy collection's tables and views as well
      Path analytics = dir.resolve("analytics");
      Snapshot.publish(store, analytics);
      assertThat(Snapshot.tables(BOTH))
          .containsExactly(
              "las",
              "rules",
              "files",
              "submissions",
              "pupil_records",
              "reading_check_pupil_records",
              "contested_pupils",
              "school_counts",
              "reading_check_school_counts",
              "validation_issues",
              "dead_letters",
              "school_list_imports",
              "listed_schools",
              "listed_expected",
              "expected_overlay",
              "school_confirmations",
              "collection_deadlines",
              "retirements");
      assertThat(
              SqlRows.readOnly(
                  Snapshot.file(analytics),
                  "SELECT pupils, checked, met FROM reading_check_national_summary"))
          .containsExactly("8|6|4");
      assertThat(analytics.resolve("parquet/reading_check_pupil_records.parquet")).exists();
    }

    // reopened, the writer starts on it (recounting every school) to the same figures
    try (Store store = open(file)) {
      new StoreWriter(store, new PupilKeys(new byte[32]), LaRegistry.standard());
      assertThat(rows(store, "SELECT pupils, checked, met FROM reading_check_national_summary"))
          .containsExactly("8|6|4");
    }
  }

  @Test
  void aStoreWhoseCollectionTableIsNotAsTheDefinitionMakesItIsRefused() throws Exception {
    Path file = dir.resolve("ks1.duckdb");
    open(file).close();
    CollectionRegistry changed =
        CollectionRegistry.of(
            Ks1Ta.definition(),
            ReadingCheck.withItems(
                List.of(ReadingCheck.WORD_READING, Item.wholeNumber("fluency", "Fluency", 0, 9))));
    assertThatThrownBy(() -> Store.open(file, changed, List.of()))
        .isInstanceOf(StoreSchemaException.class)
        .hasMessageContaining("table reading_check_pupil_records has (")
        .hasMessageContaining("fluency VARCHAR), not (")
        .hasMessageContaining("fluency INTEGER)");
    try (Store store = open(file)) {
      assertThat(rows(store, "SELECT count(*) FROM reading_check_pupil_records"))
          .containsExactly("0");
    }
  }

  private static Store open(Path file) throws SQLException {
    return Store.open(file, BOTH, List.of(StoreRules.PUPIL_IN_TWO_SCHOOLS));
  }

  private static PupilRecord pupil(int row, String estab, int n, String word, String fluency) {
    return pupil(row, TestUpns.unique("330", estab, n), word, fluency);
  }

  private static PupilRecord pupil(int row, String upn, String word, String fluency) {
    Map<String, String> items = new HashMap<>();
    items.put(ReadingCheck.WORD_READING.id(), word);
    if (fluency != null) {
      items.put(ReadingCheck.FLUENCY.id(), fluency);
    }
    return new PupilRecord(row, upn, null, "Ann", "Pupil", "2019-01-01", "F", "1", items);
  }

  private static ValidationIssue issue(int row, Field field, Effect effect) {
    return new ValidationIssue("RC1", Severity.ERROR, effect, row, field, "v", "m", "a");
  }

  private static SubmissionValidated check(
      String id,
      String laestab,
      Instant at,
      List<PupilRecord> pupils,
      List<ValidationIssue> issues) {
    FileFacts f =
        StoreFixture.file("file-" + id, laestab.substring(0, 3), id + ".csv", "content " + id, at);
    SubmissionReceived s =
        new SubmissionReceived(
            id,
            ReadingCheck.ID,
            2025,
            f,
            laestab,
            "School " + laestab,
            pupils,
            List.of(),
            Map.of());
    SubmissionStatus status =
        issues.isEmpty() ? SubmissionStatus.SUCCESSFUL : SubmissionStatus.SUCCESSFUL_WITH_ERRORS;
    return new SubmissionValidated(s, status, issues, at);
  }

  private long offset;

  private void write(StoreWriter writer, SubmissionValidated... events) throws SQLException {
    List<Incoming> consumed = new ArrayList<>();
    for (int i = 0; i < events.length; i++) {
      consumed.add(new Incoming(Topics.VALIDATED.name(), 0, offset++));
    }
    List<Inbound> values = Arrays.stream(events).map(Inbound.class::cast).toList();
    writer.write(values, consumed);
  }

  private static List<String> rows(Store store, String sql) throws SQLException {
    try (DuckDBConnection c = store.reader()) {
      return SqlRows.of(c, sql);
    }
  }
}
