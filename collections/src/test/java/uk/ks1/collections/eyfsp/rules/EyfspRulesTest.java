package uk.ks1.collections.eyfsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.eyfsp.Eyfsp;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;

/** One sample per EYFSP rule (L01-L05), with its exact message, and the samples that pass. */
class EyfspRulesTest {
  private static final String ALL_EXPECTED = "22222222222222222";

  private static PupilRecord child(String codes) {
    return child(codes, "2019-01-15", "R");
  }

  /** A child whose goals E01-E17 are the characters of {@code codes} ('.' leaves one blank). */
  private static PupilRecord child(String codes, String dob, String ncYear) {
    Map<String, String> items = new HashMap<>();
    for (int i = 0; i < Goals.ALL.size(); i++) {
      char c = codes.charAt(i);
      if (c != '.') {
        items.put(Goals.ALL.get(i).column(), String.valueOf(c));
      }
    }
    return new PupilRecord(6, "A123", null, "Ann", "Pupil", dob, "F", ncYear, items);
  }

  private static List<ValidationIssue> run(PupilRule rule, PupilRecord child) {
    IssueSink sink = new IssueSink();
    rule.check(child, RuleContext.of(Eyfsp.year(2024)), sink);
    return sink.inFileOrder();
  }

  private static ValidationIssue only(List<ValidationIssue> issues) {
    assertThat(issues).hasSize(1);
    return issues.get(0);
  }

  @Test
  void theRulesRunInOrderAndCoverTheProfileFrom2022() {
    var rules = Eyfsp.definition().rules();
    assertThat(rules.pupilRules())
        .extracting(r -> r.definition().id())
        .containsExactly("L01", "L02", "L03", "L04", "L05");
    assertThat(rules.firstYear()).isEqualTo(2022);
    assertThat(List.of(rules.coversYear(2021), rules.coversYear(2022), rules.coversYear(2026)))
        .containsExactly(false, true, true);
  }

