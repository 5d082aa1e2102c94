package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestUpns;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;

/**
 * The analysts' snapshot has the data-errors views too, and Parquet files of its tables, without
 * identity values.
 */
class SnapshotDataErrorsTest {
  @TempDir Path dir;

  /** Two schools sharing a pupil who moved, one with a wrong check letter: published. */
  @BeforeEach
  void publishTwoSchoolsSharingAPupil() throws Exception {
    String moved = TestUpns.unique("330", "9999", 1);
    String wrong = TestUpns.withWrongCheckLetter(TestUpns.unique("330", "2001", 2));
    SubmissionValidator validator =
        new SubmissionValidator(RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())));
    try (StoreFixture fx = new StoreFixture(dir.resolve("store"))) {
      fx.write(
          validator.validate(
              Records.submission(
                  "3302001",
                  2023,
                  List.of(
                      Records.pupil(1, moved, "EXS", "EXS", "EXS", "EXS"),
                      Records.pupil(2, wrong, "EXS", "EXS", "EXS", "EXS"))),
              Instant.parse("2023-06-20T09:00:00Z")));
      fx.write(
          StoreFixture.validated(
              "B1",
              "8012000",
              List.of(Records.pupil(1, moved, "WTS", "WTS", "WTS", "HNM")),
              List.of(),
              Instant.parse("2023-06-21T09:00:00Z")));
      Snapshot.publish(fx.store, dir.resolve("analytics"));
    }
  }

  @Test
  void theSnapshotListsDataErrorsAndPupilsInTwoSchoolsWithoutIdentities() throws Exception {
    Path snapshot = dir.resolve("analytics/ks1.duckdb");
    assertThat(
            rows(
                snapshot,
                "SELECT laestab, row_number, rule_id, value FROM data_errors ORDER BY ALL"))
        .containsExactly("3302001|1|X01|8012000", "3302001|2|1510|null", "8012000|1|X01|3302001");
    assertThat(rows(snapshot, "SELECT laestab, counted_at FROM pupils_in_two_schools ORDER BY 1"))
        .containsExactly("3302001|3302001", "8012000|3302001");
    assertThat(rows(snapshot, "SELECT rule_id, checks, issues FROM data_error_counts ORDER BY ALL"))
        .containsExactly(
            "1510|UPN invalid (wrong check letter at character 1)|1",
            "X01|The same UPN in two schools' current data (a pupil who moved)|1",
            "X01|The same UPN in two schools' current data (a pupil who moved)|1");
  }

  @Test
  void theParquetFilesHoldTheSnapshotsTablesWithIdentitiesWithheld() {
    Path snapshot = dir.resolve("analytics/ks1.duckdb");
    Path parquet = dir.resolve("analytics/parquet");
    assertThat(parquet.resolve("pupil_identities.parquet")).doesNotExist();
    String sameRows =
        "SELECT (SELECT count(*) FROM (SELECT * FROM %1$s EXCEPT ALL SELECT * FROM '%2$s'))"
            + " + (SELECT count(*) FROM (SELECT * FROM '%2$s' EXCEPT ALL SELECT * FROM %1$s))"
            + " || '|' || (SELECT count(*) FROM %1$s)";
    Map<String, Integer> tables =
        Map.of("submissions", 2, "pupil_records", 3, "school_counts", 1, "validation_issues", 1);
    tables.forEach(
        (table, count) -> {
          String sql = String.format(sameRows, table, parquet.resolve(table + ".parquet"));
          assertThat(rows(snapshot, sql)).as(table).containsExactly("0|" + count);
        });
    assertThat(
            rows(
                snapshot,
                "SELECT rule_id, value FROM '"
                    + parquet.resolve("validation_issues.parquet")
                    + "'"))
        .containsExactly("1510|null");
  }

  private static List<String> rows(Path db, String sql) {
    try {
      return SqlRows.readOnly(db, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
