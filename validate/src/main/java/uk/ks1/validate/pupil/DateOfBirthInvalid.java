package uk.ks1.validate.pupil;

import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.DateOfBirth;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** A date of birth must be a real date (a missing one is not). */
public final class DateOfBirthInvalid implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "P03",
              Effect.RECORD,
              "Date of birth missing or not a real date",
              "A real date, as yyyy-mm-dd (CTF) or dd/mm/yyyy (templates)")
          .withMessage(
              "Row {row}, {field}: missing or not a real date, so the pupil's record does not"
                  + " count. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    if (DateOfBirth.parse(pupil.dateOfBirth()).isEmpty()) {
      String raw = pupil.dateOfBirth() == null ? "" : pupil.dateOfBirth();
      issues.report(RULE, pupil.row(), Field.DATE_OF_BIRTH, raw);
    }
  }
}
