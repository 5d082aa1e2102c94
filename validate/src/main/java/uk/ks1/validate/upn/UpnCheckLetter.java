package uk.ks1.validate.upn;

import java.util.Optional;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.Upn;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** DfE 1510: the first character is the check letter computed from characters 2-13. */
public final class UpnCheckLetter implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "1510",
              Effect.RECORD,
              "UPN invalid (wrong check letter at character 1)",
              "The check letter that characters 2-13 give (DfE's modulus 23 rule)")
          .withMessage(
              "Row {row}, {field}: the check letter (the first character) does not match the rest"
                  + " of the number, so one of its characters is wrong. Copy it again from the"
                  + " pupil's record. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (UpnValues v : UpnValues.present(pupil)) {
      Optional<Character> expected = v.rightLength() ? Upn.expectedCheckLetter(v.value()) : null;
      if (expected != null && expected.isPresent() && expected.get() != v.value().charAt(0)) {
        issues.report(RULE, pupil.row(), v.field(), v.value());
      }
    }
  }
}
