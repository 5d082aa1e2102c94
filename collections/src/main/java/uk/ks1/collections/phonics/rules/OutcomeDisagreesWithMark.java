package uk.ks1.collections.phonics.rules;

import java.util.Map;
import uk.ks1.collections.phonics.Outcomes;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.collections.phonics.Thresholds;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * S04: WA (met) or WT (not met) that the mark contradicts against the year's threshold. Queried,
 * not refused: the figures derive met from the mark, so the record counts by its mark.
 */
public final class OutcomeDisagreesWithMark implements PupilRule {
  public static final RuleDefinition RULE =
      RuleDefinition.query(
              "S04",
              "Phonics outcome WA or WT disagreeing with the mark and the year's threshold",
              "WA with a mark at or above the year's threshold (32 so far), WT with one below, or"
                  + " no outcome beside a mark")
          .withMessage(
              "Row {row}, {field}: {value} disagrees with the mark {mark}: in {year} a mark of"
                  + " {threshold} or more meets the standard. The record counts by its mark (WA"
                  + " and WT need not be sent); check the mark. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    PhonicsResult r = PhonicsResult.of(pupil);
    if (r.mark().isEmpty()) {
      return;
    }
    int threshold = Thresholds.of(context.year());
    boolean met = r.mark().get() >= threshold;
    boolean disagrees =
        (Outcomes.MET.equals(r.outcome()) && !met) || (Outcomes.NOT_MET.equals(r.outcome()) && met);
    if (disagrees) {
      issues.report(
          RULE,
          pupil.row(),
          Phonics.OUTCOME.field(),
          r.rawOutcome(),
          Map.of("mark", r.mark().get(), "year", context.year(), "threshold", threshold));
    }
  }
}
