package uk.ks1.app.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ks1.testkit.ScreeningAndProfileFigures.eyfsp;
import static uk.ks1.testkit.ScreeningAndProfileFigures.phonics;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.testkit.ScreeningAndProfileFigures.PhonicsPupil;
import uk.ks1.testkit.Sheets;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.StageCtf;
import uk.ks1.testkit.StageCtf.Result;
import uk.ks1.testkit.TestUpns;

/**
 * The phonics screening check and the EYFS profile through the real pipeline (intake, the embedded
 * broker, validation, DuckDB), beside KS1 TA: from CTF, CSV and XLSX; one export holding KS1 TA and
 * phonics giving a submission of each; every new rule on a seeded case; a resubmission and a pupil
 * in two schools as for KS1; and every level's figures equal to the ones counted here from the
 * pupils written (testkit's ScreeningAndProfileFigures), not by the product's SQL.
 */
class PhonicsAndEyfspIT {
  private static final int YEAR = 2024;
  private static final String Y1_DOB = "2017-11-05";
  private static final String Y2_DOB = "2016-10-10";
  private static final String RECEPTION_DOB = "2019-01-20";

  /** School A's Year 1 pupil who also appears, later, in school C's file. */
  private static final String MOVED = TestUpns.unique("330", "2001", 1);

