package uk.ks1.validate.upn;

import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.Upn;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** DfE 1540: characters 5-12 (establishment, year, serial) are digits. */
public final class UpnSerialDigits implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "1540",
              Effect.RECORD,
              "UPN invalid (characters 5-12 not all numeric)",
              "Digits 0-9 in characters 5-12")
          .withMessage(
              "Row {row}, {field}: characters 5-12 are not all digits (a letter O for a zero is a"
                  + " common slip). Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (UpnValues v : UpnValues.present(pupil)) {
      if (v.rightLength() && !Upn.serialIsNumeric(v.value())) {
        issues.report(RULE, pupil.row(), v.field(), v.value());
      }
    }
  }
}
