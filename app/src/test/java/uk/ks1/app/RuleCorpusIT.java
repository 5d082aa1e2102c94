package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.ExpectedFigures;
import uk.ks1.testkit.SeededCorpus;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * The seeded corpus through the real CLI, embedded broker and DuckDB: one case per rule (and
 * combinations) gives exactly the expected issues and exactly the expected figures; a CTF with an
 * unknown component, a legacy-year file, another LA's school, and a pupil who moved (loaded later)
 * join it; and the LA's data-errors report lists all of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class RuleCorpusIT {
  private static final String CORPUS = "3302001";
  private static final String UNKNOWN_COMPONENT = "3302002";
  private static final String MOVED_TO = "3302003";
  private static final String LEGACY = "3302004";
  private static final String LEGACY_CODE_IN_2023 = "3302005";

  @TempDir static Path tmp;
  private Path data;
  private Path store;
  private final List<SeededCorpus.Row> corpus = SeededCorpus.forSchool(CORPUS);
  private final List<TestPupil> legacy = new ArrayList<>();
  private final List<TestPupil> movedToOthers = new ArrayList<>();

  @BeforeAll
  void loadTheCorpusThenThePupilWhoMoved() throws Exception {
    Path first = tmp.resolve("first");
    CtfBuilder.school(CORPUS)
        .pupils(corpus.stream().map(SeededCorpus.Row::pupil).toList())
        .writeTo(first.resolve("330"));
    CtfBuilder.school(UNKNOWN_COMPONENT)
        .components("AT2", "AT3", "SUB", "XYZ")
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 1), "EXS", "EXS", "EXS", "EXS"))
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 2), "GDS", "WTS", "EXS", "EXS"))
        .writeTo(first.resolve("330"));
    for (String[] codes :
        List.of(
            new String[] {"GDS", "EXS", "WTS", "EXS"},
            new String[] {"PKF", "PKF", "BLW", "HNM"},
            new String[] {"D", "D", "D", "D"},
            new String[] {"BLW", "WTS", "WTS", "EXS"})) {
      legacy.add(
          TestPupil.of(
                  TestUpns.unique("330", "2004", legacy.size() + 1),
                  codes[0],
                  codes[1],
                  codes[2],
                  codes[3])
              .withDob("2010-01-15"));
    }
    CtfBuilder.school(LEGACY).year(2017).pupils(legacy).writeTo(first.resolve("330"));
    CtfBuilder.school(LEGACY_CODE_IN_2023)
        .pupil(TestPupil.of(TestUpns.unique("330", "2005", 1), "PKF", "EXS", "EXS", "EXS"))
        .writeTo(first.resolve("330"));
    CtfBuilder.school("9302001")
        .pupil(TestPupil.of(TestUpns.unique("930", "2001", 1), "EXS", "EXS", "EXS", "EXS"))
        .writeTo(first.resolve("330"), "another-las-school.xml");
    data = tmp.resolve("data");
    store = data.resolve("ks1.duckdb");
    assertThat(Ks1.execute("load", "--data", data.toString(), first.toString())).isZero();

    // later, another school sends the corpus's first pupil too (a pupil who moved)
    TestPupil moved = corpus.get(0).pupil().withResults("WTS", "WTS", "WTS", "HNM");
    movedToOthers.add(TestPupil.of(TestUpns.unique("330", "2003", 1), "GDS", "GDS", "GDS", "EXS"));
    Path second = tmp.resolve("second/330");
    CtfBuilder.school(MOVED_TO).pupil(movedToOthers.get(0)).pupil(moved).writeTo(second);
    assertThat(Ks1.execute("load", "--data", data.toString(), second.toString())).isZero();
  }

  private List<String> issuesOf(String laestab) throws Exception {
    return StoreQueries.rows(
        store,
        "SELECT row_number || ' ' || rule_id || ' ' || severity || ' ' || field"
            + " FROM validation_issues WHERE laestab = '"
            + laestab
            + "' ORDER BY row_number, rule_id, field");
  }

  private String schoolFigures(String laestab) throws Exception {
    return StoreQueries.schoolCounts(store, laestab);
  }

  @Test
  void everySeededCaseRaisesExactlyItsIssues() throws Exception {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      int row = i + 1;
      corpus.get(i).issues().stream()
          .map(e -> row + " " + e.ruleId() + " " + e.severity().label() + " " + e.field().label())
          .forEach(expected::add);
    }
    expected.sort(
        java.util.Comparator.comparing((String s) -> Integer.parseInt(s.split(" ")[0]))
            .thenComparing(s -> s.split(" ")[1])
            .thenComparing(s -> s.substring(s.lastIndexOf(' ') + 1)));
    assertThat(issuesOf(CORPUS)).containsExactlyElementsOf(expected);
    assertThat(
            StoreQueries.one(
                store,
                "SELECT status, pupils, errors, queries FROM submissions WHERE laestab = '"
                    + CORPUS
                    + "'"))
        .isEqualTo(
            "successful with errors|"
                + corpus.size()
                + "|"
                + expected.stream().filter(s -> s.contains(" error ")).count()
                + "|"
                + expected.stream().filter(s -> s.contains(" query ")).count());
  }

  @Test
  void theCorpusGivesExactlyTheExpectedFigures() throws Exception {
    // the moved pupil was in this school's data first, so still counts here
    assertThat(schoolFigures(CORPUS))
        .isEqualTo(ExpectedFigures.of(SeededCorpus.counting(corpus)).counts());
    assertThat(
            StoreQueries.one(
                store,
                "SELECT count(*) FROM pupil_records WHERE laestab = '"
                    + CORPUS
                    + "' AND NOT counts"))
        .isEqualTo(String.valueOf(corpus.stream().filter(r -> !r.counts()).count()));
  }

  @Test
  void anUnknownComponentIsAQueryAndItsSubjectIsMissing() throws Exception {
    assertThat(issuesOf(UNKNOWN_COMPONENT))
        .containsExactly(
            "1 R02 error Science",
            "1 R20 query Results",
            "2 R02 error Science",
            "2 R20 query Results");
    assertThat(
            StoreQueries.one(
                store,
                "SELECT pupils, science_eligible, reading_gds FROM school_summary WHERE laestab ="
                    + " '"
                    + UNKNOWN_COMPONENT
                    + "'"))
        .isEqualTo("2|0|1");
  }

  @Test
  void legacyYearsValidateAgainstTheirOwnCodes() throws Exception {
    assertThat(issuesOf(LEGACY)).isEmpty();
    assertThat(
            StoreQueries.one(
                store,
                "SELECT year, "
                    + ExpectedFigures.COUNT_COLUMNS
                    + " FROM school_summary WHERE laestab = '"
                    + LEGACY
                    + "'"))
        .isEqualTo("2017|" + ExpectedFigures.legacy(legacy).counts());
    assertThat(issuesOf(LEGACY_CODE_IN_2023)).containsExactly("1 R01 error Reading");
    assertThat(StoreQueries.rows(store, "SELECT year, schools FROM national_summary ORDER BY year"))
        .containsExactly("2017|1", "2023|4");
  }

  @Test
  void aPupilWhoMovedIsAQueryForBothSchoolsAndCountsOnceWhereFirstHeld() throws Exception {
    assertThat(
            StoreQueries.rows(
                store,
                "SELECT laestab, row_number, value, message FROM data_errors"
                    + " WHERE rule_id = 'X01' ORDER BY laestab"))
        .containsExactly(
            CORPUS
                + "|1|"
                + MOVED_TO
                + "|Row 1, UPN: the same UPN is in the current data of school "
                + MOVED_TO
                + ". The pupil counts once: here. Check which school assessed the pupil. Allowed:"
                + " Each pupil in one school's data; a pupil who moved counts once, at the school"
                + " whose data has held the pupil longest.",
            MOVED_TO
                + "|2|"
                + CORPUS
                + "|Row 2, UPN: the same UPN is in the current data of school "
                + CORPUS
                + ". The pupil counts once: at school "
                + CORPUS
                + ". Check which school assessed the pupil. Allowed: Each pupil in one school's"
                + " data; a pupil who moved counts once, at the school whose data has held the"
                + " pupil longest.");
    assertThat(schoolFigures(MOVED_TO)).isEqualTo(ExpectedFigures.of(movedToOthers).counts());
  }

  @Test
  void theLasDataErrorsReportListsEveryIssueWithCountsPerRule() throws Exception {
    Path out = tmp.resolve("reports");
    assertThat(
            Ks1.execute(
                "report",
                "errors",
                "--data",
                data.toString(),
                "--la",
                "330",
                "--out",
                out.toString(),
                "--per-school"))
        .isZero();
    long issues =
        Long.parseLong(
            StoreQueries.one(store, "SELECT count(*) FROM data_errors WHERE la_code = '330'"));
    List<String> lines =
        Files.readAllLines(out.resolve("data-errors-330.csv"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize((int) issues + 1);
    // the other LA's school was an upload error of this LA's folder: listed first
    assertThat(lines.get(1)).startsWith("330,,,F-").contains(",F04,error,file,9302001,");
    assertThat(
            Files.readAllLines(out.resolve("data-errors-330-counts.csv"), StandardCharsets.UTF_8))
        .contains(
            "X01,query,The same UPN in two schools' current data (a pupil who moved),2,2,2",
            "1520,error,More than one pupil record with the same UPN,2,1,2");
    assertThat(out.resolve("data-errors-" + CORPUS + ".xlsx")).isRegularFile();
    assertThat(
            Files.readAllLines(
                out.resolve("data-errors-" + MOVED_TO + ".csv"), StandardCharsets.UTF_8))
        .hasSize(2);
  }
}
