package uk.ks1.collections.ks1ta.rules;

import java.util.Map;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * Science at the expected standard while reading, writing and maths are all pre-key-stage or
 * engagement model: unusual enough to check.
 */
public final class ScienceExpectedWithPreKeyStage implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.query(
              "R12",
              "Science EXS while reading, writing and maths are all PK or EM",
              "Possible, but check: science at the expected standard with reading, writing and"
                  + " maths below the key stage")
          .withMessage(
              "Row {row}, {field}: {value}: science at the expected standard while reading,"
                  + " writing and maths are all pre-key-stage or engagement model. The results"
                  + " count as given; check the science result. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    if (!"EXS".equals(Standards.validCode(pupil, Subject.SCIENCE, context))) {
      return;
    }
    for (Subject s : Subject.RWM) {
      if (!Standards.preKeyStage(Standards.validCode(pupil, s, context))) {
        return;
      }
    }
    Map<Subject, String> codes = Standards.validCodes(pupil, context);
    issues.report(
        RULE, pupil.row(), Field.RESULTS, Standards.describe(codes, Subject.ALL), Map.of());
  }
}
