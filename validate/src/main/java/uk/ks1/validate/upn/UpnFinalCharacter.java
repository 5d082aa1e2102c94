package uk.ks1.validate.upn;

import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.Upn;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** DfE 1550: character 13 is a digit, or a letter other than I, O and S (a temporary UPN). */
public final class UpnFinalCharacter implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "1550",
              Effect.RECORD,
              "UPN invalid (character 13 not a recognised value)",
              "A digit, or a letter other than I, O or S")
          .withMessage(
              "Row {row}, {field}: the last character is neither a digit nor a letter other than I,"
                  + " O or S. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (UpnValues v : UpnValues.present(pupil)) {
      if (v.rightLength() && !Upn.finalCharacterValid(v.value())) {
        issues.report(RULE, pupil.row(), v.field(), v.value());
      }
    }
  }
}
