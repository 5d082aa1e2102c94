package uk.ks1.collections.eyfsp;

import java.util.List;
import uk.ks1.collections.eyfsp.rules.DateOfBirthOutsideReception;
import uk.ks1.collections.eyfsp.rules.GoalCodeValid;
import uk.ks1.collections.eyfsp.rules.GoalMissing;
import uk.ks1.collections.eyfsp.rules.NcYearNotReception;
import uk.ks1.collections.eyfsp.rules.UnableToAssessInSomeGoals;
import uk.ks1.core.collection.CollectionRules;
import uk.ks1.core.rule.PupilRule;

/**
 * EYFSP's own rules, run after the identity rules every collection shares: a valid profile (L01 no
 * goal missing, L02 each 1, 2 or A, L03 A in all 17 or none), and the Reception queries (L04 date
 * of birth, L05 NC year). An error takes the child's whole record out of the EYFSP figures.
 */
public final class EyfspRules implements CollectionRules {
  static final EyfspRules INSTANCE = new EyfspRules();

  private static final List<PupilRule> PUPIL_RULES =
      List.of(
          new GoalMissing(),
          new GoalCodeValid(),
          new UnableToAssessInSomeGoals(),
          new DateOfBirthOutsideReception(),
          new NcYearNotReception());

  private EyfspRules() {}

  @Override
  public List<PupilRule> pupilRules() {
    return PUPIL_RULES;
  }

  @Override
  public boolean coversYear(int year) {
    return ProfileCodes.covers(year);
  }

  @Override
  public int firstYear() {
    return ProfileCodes.firstYear();
  }
}
