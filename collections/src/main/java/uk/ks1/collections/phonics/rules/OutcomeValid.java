package uk.ks1.collections.phonics.rules;

import uk.ks1.collections.phonics.Outcomes;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** S03: the outcome is one of A, D, L, Q, WA, WT (any case: Wa is WA), or blank. */
public final class OutcomeValid implements PupilRule {
  public static final RuleDefinition RULE =
      RuleDefinition.error(
              "S03",
              Effect.RECORD,
              "Phonics outcome not one of A, D, L, Q, WA, WT",
              "A, D, L or Q instead of a mark; WA or WT beside a mark; or blank")
          .withMessage(
              "Row {row}, {field}: {value} is not a phonics outcome, so the pupil's record does"
                  + " not count in the phonics figures. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    PhonicsResult r = PhonicsResult.of(pupil);
    if (r.outcome() != null && !Outcomes.isValid(r.outcome())) {
      issues.report(RULE, pupil.row(), Phonics.OUTCOME.field(), r.rawOutcome());
    }
  }
}
