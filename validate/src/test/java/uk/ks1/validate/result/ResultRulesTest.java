package uk.ks1.validate.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.testkit.Records;
import uk.ks1.validate.rule.IssueSink;
import uk.ks1.validate.rule.PupilRule;
import uk.ks1.validate.rule.RuleContext;

class ResultRulesTest {
  private List<ValidationIssue> run(PupilRule rule, PupilRecord pupil, int year) {
    IssueSink sink = new IssueSink();
    rule.check(pupil, RuleContext.standard(year), sink);
    return sink.inFileOrder();
  }

  @Test
  void codeValidOnlyForAnotherSubjectIsASubjectError() {
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
            tuple("R01", 4, Field.READING, "HNM", Effect.SUBJECT),
            tuple("R01", 4, Field.SCIENCE, "PK2", Effect.SUBJECT));
    assertThat(issues.get(0).message())
        .isEqualTo(
            "'HNM' is not a KS1 reading code for 2023."
                + " Use one of: GDS, EXS, WTS, PK4, PK3, PK2, PK1, EM, A, Q.");
  }

  @Test
  void codesAreReadWhateverTheirCaseAndSpacing() {
    assertThat(
            run(
                new ResultCodeValid(),
                Records.pupil(1, Records.UPN, " exs", "gds ", "Wts", "A"),
                2023))
        .isEmpty();
  }

  @Test
  void legacyYearsHaveTheirOwnCodes() {
    PupilRecord legacy = Records.pupil(1, Records.UPN, "BLW", "PKF", "D", "D");
    assertThat(run(new ResultCodeValid(), legacy, 2017)).isEmpty();
    assertThat(run(new ResultCodeValid(), legacy, 2019))
        .extracting(ValidationIssue::field)
        .containsExactly(Field.READING, Field.WRITING, Field.MATHS, Field.SCIENCE);
  }

  @Test
  void blankResultIsAnErrorForThatSubjectOnly() {
    PupilRecord pupil = Records.pupil(2, Records.UPN, "EXS", " ", "EXS", null);
    assertThat(run(new ResultMissing(), pupil, 2023))
        .extracting(ValidationIssue::ruleId, ValidationIssue::field, ValidationIssue::effect)
        .containsExactly(
            tuple("R02", Field.WRITING, Effect.SUBJECT),
            tuple("R02", Field.SCIENCE, Effect.SUBJECT));
    assertThat(run(new ResultCodeValid(), pupil, 2023)).isEmpty();
  }
}
