package uk.ks1.collections.phonics.rules;

import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * S01: the mark is a whole number from 0 to 40 ("32.0" from a spreadsheet is 32). Anything else
 * takes the record out of the phonics figures: the mark is the result.
 */
public final class MarkValid implements PupilRule {
  public static final RuleDefinition RULE =
      RuleDefinition.error(
              "S01",
              Effect.RECORD,
              "Phonics mark not a whole number from 0 to 40",
              "A whole number from 0 to 40, or blank with A, D, L or Q as the outcome")
          .withMessage(
              "Row {row}, {field}: {value} is not a whole number from 0 to 40 (A, D, L or Q go"
                  + " in the outcome instead of a mark), so the pupil's record does not count in"
                  + " the phonics figures. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    PhonicsResult r = PhonicsResult.of(pupil);
    if (r.markGiven() && r.mark().isEmpty()) {
      issues.report(RULE, pupil.row(), Phonics.MARK.field(), r.rawMark());
    }
  }
}
