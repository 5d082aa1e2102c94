package uk.ks1.collections.phonics.rules;

import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * S05: the NC year is 1 (the check) or 2 (the re-check): it says which figure the pupil counts in,
 * so a record without one, or with another year, counts in neither. ("Y1", "Year 1" are 1.)
 */
public final class NcYearNotOneOrTwo implements PupilRule {
  public static final RuleDefinition RULE =
      RuleDefinition.error(
              "S05",
              Effect.RECORD,
              "NC year not 1 or 2",
              "1 (the check) or 2 (the re-check), the pupil's actual NC year")
          .withMessage(
              "Row {row}, {field}: {value} is not year 1 or 2. The NC year says whether this is"
                  + " the Year 1 check or the Year 2 re-check, so the pupil's record does not count"
                  + " in the phonics figures. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    int year = PhonicsResult.ncYear(pupil).orElse(-1);
    if (year != 1 && year != 2) {
      issues.report(RULE, pupil.row(), Field.NC_YEAR, pupil.ncYear());
    }
  }
}
