package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/** {@code --years}: a file for a year outside the collection window is an upload error, F06. */
@Timeout(120)
class CollectionWindowIT {
  @TempDir Path tmp;

  @Test
  void aFileOutsideTheWindowCountsForNothingAndOneInsideCounts() throws Exception {
    Path data = tmp.resolve("data");
    Path store = data.resolve("ks1.duckdb");
    CtfBuilder.school("3302001")
        .year(2022)
        .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "GDS", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("in/330"));
    CtfBuilder.school("3302002")
        .year(2023)
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 1), "EXS", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("in/330"));
    assertThat(
            Ks1.execute(
                "load", "--data", data.toString(), "--years", "2023", tmp.resolve("in").toString()))
        .isZero();
    assertThat(StoreQueries.rows(store, "SELECT laestab, status FROM submissions ORDER BY 1"))
        .containsExactly("3302002|successful", "null|upload error");
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT rule_id, value, message FROM validation_issues JOIN submissions"
                    + " USING (submission_id) WHERE status = 'upload error'"))
        .containsExactly(
            "F06|2022|The results of school 3302001 are for the summer of 2022, but this service"
                + " takes files for 2023 only; nothing in this file was counted. Send the 2023"
                + " results, or ask the LA to load 2022 on its own.");
    assertThat(StoreQueries.rows(store, "SELECT year, schools, pupils FROM national_summary"))
        .containsExactly("2023|1|1");
  }
}
