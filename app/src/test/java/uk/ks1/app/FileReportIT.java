package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * An accepted file's report is written from what the validate role decided and the store holds, not
 * from a second run of the rules in the intake: it agrees with strict mode (the X02 rejection
 * first) and lists the cross-school query (X01) of a pupil already in another school's data, as the
 * data-errors report does. A file without problems gets none.
 */
@Timeout(180)
class FileReportIT {
  @TempDir Path tmp;

  @Test
  void anAcceptedFilesReportListsWhatTheStoreHoldsStrictModeAndPupilsInTwoSchools()
      throws Exception {
    Path data = tmp.resolve("data");
    String moved = TestUpns.unique("330", "2001", 1);
    CtfBuilder.school("3302001")
        .pupil(TestPupil.of(moved, "GDS", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("first/330"));
    assertThat(load(data, tmp.resolve("first"))).isZero();
    assertThat(data.resolve("done/330/3302001_KS1_330LLLL_001.xml")).exists();
    assertThat(data.resolve("done/330/3302001_KS1_330LLLL_001.xml.report.csv")).doesNotExist();

    CtfBuilder.school("3302002")
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 1), "EXS", "EXS", "EXS", "EXS"))
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 2), "HNM", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("second/330"));
    CtfBuilder.school("3302003")
        .pupil(TestPupil.of(moved, "EXS", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("second/330"));
    assertThat(load(data, tmp.resolve("second"))).isZero();

    assertThat(report(data, "3302002_KS1_330LLLL_001.xml"))
        .containsExactly(
            "\uFEFFfile,row,column,value,rule id,severity,message,allowed",
            "3302002_KS1_330LLLL_001.xml,,,1,X02,error,\"File: LA 330 accepts only submissions"
                + " without errors (strict mode), and this one has 1 error(s), so nothing of it"
                + " counts. Correct them and send the file again. Allowed: No errors: this LA"
                + " counts a school's data only when it has none.\",No errors: this LA counts a"
                + " school's data only when it has none",
            "3302002_KS1_330LLLL_001.xml,2,Reading,HNM,R01,error,\"Row 2, Reading: 'HNM' is not a"
                + " KS1 reading code for 2023, so the pupil does not count in reading or RWM."
                + " Allowed: GDS, EXS, WTS, PK4, PK3, PK2, PK1, EM, A, Q.\",\"GDS, EXS, WTS, PK4,"
                + " PK3, PK2, PK1, EM, A, Q\"");
    assertThat(report(data, "3302003_KS1_330LLLL_001.xml"))
        .containsExactly(
            "\uFEFFfile,row,column,value,rule id,severity,message,allowed",
            "3302003_KS1_330LLLL_001.xml,1,UPN,3302001,X01,query,\"Row 1, UPN: the same UPN is in"
                + " the current data of school 3302001. The pupil counts once: at school 3302001."
                + " Check which school assessed the pupil. Allowed: Each pupil in one school's"
                + " data; a pupil who moved counts once, at the school whose data has held the"
                + " pupil longest.\",\"Each pupil in one school's data; a pupil who moved counts"
                + " once, at the school whose data has held the pupil longest\"");
    assertThat(data.resolve("done/330/3302003_KS1_330LLLL_001.xml.report.xlsx")).exists();
  }

  private static int load(Path data, Path folder) {
    return Ks1.execute("load", "--data", data.toString(), "--strict-las", "330", folder.toString());
  }

  private static List<String> report(Path data, String file) throws Exception {
    return Files.readAllLines(
        data.resolve("done/330/" + file + ".report.csv"), StandardCharsets.UTF_8);
  }
}
