package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * An LA in strict mode ({@code --strict-las}) counts a school's submission only when it has no
 * errors: one with any error is an upload error as a whole and the school's earlier data stays.
 * Other LAs are not affected.
 */
@Timeout(180)
class StrictModeIT {
  @TempDir Path tmp;

  @Test
  void aStrictLaRejectsWholeSubmissionsWithErrorsAndKeepsTheSchoolsEarlierData() throws Exception {
    Path data = tmp.resolve("data");
    Path store = data.resolve("ks1.duckdb");
    String good = TestUpns.unique("330", "2001", 1);
    CtfBuilder.school("3302001")
        .pupil(TestPupil.of(good, "GDS", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("first/330"));
    CtfBuilder.school("3302002")
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 1), "EXS", "EXS", "EXS", "EXS"))
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 2), "HNM", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("first/330"));
    CtfBuilder.school("8012000")
        .pupil(TestPupil.of(TestUpns.unique("801", "2000", 1), "HNM", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("first/801"));
    assertThat(
            Ks1.execute(
                "load",
                "--data",
                data.toString(),
                "--strict-las",
                "330",
                tmp.resolve("first").toString()))
        .isZero();
    assertThat(StoreQueries.rows(store, "SELECT laestab, status FROM submissions ORDER BY 1"))
        .containsExactly(
            "3302001|successful", "3302002|upload error", "8012000|successful with errors");
    assertThat(StoreQueries.rows(store, "SELECT laestab, pupils FROM school_summary ORDER BY 1"))
        .containsExactly("3302001|1", "8012000|1");
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT row_number, rule_id, effect, value, message FROM data_errors"
                    + " WHERE laestab = '3302002'"))
        .containsExactly(
            "null|X02|file|1|File: LA 330 accepts only submissions without errors (strict mode),"
                + " and this one has 1 error(s), so nothing of it counts. Correct them and send the"
                + " file again. Allowed: No errors: this LA counts a school's data only when it has"
                + " none.",
            "2|R01|subject|HNM|Row 2, Reading: 'HNM' is not a KS1 reading code for 2023, so the"
                + " pupil does not count in reading or RWM. Allowed: GDS, EXS, WTS, PK4, PK3, PK2,"
                + " PK1, EM, A, Q.");

    // the school's next file has an error: rejected whole, its earlier data still counts
    CtfBuilder.school("3302001")
        .pupil(TestPupil.of(good, "GDS", "EXS", "EXS", "EXS"))
        .pupil(TestPupil.of(TestUpns.unique("330", "2001", 2), "EXS", null, "EXS", "EXS"))
        .writeTo(tmp.resolve("second/330"), "3302001_KS1_330LLLL_002.xml");
    assertThat(
            Ks1.execute(
                "load",
                "--data",
                data.toString(),
                "--strict-las",
                "330",
                tmp.resolve("second").toString()))
        .isZero();
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT file_name, status, replaced_by FROM submissions WHERE laestab = '3302001'"
                    + " ORDER BY received_at"))
        .containsExactly(
            "3302001_KS1_330LLLL_001.xml|successful|null",
            "3302001_KS1_330LLLL_002.xml|upload error|null");
    assertThat(
            StoreQueries.one(
                store, "SELECT pupils, reading_gds FROM school_summary WHERE laestab = '3302001'"))
        .isEqualTo("1|1");
  }

  @Test
  void aStrictLaThatIsNotAnLaStopsTheCommandBeforeAnythingStarts() {
    StringWriter err = new StringWriter();
    int exit =
        Ks1.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "load",
            "--data",
            tmp.resolve("data").toString(),
            "--strict-las",
            "330,999, abc",
            tmp.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "--strict-las (or KS1_STRICT_LAS): '999', 'abc' are not one of the 153 English LA"
                + " codes, e.g. 330 for Birmingham");
    assertThat(tmp.resolve("data/kafka")).doesNotExist();
  }
}
