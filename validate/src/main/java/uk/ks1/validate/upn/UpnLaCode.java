package uk.ks1.validate.upn;

import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.Upn;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** DfE 1530: characters 2-4 are a recognised LA code (current, retired, Welsh or pseudo-LA). */
public final class UpnLaCode implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "1530",
              Effect.RECORD,
              "UPN invalid (characters 2-4 not a recognised LA code)",
              "An LA code from reference/la-codes*.csv (current, former, Welsh or pseudo-LA)")
          .withMessage(
              "Row {row}, {field}: characters 2-4 are not an LA code. Copy the UPN again from the"
                  + " pupil's record. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (UpnValues v : UpnValues.present(pupil)) {
      String la = Upn.laCode(v.value());
      if (v.rightLength() && !context.las().isValidInUpn(la)) {
        issues.report(RULE, pupil.row(), v.field(), v.value());
      }
    }
  }
}
