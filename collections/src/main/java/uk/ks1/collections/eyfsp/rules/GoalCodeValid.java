package uk.ks1.collections.eyfsp.rules;

import java.util.Map;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.collections.eyfsp.ProfileCodes;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * L02: each goal's result must be one of the year's codes (from 2022: 1, 2 or A). The commonest
 * wrong one, 3, gets its own words: "exceeding" belonged to the 2013-2021 profile, and a school
 * system still offering it needs updating. One issue per goal in error.
 */
public final class GoalCodeValid implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "L02",
              Effect.RECORD,
              "Early learning goal result not 1, 2 or A",
              "From 2022: 1 (emerging), 2 (expected) or A (unable to assess); 3 (exceeding) was"
                  + " the 2013-2021 profile's")
          .withMessage(
              "Row {row}, {field} ({goal}): {value} is not an EYFS profile result for"
                  + " {year}{why}, so the child's record does not count in any EYFSP figure."
                  + " Allowed: {allowed}.");

  static final String EXCEEDING =
      ": 3 (exceeding) belonged to the 2013-2021 profile and is not a result of the profile"
          + " from 2022";

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (Goal goal : Goals.ALL) {
      String code = Profile.code(pupil, goal);
      if (code != null && !ProfileCodes.valid(context.year()).contains(code)) {
        issues.report(
            RULE,
            pupil.row(),
            goal.field(),
            goal.of(pupil),
            Map.of(
                "goal",
                goal.code(),
                "year",
                context.year(),
                "why",
                code.equals(ProfileCodes.EXCEEDING) ? EXCEEDING : "",
                "allowed",
                ProfileCodes.allowed(context.year())));
      }
    }
  }
}
