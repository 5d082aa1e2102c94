package uk.ks1.validate.upn;

import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.Upn;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** DfE 1500: every pupil needs a UPN. */
public final class UpnMissing implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "1500",
              Effect.RECORD,
              "UPN missing",
              "The pupil's 13-character UPN from the school MIS")
          .withMessage(
              "Row {row}, {field}: missing. The pupil's record does not count until it has the"
                  + " pupil's UPN. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    if (Upn.normalise(pupil.upn()).isEmpty()) {
      issues.report(RULE, pupil.row(), Field.UPN, "");
    }
  }
}