  @Test
  void phonicsAndEyfspReachTheirViewsFromEveryFormatBesideKs1(@TempDir Path data) throws Exception {
    Ks1Config config = new Ks1Config(data, YEAR, null, 100, 50, Ks1Config.DEFAULT_MAX_FILE_BYTES);
    try (Pipeline pipeline =
        Pipeline.start(config, Clock.systemUTC(), null, Registered.collections())) {
      Path inbox = config.inbox().resolve("330");
      schoolA().writeTo(inbox, "3302001_CTF_330LLLL_001.xml");
      awaitSettled(pipeline, 2);
      Sheets.csv(inbox.resolve("PHONICS_3302002_24.csv"), schoolB(true));
      Sheets.xlsx(inbox.resolve("PHONICS_3302003_24.xlsx"), "Phonics screening check", schoolC());
      schoolD().writeTo(inbox, "3302004_FSP_330LLLL_001.xml");
      Sheets.csv(inbox.resolve("EYFSP_3302005_24.csv"), schoolE());
      awaitSettled(pipeline, 6);

      assertThat(
              rows(
                  pipeline,
                  "SELECT laestab, collection, format, status FROM submissions"
                      + " ORDER BY laestab, collection"))
          .containsExactly(
              "3302001|KS1_TA|CTF|successful",
              "3302001|PHONICS|CTF|successful",
              "3302002|PHONICS|CSV|successful with errors",
              "3302003|PHONICS|XLSX|successful",
              "3302004|EYFSP|CTF|successful with errors",
              "3302005|EYFSP|CSV|successful");

      // every new rule fires on its seeded case; X01 finds the pupil in two schools' phonics
      assertThat(
              rows(
                  pipeline,
                  "SELECT collection, laestab, rule_id, severity FROM data_errors"
                      + " WHERE rule_id <> 'X01' ORDER BY collection, laestab, rule_id"))
          .containsExactly(
              "EYFSP|3302004|L01|error",
              "EYFSP|3302004|L02|error",
              "EYFSP|3302004|L03|error",
              "EYFSP|3302004|R22|query",
              "PHONICS|3302002|S01|error",
              "PHONICS|3302002|S02|error",
              "PHONICS|3302002|S04|query",
              "PHONICS|3302002|S05|error");
      assertThat(
              rows(
                  pipeline,
                  "SELECT collection, laestab FROM data_errors WHERE rule_id = 'X01'"
                      + " ORDER BY laestab"))
          .containsExactly("PHONICS|3302001", "PHONICS|3302003");

      // KS1 TA from the shared export: only its own Year 2 pupil
      assertThat(
              rows(
                  pipeline,
                  "SELECT laestab, pupils, reading_exs_plus FROM school_summary ORDER BY 1"))
          .containsExactly("3302001|1|1");

      List<PhonicsPupil> a =
          List.of(pupil(1, 35, null), pupil(1, 31, null), pupil(1, null, "A"), pupil(1, null, "L"));
      List<PhonicsPupil> aRecheck = List.of(pupil(2, 33, null));
      List<PhonicsPupil> b = List.of(pupil(1, 40, null), pupil(1, 30, "WA"), pupil(1, null, "D"));
      // C's first pupil is A's (MOVED): counted at A, whose file came first
      List<PhonicsPupil> c = List.of(pupil(1, null, "Q"));
      assertThat(phonicsRow(pipeline, "school", "3302001"))
          .isEqualTo("5|" + phonics(concat(a, aRecheck), 32));
      assertThat(phonicsRow(pipeline, "school", "3302002")).isEqualTo("3|" + phonics(b, 32));
      assertThat(phonicsRow(pipeline, "school", "3302003")).isEqualTo("1|" + phonics(c, 32));
      String la = phonics(concat(a, aRecheck, b, c), 32);
      assertThat(phonicsRow(pipeline, "la", "330")).isEqualTo("9|" + la);
      assertThat(phonicsRow(pipeline, "region", "West Midlands")).isEqualTo("9|" + la);
      assertThat(phonicsRow(pipeline, "national", "England")).isEqualTo("9|" + la);
      assertThat(
              rows(
                  pipeline,
                  "SELECT round(y1_met_pct, 6), round(y2_met_pct, 6) FROM phonics_summary"
                      + " WHERE level = 'national'"))
          .containsExactly(round(100.0 * 2 / 7) + "|100.0");
      assertThat(
              rows(
                  pipeline,
                  "SELECT nc_year, mark, pupils FROM phonics_marks"
                      + " WHERE level = 'la' AND key = '330' ORDER BY nc_year, mark"))
          .containsExactly("1|30|1", "1|31|1", "1|35|1", "1|40|1", "2|33|1");

      List<List<String>> d = List.of(goals("2", 17), gldOnly(), goals("A", 17), goals("2", 17));
      List<List<String>> e = List.of(firstOnly(), goals("2", 17));
      assertThat(eyfspRow(pipeline, "school", "3302004")).isEqualTo("4|" + eyfsp(d));
      assertThat(eyfspRow(pipeline, "school", "3302005")).isEqualTo("2|" + eyfsp(e));
      assertThat(eyfspRow(pipeline, "national", "England")).isEqualTo("6|" + eyfsp(concat(d, e)));
      assertThat(
              rows(
                  pipeline,
                  "SELECT round(gld_pct, 6), round(all_elgs_expected_pct, 6),"
                      + " round(average_elgs_expected, 6) FROM eyfsp_summary WHERE level = 'la'"))
          .containsExactly(round(100.0 * 4 / 6) + "|50.0|" + round(64.0 / 6));
      assertThat(
              rows(
                  pipeline,
                  "SELECT elg, area, eligible, expected FROM eyfsp_elg_summary"
                      + " WHERE level = 'national' AND elg IN ('E01', 'E13') ORDER BY elg"))
          .containsExactly("E01|COM|6|5", "E13|UTW|6|3");

      // the latest file wins per school and collection: B sends again without its errors
      List<List<String>> again = schoolB(false);
      Sheets.csv(inbox.resolve("PHONICS_3302002_24_v2.csv"), again);
      awaitSettled(pipeline, 7);
      List<PhonicsPupil> bAgain = List.of(pupil(1, 40, null), pupil(1, null, "D"));
      assertThat(phonicsRow(pipeline, "school", "3302002")).isEqualTo("2|" + phonics(bAgain, 32));
      assertThat(phonicsRow(pipeline, "national", "England"))
          .isEqualTo("8|" + phonics(concat(a, aRecheck, bAgain, c), 32));
      assertThat(
              rows(
                  pipeline,
                  "SELECT collection, count(*) FROM submissions WHERE laestab = '3302002'"
                      + " GROUP BY ALL"))
          .containsExactly("PHONICS|2");
      assertThat(rows(pipeline, "SELECT pupils FROM school_summary")).containsExactly("1");
    }
  }

