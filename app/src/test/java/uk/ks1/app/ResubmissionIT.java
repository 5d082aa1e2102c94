package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/** Two loads on one data folder: the second file from a school replaces its first. */
@Timeout(180)
class ResubmissionIT {
  @TempDir Path tmp;

  @Test
  void aNewFileFromASchoolReplacesItsEarlierDataAndLoadAddsToWhatIsThere() throws Exception {
    Path data = tmp.resolve("data");
    Path store = data.resolve("ks1.duckdb");
    String a = TestUpns.unique("330", "2001", 1);
    String b = TestUpns.unique("330", "2001", 2);
    String c = TestUpns.unique("330", "2001", 3);

    Path first = tmp.resolve("first/330");
    CtfBuilder.school("3302001")
        .pupil(TestPupil.of(a, "EXS", "EXS", "EXS", "EXS"))
        .pupil(TestPupil.of(b, "WTS", "WTS", "WTS", "HNM"))
        .writeTo(first);
    CtfBuilder.school("3302002")
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 1), "GDS", "GDS", "GDS", "EXS"))
        .writeTo(first);
    assertThat(Ks1.execute("load", "--data", data.toString(), first.toString())).isZero();
    assertThat(
            StoreQueries.one(
                store, "SELECT schools, pupils, reading_exs_plus FROM national_summary"))
        .isEqualTo("2|3|2");

    // the school corrects pupil b and adds pupil c, in a file of the same name
    Path second = tmp.resolve("second/330");
    CtfBuilder.school("3302001")
        .pupils(
            List.of(
                TestPupil.of(a, "EXS", "EXS", "EXS", "EXS"),
                TestPupil.of(b, "GDS", "GDS", "GDS", "EXS"),
                TestPupil.of(c, "A", "A", "A", "A")))
        .writeTo(second);
    assertThat(Ks1.execute("load", "--data", data.toString(), second.toString())).isZero();

    assertThat(
            StoreQueries.one(
                store,
                "SELECT pupils, reading_eligible, reading_exs_plus, reading_gds FROM school_summary WHERE laestab = '3302001'"))
        .isEqualTo("3|3|2|1");
    assertThat(
            StoreQueries.one(
                store,
                "SELECT schools, pupils, reading_exs_plus, reading_gds FROM national_summary"))
        .isEqualTo("2|4|3|2");
    List<String> history =
        StoreQueries.rows(
            store,
            "SELECT status, pupils, replaced_by IS NOT NULL FROM submissions WHERE laestab = '3302001' ORDER BY received_at");
    assertThat(history).containsExactly("overwritten|2|true", "successful|3|false");
    assertThat(
            StoreQueries.one(
                store,
                "SELECT count(*) = 1 FROM submissions o JOIN submissions n ON o.replaced_by = n.submission_id WHERE o.status = 'overwritten'"))
        .isEqualTo("true");
    // both files are kept: the second did not overwrite the first in done/ (pupil c's four A's
    // are a query, so the second also has its error report beside it)
    try (var done = java.nio.file.Files.list(data.resolve("done/330"))) {
      assertThat(done.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")))
          .hasSize(3);
    }
  }
}
