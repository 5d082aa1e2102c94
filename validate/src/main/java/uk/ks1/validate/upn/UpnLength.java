package uk.ks1.validate.upn;

import java.util.Map;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** A UPN is exactly 13 characters (checked before the DfE structure rules, which need them). */
public final class UpnLength implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "U01", Effect.RECORD, "UPN or former UPN not 13 characters", "Exactly 13 characters")
          .withMessage(
              "Row {row}, {field}: {length} characters long. Check it against the pupil's records."
                  + " Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (UpnValues v : UpnValues.present(pupil)) {
      if (!v.rightLength()) {
        issues.report(
            RULE, pupil.row(), v.field(), v.value(), Map.of("length", v.value().length()));
      }
    }
  }
}