  @Test
  void ruleL01AGoalMissingTakesTheRecordOutAndNamesEveryGoalMissing() {
    ValidationIssue issue = only(run(new GoalMissing(), child("22.222222.2222222")));
    assertThat(issue)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::severity,
            ValidationIssue::effect,
            ValidationIssue::row,
            ValidationIssue::field)
        .containsExactly("L01", Severity.ERROR, Effect.RECORD, 6, Field.RESULTS);
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, Results: no result for 2 of the 17 early learning goals (E03 Self-regulation,"
                + " E10 Writing), so the child's record does not count in any EYFSP figure."
                + " Allowed: A result (1, 2 or A) for each of the 17 early learning goals E01-E17"
                + " (A in all 17 if the child could not be assessed).");
    Map<String, String> blankText = new HashMap<>(child(ALL_EXPECTED).items());
    blankText.put("e17", "  ");
    assertThat(run(new GoalMissing(), child(ALL_EXPECTED).withItems(blankText)))
        .singleElement()
        .extracting(ValidationIssue::message)
        .asString()
        .contains("no result for 1 of the 17", "(E17 Being imaginative and expressive)");
    assertThat(run(new GoalMissing(), child(ALL_EXPECTED))).isEmpty();
    assertThat(run(new GoalMissing(), child("AAAAAAAAAAAAAAAAA"))).isEmpty();
  }

  @Test
  void ruleL02ACodeNotOneTwoOrAIsARecordErrorPerGoalAndThreeGetsItsOwnWords() {
    List<ValidationIssue> issues = run(new GoalCodeValid(), child("32222222X22222222"));
    assertThat(issues)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::severity,
            ValidationIssue::effect,
            ValidationIssue::field,
            ValidationIssue::value)
        .containsExactly(
            tuple("L02", Severity.ERROR, Effect.RECORD, Goals.ALL.get(0).field(), "3"),
            tuple("L02", Severity.ERROR, Effect.RECORD, Goals.ALL.get(8).field(), "X"));
    assertThat(issues.get(0).message())
        .isEqualTo(
            "Row 6, Listening, attention and understanding (E01): '3' is not an EYFS profile"
                + " result for 2024: 3 (exceeding) belonged to the 2013-2021 profile and is not a"
                + " result of the profile from 2022, so the child's record does not count in any"
                + " EYFSP figure. Allowed: 1 (emerging), 2 (expected) or A (unable to assess).");
    assertThat(issues.get(1).message())
        .isEqualTo(
            "Row 6, Word reading (E09): 'X' is not an EYFS profile result for 2024, so the"
                + " child's record does not count in any EYFSP figure. Allowed: 1 (emerging), 2"
                + " (expected) or A (unable to assess).");
    assertThat(issues.get(1).allowed())
        .isEqualTo("1 (emerging), 2 (expected) or A (unable to assess)");
    // lower case and surrounding space are the school system's habit, not an error
    Map<String, String> lower = new HashMap<>(child("AAAAAAAAAAAAAAAAA").items());
    lower.put("e05", " a ");
    assertThat(run(new GoalCodeValid(), child(ALL_EXPECTED).withItems(lower))).isEmpty();
    assertThat(run(new GoalCodeValid(), child("1212121212121212A"))).isEmpty();
    assertThat(run(new GoalCodeValid(), child("22.22222222222222"))).isEmpty(); // L01's
  }

  @Test
  void ruleL03AnAInSomeGoalsButNotAllIsARecordError() {
    ValidationIssue issue = only(run(new UnableToAssessInSomeGoals(), child("A2222222222A22221")));
    assertThat(issue)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::severity,
            ValidationIssue::effect,
            ValidationIssue::field,
            ValidationIssue::value)
        .containsExactly("L03", Severity.ERROR, Effect.RECORD, Field.RESULTS, "A in E01, E12");
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, Results: A (unable to assess) in 2 of the 17 goals (E01, E12) but 1 or 2 in"
                + " others, so the child's record does not count in any EYFSP figure. Allowed: A"
                + " in all 17 goals, or 1 or 2 in every goal.");
    assertThat(run(new UnableToAssessInSomeGoals(), child("AAAAAAAAAAAAAAAAA"))).isEmpty();
    assertThat(run(new UnableToAssessInSomeGoals(), child(ALL_EXPECTED))).isEmpty();
    // a blank (L01) or a wrong code (L02) beside the As is not counted as assessed
    assertThat(run(new UnableToAssessInSomeGoals(), child("AAAAAAAA.AAAAAAA3"))).isEmpty();
  }

  @Test
  void ruleL04ADateOfBirthOutsideReceptionIsAQueryThatDoesNotRepeatTheDate() {
    // Reception in summer 2024: born 1 September 2018 to 31 August 2019
    ValidationIssue issue =
        only(run(new DateOfBirthOutsideReception(), child(ALL_EXPECTED, "2018-08-31", "R")));
    assertThat(issue)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::severity,
            ValidationIssue::effect,
            ValidationIssue::field,
            ValidationIssue::value)
        .containsExactly("L04", Severity.QUERY, Effect.NONE, Field.DATE_OF_BIRTH, "2018-08-31");
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, Date of birth: outside the Reception range for 2024 (2018-09-01 to"
                + " 2019-08-31). The record counts; check the date, or that the child is in the"
                + " EYFS outside their year group. Allowed: A child born in the Reception range,"
                + " or one who stays in the EYFS beyond it.")
        .doesNotContain("2018-08-31");
    assertThat(run(new DateOfBirthOutsideReception(), child(ALL_EXPECTED, "2019-09-01", "R")))
        .hasSize(1);
    assertThat(run(new DateOfBirthOutsideReception(), child(ALL_EXPECTED, "2018-09-01", "R")))
        .isEmpty();
    assertThat(run(new DateOfBirthOutsideReception(), child(ALL_EXPECTED, "31/08/2019", "R")))
        .isEmpty();
    // after the academic year is P04's error, not this query; not a date is P03's
    assertThat(run(new DateOfBirthOutsideReception(), child(ALL_EXPECTED, "2024-09-01", "R")))
        .isEmpty();
    assertThat(run(new DateOfBirthOutsideReception(), child(ALL_EXPECTED, "2019-02-30", "R")))
        .isEmpty();
  }

  @Test
  void ruleL05AnNcYearOtherThanReceptionIsAQuery() {
    ValidationIssue issue =
        only(run(new NcYearNotReception(), child(ALL_EXPECTED, "2019-01-15", "1")));
    assertThat(issue)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::severity,
            ValidationIssue::effect,
            ValidationIssue::field,
            ValidationIssue::value)
        .containsExactly("L05", Severity.QUERY, Effect.NONE, Field.NC_YEAR, "1");
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, NC year: '1' is not Reception. The record counts; check the child is in the"
                + " EYFS outside their year group. Allowed: R (Reception), or another year for a"
                + " child outside their year group.");
    for (String reception : List.of("R", "r", "Reception", "0", "YR", "Year R", " R ")) {
      assertThat(run(new NcYearNotReception(), child(ALL_EXPECTED, "2019-01-15", reception)))
          .as(reception)
          .isEmpty();
    }
    assertThat(run(new NcYearNotReception(), child(ALL_EXPECTED, "2019-01-15", "N2"))).hasSize(1);
    assertThat(run(new NcYearNotReception(), child(ALL_EXPECTED, "2019-01-15", null))).isEmpty();
    assertThat(run(new NcYearNotReception(), child(ALL_EXPECTED, "2019-01-15", ""))).isEmpty();
  }
}
