package uk.ks1.collections.ks1ta.rules;

import java.util.Map;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * The optional KS1 test scaled scores are whole numbers from 85 to 115. A score that is not is left
 * out; the pupil's teacher assessments still count.
 */
public final class ScaledScoreValid implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "R03",
              Effect.SCORE,
              "Scaled score not a whole number from 85 to 115",
              "A whole number from " + ScaledScore.MIN + " to " + ScaledScore.MAX + ", or blank")
          .withMessage(
              "Row {row}, {field}: {value} is not a whole number from 85 to 115, so this score is"
                  + " left out (the teacher assessments still count). Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (ScaledScore score : ScaledScore.values()) {
      String raw = score.of(pupil);
      if (raw != null && !raw.isBlank() && ScaledScore.parse(raw).isEmpty()) {
        issues.report(RULE, pupil.row(), score.field(), raw, Map.of());
      }
    }
  }
}
