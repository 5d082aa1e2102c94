package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionRegistry;
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
 * {@code data_errors} covers every collection: each row says its submission's collection (the last
 * column), and a collection's issue views (queries only its store can see: the toy's C02, a pupil
 * whose fluency differs between two schools) are listed with the schools' columns from {@code
 * submissions}, their rule's words in {@code data_error_counts}, in the store and the snapshot.
 */
class IssueViewDataErrorsTest {
  private static final CollectionRegistry BOTH =
      CollectionRegistry.of(Ks1Ta.definition(), ReadingCheck.withStoreQueries());

  private static final String MOVED = TestUpns.unique("330", "9999", 1);
  private static final Instant T1 = Instant.parse("2025-06-20T09:00:00Z");
  private static final Instant T2 = Instant.parse("2025-06-21T09:00:00Z");

  @TempDir Path dir;

  private long offset;

  @Test
  void dataErrorsListsEveryCollectionsIssuesAndItsIssueViewsRowsWithTheirCollection()
      throws Exception {
    try (Store store =
        Store.open(
            dir.resolve("ks1.duckdb"),
            BOTH,
            List.of(StoreRules.PUPIL_IN_TWO_SCHOOLS, ReadingCheck.C02))) {
      StoreWriter writer =
          new StoreWriter(store, new PupilKeys(new byte[32]), LaRegistry.standard());
      // the moved pupil: fluency WA at 3302001, WB at 8732001 (C02 at both, and X01 at both)
      write(
          writer,
          check("RC-X", "3302001", T1, List.of(pupil(1, MOVED, "WA"), pupil(2, other(2), "WA"))),
          check("RC-Z", "8732001", T2, List.of(pupil(1, other(3), "WB"), pupil(2, MOVED, "WB"))));
      // KS1 TA at 3302002: one error of its own, no C02 (another collection)
      write(
          writer,
          StoreFixture.validated(
              "KS1-Y",
              "3302002",
              List.of(Records.pupil(1, MOVED, "EXS", "EXS", "EXS", "EXS")),
              List.of(
                  new ValidationIssue(
                      "1510", Severity.ERROR, Effect.RECORD, 1, Field.UPN, "v", "m", "a")),
              T2));

      String rowsSql =
          "SELECT laestab, school_name, submission_id, row_number, field, rule_id, severity,"
              + " effect, value, collection FROM data_errors";
      List<String> expected =
          List.of(
              "3302001|School 3302001|RC-X|1|Fluency|C02|query|none|WA|READING_CHECK",
              "3302001|School 3302001|RC-X|1|UPN|X01|query|none|8732001|READING_CHECK",
              "3302002|School 3302002|KS1-Y|1|UPN|1510|error|record|v|KS1_TA",
              "8732001|School 8732001|RC-Z|2|Fluency|C02|query|none|WB|READING_CHECK",
              "8732001|School 8732001|RC-Z|2|UPN|X01|query|none|3302001|READING_CHECK");
      assertThat(rows(store, rowsSql)).containsExactlyElementsOf(expected);
      assertThat(rows(store, "SELECT message FROM data_errors WHERE rule_id = 'C02'"))
          .containsExactly(
              "Row 1, Fluency: WA here, another fluency at another school.",
              "Row 2, Fluency: WB here, another fluency at another school.");
      // the columns as before, then the collection
      assertThat(
              rows(
                  store,
                  "SELECT string_agg(column_name, ',' ORDER BY ordinal_position)"
                      + " FROM information_schema.columns WHERE table_name = 'data_errors'"))
          .containsExactly(
              "la_code,laestab,school_name,submission_id,file_name,status,row_number,pupil_key,"
                  + "field,rule_id,severity,effect,value,message,allowed,collection");
      assertThat(
              rows(
                  store,
                  "SELECT laestab, rule_id, checks, issues FROM data_error_counts"
                      + " WHERE rule_id = 'C02' ORDER BY laestab"))
          .containsExactly(
              "3302001|C02|Fluency differs from the pupil's at another school|1",
              "8732001|C02|Fluency differs from the pupil's at another school|1");

      // the analysts' snapshot lists them alike (a UPN's value is not in it)
      Path analytics = dir.resolve("analytics");
      Snapshot.publish(store, analytics);
      assertThat(SqlRows.readOnly(Snapshot.file(analytics), rowsSql + " ORDER BY ALL"))
          .containsExactlyElementsOf(
              expected.stream()
                  .map(r -> r.replace("|1510|error|record|v|", "|1510|error|record|null|"))
                  .toList());

      // a school's later file replaces its data: the C02 rows go with the pupil at 8732001
      write(
          writer, check("RC-Z2", "8732001", T2.plusSeconds(60), List.of(pupil(1, other(3), "WB"))));
      assertThat(rows(store, "SELECT count(*) FROM data_errors WHERE rule_id = 'C02'"))
          .containsExactly("0");
    }
  }

  private static String other(int n) {
    return TestUpns.unique("330", "2001", n);
  }

  private static PupilRecord pupil(int row, String upn, String fluency) {
    Map<String, String> items = new HashMap<>();
    items.put(ReadingCheck.WORD_READING.id(), "WA");
    items.put(ReadingCheck.FLUENCY.id(), fluency);
    return new PupilRecord(row, upn, null, "Ann", "Pupil", "2019-01-01", "F", "1", items);
  }

  private static SubmissionValidated check(
      String id, String laestab, Instant at, List<PupilRecord> pupils) {
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
    return new SubmissionValidated(s, SubmissionStatus.SUCCESSFUL, List.of(), at);
  }

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
