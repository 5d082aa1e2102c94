package uk.ks1.collections.eyfsp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.collections.eyfsp.ProfileCodes;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * L03: a child who cannot be assessed is A in all 17 goals; A in some goals and 1 or 2 in others is
 * no valid profile. Only valid codes take part: a blank goal is L01's, a wrong code L02's.
 */
public final class UnableToAssessInSomeGoals implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "L03",
              Effect.RECORD,
              "A (unable to assess) in some early learning goals but not all 17",
              "A in all 17 goals, or 1 or 2 in every goal")
          .withMessage(
              "Row {row}, {field}: A (unable to assess) in {count} of the 17 goals ({goals}) but"
                  + " 1 or 2 in others, so the child's record does not count in any EYFSP figure."
                  + " Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    List<Goal> unable = new ArrayList<>();
    boolean assessed = false;
    for (Goal goal : Goals.ALL) {
      String code = Profile.validCode(pupil, goal, context);
      if (ProfileCodes.UNABLE.equals(code)) {
        unable.add(goal);
      } else if (code != null) {
        assessed = true;
      }
    }
    if (assessed && !unable.isEmpty()) {
      issues.report(
          RULE,
          pupil.row(),
          Field.RESULTS,
          "A in " + Profile.codes(unable),
          Map.of("count", unable.size(), "goals", Profile.codes(unable)));
    }
  }
}