  /** A school's export of Year 1 phonics, a Year 2 re-check and a Year 2 pupil's KS1 TA. */
  private static StageCtf schoolA() {
    StageCtf ctf = StageCtf.school("3302001", YEAR).dataQualifier("PHO");
    ctf.pupil(y1(MOVED, phonicsRow("PHO", "PHO", "35")));
    ctf.pupil(y1(TestUpns.unique("330", "2001", 2), phonicsRow("PSC", "PSC", "31")));
    ctf.pupil(y1(TestUpns.unique("330", "2001", 3), phonicsRow("PHO", "PHO", "A")));
    ctf.pupil(y1(TestUpns.unique("330", "2001", 4), phonicsRow("PHO", "PHO", "L")));
    ctf.pupil(
        new StageCtf.Pupil(
            TestUpns.unique("330", "2001", 5),
            "Ava",
            "Brown",
            Y2_DOB,
            "F",
            "2",
            List.of(phonicsRow("PHO", "PHO", "33"))));
    List<Result> ta = new ArrayList<>();
    for (String[] s : new String[][] {{"ENG", "AT2"}, {"ENG", "AT3"}, {"MAT", "SUB"}}) {
      ta.add(new Result("KS1", s[0], s[1], "TA", "EXS"));
    }
    ta.add(new Result("KS1", "SCI", "SUB", "TA", "EXS"));
    ctf.pupil(
        new StageCtf.Pupil(
            TestUpns.unique("330", "2001", 6), "Noah", "Green", Y2_DOB, "M", "2", ta));
    return ctf;
  }

  private static Result phonicsRow(String subject, String component, String result) {
    return new Result("KS1", subject, component, "TT", result);
  }

  private static StageCtf.Pupil y1(String upn, Result result) {
    return new StageCtf.Pupil(upn, "Zoë", "O'Neill", Y1_DOB, "F", "1", List.of(result));
  }

  private static final List<String> PHONICS_HEADER =
      List.of(
          "School DFE",
          "UPN",
          "Forename",
          "Surname",
          "Gender",
          "Date of birth",
          "NC Year",
          "Phonics mark",
          "Phonics outcome");

