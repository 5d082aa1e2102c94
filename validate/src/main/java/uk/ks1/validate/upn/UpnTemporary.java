package uk.ks1.validate.upn;

import uk.ks1.core.codes.Field;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.Upn;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** A temporary UPN (ending in a letter) is accepted but queried: the permanent one is due. */
public final class UpnTemporary implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.query(
              "U02", "Temporary UPN", "A permanent UPN (ending in a digit) once it is known")
          .withMessage(
              "Row {row}, {field}: a temporary UPN. The record counts; replace it with the pupil's"
                  + " permanent UPN when it is known. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    String upn = Upn.normalise(pupil.upn());
    if (Upn.isTemporary(upn) && Upn.expectedCheckLetter(upn).isPresent()) {
      issues.report(RULE, pupil.row(), Field.UPN, upn);
    }
  }
}
