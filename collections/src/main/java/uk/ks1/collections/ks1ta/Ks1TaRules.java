package uk.ks1.collections.ks1ta;

import java.util.List;
import uk.ks1.collections.ks1ta.rules.AbsentInAllSubjects;
import uk.ks1.collections.ks1ta.rules.DateOfBirthOutsideYearTwo;
import uk.ks1.collections.ks1ta.rules.NcYearNotTwo;
import uk.ks1.collections.ks1ta.rules.PreKeyStageWithExpected;
import uk.ks1.collections.ks1ta.rules.ResultCodeValid;
import uk.ks1.collections.ks1ta.rules.ResultMissing;
import uk.ks1.collections.ks1ta.rules.ScaledScoreValid;
import uk.ks1.collections.ks1ta.rules.ScienceExpectedWithPreKeyStage;
import uk.ks1.core.collection.CollectionRules;
import uk.ks1.core.rule.PupilRule;

/**
 * KS1 TA's own rules: the Year 2 checks (P10, P11), each result's code for its subject and year
 * (R01, R02, R03) and the queries across subjects (R10-R12).
 */
public final class Ks1TaRules implements CollectionRules {
  static final Ks1TaRules INSTANCE = new Ks1TaRules();

  private static final List<PupilRule> PUPIL_RULES =
      List.of(
          new DateOfBirthOutsideYearTwo(),
          new NcYearNotTwo(),
          new ResultCodeValid(),
          new ResultMissing(),
          new ScaledScoreValid(),
          new PreKeyStageWithExpected(),
          new AbsentInAllSubjects(),
          new ScienceExpectedWithPreKeyStage());

  private Ks1TaRules() {}

  @Override
  public List<PupilRule> pupilRules() {
    return PUPIL_RULES;
  }

  @Override
  public boolean coversYear(int year) {
    return CodeSets.standard().covers(year);
  }

  @Override
  public int firstYear() {
    return CodeSets.standard().firstYear();
  }
}
