package uk.ks1.collections.eyfsp.rules;

import java.util.List;
import java.util.stream.Collectors;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.ProfileCodes;
import uk.ks1.core.codes.ResultCodes;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.RuleContext;

/** A child's goals as the rules read them: each code normalised, and whether it is valid. */
final class Profile {
  private Profile() {}

  /** The child's code for a goal, trimmed and upper-cased; null when blank. */
  static String code(PupilRecord pupil, Goal goal) {
    return ResultCodes.normalise(goal.of(pupil));
  }

  /** The child's code for a goal if it is valid for the year; null otherwise. */
  static String validCode(PupilRecord pupil, Goal goal, RuleContext context) {
    String code = code(pupil, goal);
    return code != null && ProfileCodes.valid(context.year()).contains(code) ? code : null;
  }

  /** "E03 Self-regulation, E10 Writing". */
  static String describe(List<Goal> goals) {
    return goals.stream().map(Goal::described).collect(Collectors.joining(", "));
  }

  /** "E03, E10". */
  static String codes(List<Goal> goals) {
    return goals.stream().map(Goal::code).collect(Collectors.joining(", "));
  }
}
