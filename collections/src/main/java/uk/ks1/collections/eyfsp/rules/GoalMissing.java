package uk.ks1.collections.eyfsp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * L01: a profile is all 17 goals; a child with any goal blank has no valid profile and counts in no
 * EYFSP figure (not even as eligible). One issue per child, naming every goal missing.
 */
public final class GoalMissing implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "L01",
              Effect.RECORD,
              "An early learning goal missing",
              "A result (1, 2 or A) for each of the 17 early learning goals E01-E17 (A in all 17"
                  + " if the child could not be assessed)")
          .withMessage(
              "Row {row}, {field}: no result for {count} of the 17 early learning goals"
                  + " ({goals}), so the child's record does not count in any EYFSP figure."
                  + " Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    List<Goal> missing = new ArrayList<>();
    for (Goal goal : Goals.ALL) {
      if (Profile.code(pupil, goal) == null) {
        missing.add(goal);
      }
    }
    if (!missing.isEmpty()) {
      issues.report(
          RULE,
          pupil.row(),
          Field.RESULTS,
          "",
          Map.of("count", missing.size(), "goals", Profile.describe(missing)));
    }
  }
}
