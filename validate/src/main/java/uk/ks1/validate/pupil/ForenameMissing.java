package uk.ks1.validate.pupil;

import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** A pupil record needs a forename: without one the LA cannot match the pupil. */
public final class ForenameMissing implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "P01", Effect.RECORD, "Forename missing", "The pupil's forename as in the school MIS")
          .withMessage(
              "Row {row}, {field}: missing, so the pupil's record does not count. Allowed:"
                  + " {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    if (pupil.forename() == null || pupil.forename().isBlank()) {
      issues.report(RULE, pupil.row(), Field.FORENAME, "");
    }
  }
}
