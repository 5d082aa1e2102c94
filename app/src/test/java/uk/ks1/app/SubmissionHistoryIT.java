package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.ks1.app.CommandRun.ks1;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.reporting.history.Issues;
import uk.ks1.reporting.history.Issues.Issue;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * A collection's history through the real CLI, one data folder, load after load: the same file
 * dropped again under another name (a duplicate), pupils who moved between schools in both orders,
 * a school's data dropping a moved pupil, a revert to an older file, and a deletion.
 */
@Timeout(300)
class SubmissionHistoryIT {
  private static final String S = "3302001";
  private static final String A = "3302011";
  private static final String B = "8012011";
  private static final String C = "8012012";
  private static final String D = "3302012";
  private static final String P = TestUpns.unique("330", "7001", 1);
  private static final String Q = TestUpns.unique("801", "7002", 1);

  @TempDir Path tmp;
  private Path data;
  private Path store;

  private void load(Path folder) {
    assertThat(Ks1.execute("load", "--data", data.toString(), folder.toString())).isZero();
  }

  private String one(String sql) throws Exception {
    return StoreQueries.one(store, sql);
  }

  private List<String> rows(String sql) throws Exception {
    return StoreQueries.rows(store, sql);
  }

  private Connection readOnly() throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + store, readOnly);
  }

  private static TestPupil pupil(String upn, String r, String w, String m, String s) {
    return TestPupil.of(upn, r, w, m, s);
  }

  private String countedAt(String upnSerialSchool) throws Exception {
    return one(
        "SELECT string_agg(laestab || ':' || reading, ',') FROM pupil_results WHERE laestab IN"
            + " ("
            + upnSerialSchool
            + ") AND reading IN ('GDS', 'WTS', 'PK1', 'PK2')");
  }

  @Test
  void duplicatesMovedPupilsARevertAndADeletion() throws Exception {
    data = tmp.resolve("data");
    store = data.resolve("ks1.duckdb");
    CtfBuilder v1 =
        CtfBuilder.school(S)
            .pupil(pupil(TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"))
            .pupil(pupil(TestUpns.unique("330", "2001", 2), "WTS", "EXS", "EXS", "HNM"));
    // load 1: S's return; P at school A and Q at school C first
    Path first = tmp.resolve("l1/330");
    Path original = v1.writeTo(first, "3302001_KS1_330LLLL_001.xml");
    CtfBuilder.school(A)
        .pupil(pupil(TestUpns.unique("330", "2011", 1), "EXS", "EXS", "EXS", "EXS"))
        .pupil(pupil(P, "GDS", "GDS", "GDS", "EXS"))
        .writeTo(first);
    CtfBuilder.school(C).pupil(pupil(Q, "PK2", "PK2", "PK2", "HNM")).writeTo(tmp.resolve("l1/801"));
    // what the inbox ignores is left where it is: a partial download named, a hidden folder not
    Path partial = Files.writeString(first.resolve("3302003_KS1.xml.part"), "<CTfile>");
    v1.writeTo(Files.createDirectories(first.resolve(".sync")), "3302001_KS1_330LLLL_001.xml");
    CommandRun loaded =
        ks1(
            "load",
            "--data",
            data.toString(),
            "--stall-seconds",
            "20",
            tmp.resolve("l1").toString());
    assertThat(loaded.exit()).as(loaded.err()).isZero();
    assertThat(loaded.out().lines().limit(2))
        .containsExactly(
            "Loaded 3 file(s): 3 accepted as 3 submission(s), 0 rejected (reports in failed/).",
            "Skipped 1 unfinished file(s) (*.part, *.tmp, *.crdownload, *.camelLock: still being"
                + " written or downloaded), left where they are: 330/3302003_KS1.xml.part");
    assertThat(partial).exists();
    try (var inbox = Files.list(data.resolve("inbox/330"))) {
      assertThat(inbox).isEmpty();
    }
    String s1 = one("SELECT submission_id FROM submissions WHERE laestab = '" + S + "'");
    String schoolS =
        "SELECT pupils, reading_exs_plus, writing_exs_plus FROM school_summary WHERE laestab = '"
            + S
            + "'";
    assertThat(one(schoolS)).isEqualTo("2|1|2");

    // load 2: the same file again under another name; P at school B and Q at school D later
    Path second = tmp.resolve("l2/330");
    Files.createDirectories(second);
    Files.copy(original, second.resolve("3302001_KS1_330LLLL_001 (copy).xml"));
    CtfBuilder.school(D).pupil(pupil(Q, "WTS", "WTS", "WTS", "EXS")).writeTo(second);
    CtfBuilder.school(B)
        .pupil(pupil(P, "PK1", "PK1", "PK1", "HNM"))
        .pupil(pupil(TestUpns.unique("801", "2011", 1), "EXS", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("l2/801"));
    load(tmp.resolve("l2"));
    String s2 =
        one(
            "SELECT submission_id FROM submissions WHERE laestab = '"
                + S
                + "' AND status = 'duplicate'");
    assertThat(
            rows(
                "SELECT submission_id, status, replaced_by, duplicate_of FROM submissions"
                    + " WHERE laestab = '"
                    + S
                    + "' ORDER BY received_at"))
        .containsExactly(s1 + "|successful|null|null", s2 + "|duplicate|null|" + s1);
    assertThat(
            rows(
                "SELECT file_name, outcome, duplicate_of FROM files WHERE file_name LIKE '3302001%' ORDER BY received_at"))
        .containsExactly(
            "3302001_KS1_330LLLL_001.xml|accepted|null",
            "3302001_KS1_330LLLL_001 (copy).xml|duplicate|" + s1);
    assertThat(one(schoolS)).isEqualTo("2|1|2");
    assertThat(
            one(
                "SELECT count(DISTINCT submission_id) FROM pupil_records WHERE laestab = '"
                    + S
                    + "'"))
        .isEqualTo("1");
    // each moved pupil counts once, at the school whose file came first, and is a query for both
    assertThat(countedAt("'" + A + "', '" + B + "'")).isEqualTo(A + ":GDS");
    assertThat(countedAt("'" + C + "', '" + D + "'")).isEqualTo(C + ":PK2");
    assertThat(
            rows("SELECT laestab, value FROM data_errors WHERE rule_id = 'X01' ORDER BY laestab"))
        .containsExactly(A + "|" + B, D + "|" + C, B + "|" + A, C + "|" + D);
    // and a submission's own issues, as the API gives them, carry its query (P is A's row 2)
    String atA = one("SELECT submission_id FROM pupil_records WHERE laestab = '" + A + "' LIMIT 1");
    try (Connection c = readOnly()) {
      assertThat(Issues.ofSubmission(c, atA, true))
          .filteredOn(i -> i.ruleId().equals("X01"))
          .extracting(Issue::rowNumber, Issue::value)
          .containsExactly(tuple(2, B));
      assertThat(Issues.ofSubmission(c, atA, false))
          .filteredOn(i -> i.ruleId().equals("X01"))
          .extracting(Issue::value)
          .containsExactly(Issues.WITHHELD);
    }
    assertThat(one("SELECT pupils FROM national_summary")).isEqualTo("6");

    // load 3: S sends a corrected file; school A's new file no longer holds P
    Path third = tmp.resolve("l3/330");
    CtfBuilder.school(S)
        .pupil(pupil(TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"))
        .pupil(pupil(TestUpns.unique("330", "2001", 2), "EXS", "EXS", "EXS", "EXS"))
        .pupil(pupil(TestUpns.unique("330", "2001", 3), "GDS", "GDS", "GDS", "EXS"))
        .writeTo(third, "3302001_KS1_330LLLL_002.xml");
    CtfBuilder.school(A)
        .pupil(pupil(TestUpns.unique("330", "2011", 1), "EXS", "EXS", "EXS", "EXS"))
        .writeTo(third);
    load(tmp.resolve("l3"));
    String s3 =
        one(
            "SELECT submission_id FROM submissions WHERE file_name = '3302001_KS1_330LLLL_002.xml'");
    assertThat(one(schoolS)).isEqualTo("3|3|3");
    assertThat(countedAt("'" + A + "', '" + B + "'")).isEqualTo(B + ":PK1");
    assertThat(rows("SELECT laestab FROM data_errors WHERE rule_id = 'X01' ORDER BY laestab"))
        .containsExactly(D, C);

    // load 4: the first file once more, under a third name: a deliberate revert, so it counts
    Path fourth = tmp.resolve("l4/330");
    Files.createDirectories(fourth);
    Files.copy(original, fourth.resolve("3302001_KS1_330LLLL_003.xml"));
    load(tmp.resolve("l4"));
    String s4 =
        one(
            "SELECT submission_id FROM submissions WHERE file_name = '3302001_KS1_330LLLL_003.xml'");
    assertThat(
            rows(
                "SELECT submission_id, status, replaced_by FROM submissions WHERE laestab = '"
                    + S
                    + "' ORDER BY received_at"))
        .containsExactly(
            s1 + "|overwritten|" + s3,
            s2 + "|duplicate|null",
            s3 + "|overwritten|" + s4,
            s4 + "|successful|null");
    assertThat(one(schoolS)).isEqualTo("2|1|2");

    // the school's current submission deleted: its data leaves every figure
    CommandRun deleted = ks1("delete", "--data", data.toString(), s4);
    assertThat(deleted.exit()).as(deleted.err()).isZero();
    assertThat(deleted.out())
        .isEqualTo(
            "Deleted "
                + s4
                + " (school 3302001, file 3302001_KS1_330LLLL_003.xml): its 2 pupil record(s)"
                + " left every figure; its history stays in submissions as deleted.\n");
    assertThat(one("SELECT status FROM submissions WHERE submission_id = '" + s4 + "'"))
        .isEqualTo("deleted");
    assertThat(one("SELECT count(*) FROM school_summary WHERE laestab = '" + S + "'"))
        .isEqualTo("0");
    assertThat(one("SELECT count(*) FROM pupil_records WHERE laestab = '" + S + "'"))
        .isEqualTo("0");
    assertThat(one("SELECT count(*) FROM data_errors WHERE laestab = '" + S + "'")).isEqualTo("0");
    // A 1, B 2 (its own and P), C 1 (Q); D holds only Q, who counts at C
    assertThat(one("SELECT schools, pupils FROM national_summary")).isEqualTo("3|4");
    // and the analysts' snapshot says the same
    CommandRun snapshot =
        ks1(
            "sql",
            "--data",
            data.toString(),
            "--csv",
            "SELECT (SELECT status FROM submissions WHERE submission_id = '"
                + s4
                + "') AS status, (SELECT count(*) FROM school_summary WHERE laestab = '"
                + S
                + "') AS school_rows, (SELECT count(*) FROM pupil_records WHERE laestab = '"
                + S
                + "') AS pupil_rows, schools, pupils FROM national_summary");
    assertThat(snapshot.exit()).as(snapshot.err()).isZero();
    assertThat(snapshot.out().lines())
        .containsExactly("status,school_rows,pupil_rows,schools,pupils", "deleted,0,0,3,4");

    // only a school's current submission can be deleted
    CommandRun refused = ks1("delete", "--data", data.toString(), s3);
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .isEqualTo(
            s3
                + " is overwritten (replaced by "
                + s4
                + "): only a school's current submission can be deleted.\n");
    assertThat(Ks1.execute("delete", "--data", data.toString(), "F-0123456789abcdef")).isEqualTo(2);
  }
}