  /** B's template: with its mistakes (41, a mark and A, Year 3, Wa with 30), or corrected. */
  private static List<List<String>> schoolB(boolean withMistakes) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(PHONICS_HEADER);
    rows.add(templateRow("3302002", 1, "1", "40", ""));
    if (withMistakes) {
      rows.add(templateRow("3302002", 2, "1", "41", ""));
      rows.add(templateRow("3302002", 3, "1", "20", "A"));
      rows.add(templateRow("3302002", 4, "3", "30", ""));
      rows.add(templateRow("3302002", 5, "1", "30", "Wa"));
    }
    rows.add(templateRow("3302002", 6, "1", "", "D"));
    return rows;
  }

  private static List<List<String>> schoolC() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "School DFE",
            "UPN",
            "Forename",
            "Surname",
            "Sex",
            "DOB",
            "NC Year",
            "Mark",
            "Outcome"));
    List<String> moved = new ArrayList<>(templateRow("3302003", 1, "1", "32", ""));
    moved.set(1, MOVED);
    rows.add(moved);
    rows.add(templateRow("3302003", 2, "1", "", "Q"));
    return rows;
  }

  private static List<String> templateRow(
      String laestab, int n, String ncYear, String mark, String outcome) {
    return List.of(
        laestab,
        TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), n),
        "Amélie",
        "Smith-Jones",
        "F",
        "05/11/2017",
        ncYear,
        mark,
        outcome);
  }

  private static final String[] AREAS = {
    "COM", "COM", "PSE", "PSE", "PSE", "PHY", "PHY", "LIT", "LIT", "LIT", "MAT", "MAT", "UTW",
    "UTW", "UTW", "EXP", "EXP"
  };

  /**
   * D's profiles: all expected; GLD only; all A; all expected with E01 under LIT (R22); then a 3
   * (L02), E17 missing (L01), and A in E01 only (L03).
   */
  private static StageCtf schoolD() {
    StageCtf ctf = StageCtf.school("3302004", YEAR).dataQualifier("FSP");
    List<List<String>> profiles =
        List.of(
            goals("2", 17),
            gldOnly(),
            goals("A", 17),
            goals("2", 17),
            withGoal(4, "3"),
            goals("2", 16),
            withGoal(0, "A"));
    for (int i = 0; i < profiles.size(); i++) {
      List<Result> rows = new ArrayList<>();
      List<String> goals = profiles.get(i);
      for (int g = 0; g < goals.size(); g++) {
        String area = i == 3 && g == 0 ? "LIT" : AREAS[g];
        rows.add(new Result("FSP", area, "E%02d".formatted(g + 1), "TA", goals.get(g)));
      }
      ctf.pupil(
          new StageCtf.Pupil(
              TestUpns.unique("330", "2004", i + 1),
              "Oliver",
              "Ng",
              RECEPTION_DOB,
              "M",
              "R",
              rows));
    }
    return ctf;
  }

  /** E's template: goals named as schools' spreadsheets name them. */
  private static List<List<String>> schoolE() {
    List<String> header =
        new ArrayList<>(
            List.of(
                "School DFE",
                "UPN",
                "Forename",
                "Surname",
                "Sex",
                "Date of birth",
                "NC Year",
                "Listening, attention and understanding",
                "Speaking",
                "ELG 3",
                "ELG04"));
    for (int g = 5; g <= 17; g++) {
      header.add("E%02d".formatted(g));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    List<List<String>> children = List.of(firstOnly(), goals("2", 17));
    for (int i = 0; i < children.size(); i++) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  "3302005",
                  TestUpns.unique("330", "2005", i + 1),
                  "Maya",
                  "Khan",
                  "F",
                  "20/01/2019",
                  "R"));
      row.addAll(children.get(i));
      rows.add(row);
    }
    return rows;
  }

  private static List<String> goals(String code, int n) {
    return Collections.nCopies(n, code);
  }

  private static List<String> gldOnly() {
    return concat(goals("2", 12), goals("1", 5));
  }

  private static List<String> firstOnly() {
    return concat(List.of("2"), goals("1", 16));
  }

  private static List<String> withGoal(int at, String code) {
    List<String> goals = new ArrayList<>(goals("2", 17));
    goals.set(at, code);
    return goals;
  }

  private static PhonicsPupil pupil(int ncYear, Integer mark, String outcome) {
    return new PhonicsPupil(ncYear, mark, outcome);
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  private static String round(double pct) {
    return String.valueOf(Math.round(pct * 1e6) / 1e6);
  }

  private static String phonicsRow(Pipeline pipeline, String level, String key)
      throws SQLException {
    return one(
        pipeline,
        "SELECT pupils || '|' || y1_eligible || '|' || y1_met || '|' || y2_eligible || '|' ||"
            + " y2_met FROM phonics_summary WHERE year = "
            + YEAR
            + " AND level = '"
            + level
            + "' AND key = '"
            + key
            + "'");
  }

  private static String eyfspRow(Pipeline pipeline, String level, String key) throws SQLException {
    return one(
        pipeline,
        "SELECT s.pupils || '|' || s.eligible || '|' || s.gld || '|' || s.all_elgs_expected"
            + " || '|' || (SELECT sum(expected) FROM eyfsp_elg_summary e WHERE e.level = s.level"
            + " AND e.key = s.key AND e.year = s.year) FROM eyfsp_summary s WHERE s.year = "
            + YEAR
            + " AND s.level = '"
            + level
            + "' AND s.key = '"
            + key
            + "'");
  }

  private static String one(Pipeline pipeline, String sql) throws SQLException {
    List<String> rows = rows(pipeline, sql);
    assertThat(rows).as(sql).hasSize(1);
    return rows.get(0);
  }

  private static void awaitSettled(Pipeline pipeline, int submissions) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                rows(pipeline, "SELECT count(*) FROM submissions WHERE status <> 'processing'")
                    .equals(List.of(String.valueOf(submissions))));
  }

  private static List<String> rows(Pipeline pipeline, String sql) throws SQLException {
    try (DuckDBConnection c = pipeline.store().reader()) {
      return SqlRows.of(c, sql);
    }
  }
}
