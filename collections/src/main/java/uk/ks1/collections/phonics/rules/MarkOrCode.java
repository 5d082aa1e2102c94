package uk.ks1.collections.phonics.rules;

import java.util.Map;
import uk.ks1.collections.phonics.Outcomes;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * S02: a pupil has a mark or, instead of it, one of A, D, L, Q; never both, never neither. WA or WT
 * beside a mark is not a code instead of a mark (S04 checks it agrees); WA or WT alone is no
 * result. A blank mark beside an outcome that is no code at all is S03's, not "neither".
 */
public final class MarkOrCode implements PupilRule {
  public static final RuleDefinition RULE =
      RuleDefinition.error(
              "S02",
              Effect.RECORD,
              "A phonics mark and a code (A, D, L or Q) both given, or neither",
              "A mark from 0 to 40, or instead of it one of A, D, L, Q")
          .withMessage(
              "Row {row}, {field}: {found}. A pupil has a mark or one of A, D, L, Q instead, so"
                  + " the pupil's record does not count in the phonics figures. Allowed:"
                  + " {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    PhonicsResult r = PhonicsResult.of(pupil);
    boolean code = Outcomes.isInsteadOfMark(r.outcome());
    if (r.markGiven() && code) {
      issues.report(
          RULE,
          pupil.row(),
          Phonics.OUTCOME.field(),
          r.rawOutcome(),
          Map.of(
              "found",
              "the code '"
                  + r.outcome()
                  + "' is given beside the mark '"
                  + r.rawMark().strip()
                  + "'"));
    } else if (!r.markGiven() && !code && (r.outcome() == null || Outcomes.isValid(r.outcome()))) {
      String found =
          r.outcome() == null
              ? "neither a mark nor a code is given"
              : "'" + r.outcome() + "' is given without a mark, and is no code instead of one";
      issues.report(RULE, pupil.row(), Phonics.MARK.field(), r.rawMark(), Map.of("found", found));
    }
  }
}
