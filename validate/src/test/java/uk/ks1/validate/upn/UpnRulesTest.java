package uk.ks1.validate.upn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.testkit.Records;

/** One sample per UPN rule, each checked on its own and for the former UPN too. */
class UpnRulesTest {
  private final RuleContext context = RuleContext.of(Ks1Ta.year(2023));

  private List<ValidationIssue> run(PupilRule rule, PupilRecord pupil) {
    IssueSink sink = new IssueSink();
    rule.check(pupil, context, sink);
    return sink.inFileOrder();
  }

  private static PupilRecord withUpn(String upn) {
    return Records.pupil(7, upn, "EXS", "EXS", "EXS", "EXS");
  }

  @Test
  void rule1500MissingUpn() {
    assertThat(run(new UpnMissing(), withUpn("  ")))
        .extracting(ValidationIssue::ruleId, ValidationIssue::row, ValidationIssue::field)
        .containsExactly(tuple("1500", 7, Field.UPN));
    assertThat(run(new UpnMissing(), withUpn("B801200005001"))).isEmpty();
  }

  @Test
  void rule1510WrongCheckLetter() {
    List<ValidationIssue> issues = run(new UpnCheckLetter(), withUpn("Q207000016049"));
    assertThat(issues)
        .extracting(ValidationIssue::ruleId, ValidationIssue::severity, ValidationIssue::effect)
        .containsExactly(tuple("1510", Severity.ERROR, Effect.RECORD));
    assertThat(issues.get(0).value()).isEqualTo("Q207000016049");
    assertThat(issues.get(0).message())
        .isEqualTo(
            "Row 7, UPN: the check letter (the first character) does not match the rest of the"
                + " number, so one of its characters is wrong. Copy it again from the pupil's"
                + " record. Allowed: The check letter that characters 2-13 give (DfE's modulus 23"
                + " rule).");
    assertThat(run(new UpnCheckLetter(), withUpn("P207000016049"))).isEmpty();
  }

  @Test
  void rule1510AlsoChecksTheFormerUpn() {
    PupilRecord pupil = Records.withFormerUpn(withUpn("B801200005001"), "A80120000101A");
    assertThat(run(new UpnCheckLetter(), pupil))
        .extracting(ValidationIssue::ruleId, ValidationIssue::field)
        .containsExactly(tuple("1510", Field.FORMER_UPN));
  }

  @Test
  void rule1530UnknownLaCodeEvenWithAValidCheckLetter() {
    List<ValidationIssue> issues = run(new UpnLaCode(), withUpn("R900400001001"));
    assertThat(issues).extracting(ValidationIssue::ruleId).containsExactly("1530");
    assertThat(issues.get(0).message()).doesNotContain("900");
    assertThat(run(new UpnLaCode(), withUpn("H909200001001"))).isEmpty(); // retired Cumbria
  }

  @Test
  void rule1540NonNumericSerial() {
    assertThat(run(new UpnSerialDigits(), withUpn("B8012000O5001")))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("1540");
  }

  @Test
  void rule1550BadFinalCharacter() {
    assertThat(run(new UpnFinalCharacter(), withUpn("B80120000500I")))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("1550");
    assertThat(run(new UpnFinalCharacter(), withUpn("G80120000101A"))).isEmpty();
  }

  @Test
  void wrongLengthIsReportedOnceAndNotAsStructureErrors() {
    PupilRecord pupil = withUpn("B80120000500");
    List<ValidationIssue> issues = run(new UpnLength(), pupil);
    assertThat(issues).extracting(ValidationIssue::ruleId).containsExactly("U01");
    assertThat(issues.get(0).message())
        .isEqualTo(
            "Row 7, UPN: 12 characters long. Check it against the pupil's records. Allowed:"
                + " Exactly 13 characters.");
    assertThat(run(new UpnCheckLetter(), pupil)).isEmpty();
    assertThat(run(new UpnFinalCharacter(), pupil)).isEmpty();
  }

  @Test
  void temporaryUpnIsAQueryNotAnError() {
    assertThat(run(new UpnTemporary(), withUpn("G80120000101A")))
        .extracting(ValidationIssue::ruleId, ValidationIssue::severity, ValidationIssue::effect)
        .containsExactly(tuple("U02", Severity.QUERY, Effect.NONE));
  }

  @Test
  void rule1520EveryRecordSharingAUpnIsInError() {
    var submission =
        Records.submission(
            "8012000",
            2023,
            List.of(
                Records.pupil(1, "B801200005001", "EXS", "EXS", "EXS", "EXS"),
                Records.pupil(2, "H801200001001", "EXS", "EXS", "EXS", "EXS"),
                Records.pupil(3, "b801200005001 ", "EXS", "EXS", "EXS", "EXS")));
    IssueSink sink = new IssueSink();
    new UpnDuplicated().check(submission, context, sink);
    assertThat(sink.inFileOrder())
        .extracting(ValidationIssue::ruleId, ValidationIssue::row, ValidationIssue::message)
        .containsExactly(
            tuple(
                "1520",
                1,
                "Row 1, UPN: the same UPN is given to 2 pupils in this file, and none of them"
                    + " counts. Each pupil has their own UPN: correct the duplicates. Allowed:"
                    + " Each UPN once in a school's submission."),
            tuple(
                "1520",
                3,
                "Row 3, UPN: the same UPN is given to 2 pupils in this file, and none of them"
                    + " counts. Each pupil has their own UPN: correct the duplicates. Allowed:"
                    + " Each UPN once in a school's submission."));
  }
}
