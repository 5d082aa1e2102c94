package uk.ks1.validate.pupil;

import uk.ks1.core.codes.Field;
import uk.ks1.core.codes.Sex;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** Sex must be M or F (templates say Male or Female); a blank is an error too. */
public final class SexInvalid implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "P05",
              Effect.RECORD,
              "Sex missing or not M/F",
              "M or F (Male or Female in templates)")
          .withMessage(
              "Row {row}, {field}: {value} is not a sex the return records, so the pupil's record"
                  + " does not count. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    if (Sex.parse(pupil.sex()).isEmpty()) {
      issues.report(RULE, pupil.row(), Field.SEX, pupil.sex() == null ? "" : pupil.sex());
    }
  }
}
