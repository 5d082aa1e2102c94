package uk.ks1.validate.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.collections.ks1ta.rules.AbsentInAllSubjects;
import uk.ks1.collections.ks1ta.rules.PreKeyStageWithExpected;
import uk.ks1.collections.ks1ta.rules.ResultCodeValid;
import uk.ks1.collections.ks1ta.rules.ResultMissing;
import uk.ks1.collections.ks1ta.rules.ScaledScoreValid;
import uk.ks1.collections.ks1ta.rules.ScienceExpectedWithPreKeyStage;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.testkit.Records;

/** One sample per result rule (R01-R03, R10-R12), with exact messages where they matter. */
class ResultRulesTest {
  private List<ValidationIssue> run(PupilRule rule, PupilRecord pupil, int year) {
    IssueSink sink = new IssueSink();
    rule.check(pupil, RuleContext.of(Ks1Ta.year(year)), sink);
    return sink.inFileOrder();
  }

  private List<ValidationIssue> run(PupilRule rule, String r, String w, String m, String s) {
    return run(rule, Records.pupil(3, Records.UPN, r, w, m, s), 2023);
  }

  @Test
  void ruleR01CodeValidOnlyForAnotherSubjectIsASubjectError() {
    PupilRecord pupil = Records.pupil(4, Records.UPN, "HNM", "EXS", "GDS", "PK2");
    List<ValidationIssue> issues = run(new ResultCodeValid(), pupil, 2023);
    assertThat(issues)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::row,
            ValidationIssue::field,
            ValidationIssue::value,
            ValidationIssue::effect)
        .containsExactly(
            tuple("R01", 4, Subject.READING.field(), "HNM", Effect.SUBJECT),
            tuple("R01", 4, Subject.SCIENCE.field(), "PK2", Effect.SUBJECT));
    assertThat(issues.get(0).message())
        .isEqualTo(
            "Row 4, Reading: 'HNM' is not a KS1 reading code for 2023, so the pupil does not count"
                + " in reading or RWM. Allowed: GDS, EXS, WTS, PK4, PK3, PK2, PK1, EM, A, Q.");
    assertThat(issues.get(1).allowed()).isEqualTo("EXS, HNM, A, Q");
  }

  @Test
  void codesAreReadWhateverTheirCaseAndSpacing() {
    assertThat(run(new ResultCodeValid(), " exs", "gds ", "Wts", "A")).isEmpty();
  }

  @Test
  void legacyYearsHaveTheirOwnCodes() {
    PupilRecord legacy = Records.pupil(1, Records.UPN, "BLW", "PKF", "D", "D");
    assertThat(run(new ResultCodeValid(), legacy, 2017)).isEmpty();
    assertThat(run(new ResultCodeValid(), legacy, 2019))
        .extracting(ValidationIssue::field)
        .containsExactly(
            Subject.READING.field(),
            Subject.WRITING.field(),
            Subject.MATHS.field(),
            Subject.SCIENCE.field());
    PupilRecord current = Records.pupil(1, Records.UPN, "PK4", "EM", "Q", "Q");
    assertThat(run(new ResultCodeValid(), current, 2018))
        .extracting(ValidationIssue::field)
        .containsExactly(
            Subject.READING.field(),
            Subject.WRITING.field(),
            Subject.MATHS.field(),
            Subject.SCIENCE.field());
  }

  @Test
  void ruleR02BlankResultIsAnErrorForThatSubjectOnly() {
    PupilRecord pupil = Records.pupil(2, Records.UPN, "EXS", " ", "EXS", null);
    List<ValidationIssue> issues = run(new ResultMissing(), pupil, 2023);
    assertThat(issues)
        .extracting(ValidationIssue::ruleId, ValidationIssue::field, ValidationIssue::effect)
        .containsExactly(
            tuple("R02", Subject.WRITING.field(), Effect.SUBJECT),
            tuple("R02", Subject.SCIENCE.field(), Effect.SUBJECT));
    assertThat(issues.get(1).message())
        .isEqualTo(
            "Row 2, Science: no result was given, so the pupil does not count in science or RWM."
                + " Allowed: EXS, HNM, A, Q (A if the pupil was absent).");
    assertThat(run(new ResultCodeValid(), pupil, 2023)).isEmpty();
  }

  @Test
  void ruleR03ScaledScoreNotAWholeNumberFrom85To115IsAnErrorForThatScore() {
    PupilRecord pupil =
        Records.withScore(
            Records.withScore(
                Records.withScore(Records.pupil(5), ScaledScore.READING, "116"),
                ScaledScore.MATHS,
                "100.5"),
            ScaledScore.GPS,
            "85");
    List<ValidationIssue> issues = run(new ScaledScoreValid(), pupil, 2023);
    assertThat(issues)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::field,
            ValidationIssue::value,
            ValidationIssue::effect)
        .containsExactly(
            tuple("R03", ScaledScore.READING.field(), "116", Effect.SCORE),
            tuple("R03", ScaledScore.MATHS.field(), "100.5", Effect.SCORE));
    assertThat(issues.get(0).message())
        .isEqualTo(
            "Row 5, Reading scaled score: '116' is not a whole number from 85 to 115, so this"
                + " score is left out (the teacher assessments still count). Allowed: A whole"
                + " number from 85 to 115, or blank.");
    PupilRecord blank = Records.withScore(Records.pupil(5), ScaledScore.GPS, " ");
    assertThat(run(new ScaledScoreValid(), blank, 2023)).isEmpty();
  }

  @Test
  void ruleR10PreKeyStageOrEngagementWithExpectedElsewhereIsAQuery() {
    List<ValidationIssue> issues = run(new PreKeyStageWithExpected(), "EM", "EXS", "PK4", "HNM");
    assertThat(issues)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::severity,
            ValidationIssue::field,
            ValidationIssue::value)
        .containsExactly(
            tuple("R10", Severity.QUERY, Field.RESULTS, "reading EM, writing EXS, maths PK4"));
    assertThat(issues.get(0).message())
        .startsWith(
            "Row 3, Results: 'reading EM, writing EXS, maths PK4': engagement model or"
                + " pre-key-stage in one subject but the expected standard or above in another.");
    assertThat(run(new PreKeyStageWithExpected(), "PK1", "GDS", "WTS", "EXS")).hasSize(1);
    assertThat(run(new PreKeyStageWithExpected(), "PK4", "WTS", "WTS", "EXS")).isEmpty();
    assertThat(run(new PreKeyStageWithExpected(), "EXS", "EXS", "EXS", "HNM")).isEmpty();
    // an invalid code takes part in no query (it is already an R01 error)
    assertThat(run(new PreKeyStageWithExpected(), "EM", "HNM", "D", "EXS")).isEmpty();
  }

  @Test
  void ruleR10KnowsTheLegacyPreKeyStageCodes() {
    PupilRecord legacy = Records.pupil(3, Records.UPN, "PKF", "EXS", "BLW", "EXS");
    assertThat(run(new PreKeyStageWithExpected(), legacy, 2017))
        .extracting(ValidationIssue::value)
        .containsExactly("reading PKF, writing EXS, maths BLW");
  }

  @Test
  void ruleR11AbsentInAllFourSubjectsIsAQuery() {
    assertThat(run(new AbsentInAllSubjects(), "A", "a", "A", "A"))
        .extracting(ValidationIssue::ruleId, ValidationIssue::severity, ValidationIssue::value)
        .containsExactly(tuple("R11", Severity.QUERY, "reading A, writing A, maths A, science A"));
    assertThat(run(new AbsentInAllSubjects(), "A", "A", "A", "EXS")).isEmpty();
    assertThat(run(new AbsentInAllSubjects(), "A", "A", "A", null)).isEmpty();
  }

  @Test
  void ruleR12ScienceExpectedWhileReadingWritingMathsAreAllBelowTheKeyStage() {
    assertThat(run(new ScienceExpectedWithPreKeyStage(), "PK2", "PK3", "EM", "EXS"))
        .extracting(ValidationIssue::ruleId, ValidationIssue::severity, ValidationIssue::value)
        .containsExactly(
            tuple("R12", Severity.QUERY, "reading PK2, writing PK3, maths EM, science EXS"));
    assertThat(run(new ScienceExpectedWithPreKeyStage(), "PK2", "WTS", "EM", "EXS")).isEmpty();
    assertThat(run(new ScienceExpectedWithPreKeyStage(), "PK2", "PK3", "EM", "HNM")).isEmpty();
  }
}
