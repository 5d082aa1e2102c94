package uk.ks1.collections.phonics;

import java.util.List;
import uk.ks1.collections.phonics.rules.DateOfBirthOutsideYearGroup;
import uk.ks1.collections.phonics.rules.MarkOrCode;
import uk.ks1.collections.phonics.rules.MarkValid;
import uk.ks1.collections.phonics.rules.NcYearNotOneOrTwo;
import uk.ks1.collections.phonics.rules.OutcomeDisagreesWithMark;
import uk.ks1.collections.phonics.rules.OutcomeValid;
import uk.ks1.collections.phonics.rules.RecheckAfterMet;
import uk.ks1.core.collection.CollectionRules;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleDefinition;

/**
 * The phonics check's own rules, after the identity rules every collection shares: the result
 * (S01-S04), the year group (S05, S06), and the store's query across years (S07). An error takes
 * the record out of the phonics figures; S08 and S09 are free for the next.
 */
public final class PhonicsRules implements CollectionRules {
  static final PhonicsRules INSTANCE = new PhonicsRules();

  /** The first phonics screening check. */
  private static final int FIRST_YEAR = 2012;

  private static final List<PupilRule> PUPIL_RULES =
      List.of(
          new MarkValid(),
          new MarkOrCode(),
          new OutcomeValid(),
          new OutcomeDisagreesWithMark(),
          new NcYearNotOneOrTwo(),
          new DateOfBirthOutsideYearGroup());

  private PhonicsRules() {}

  @Override
  public List<PupilRule> pupilRules() {
    return PUPIL_RULES;
  }

  @Override
  public List<RuleDefinition> storeRules() {
    return List.of(RecheckAfterMet.RULE);
  }

  /** The outcomes have not changed since the first check, and the threshold is data per year. */
  @Override
  public boolean coversYear(int year) {
    return year >= FIRST_YEAR;
  }

  @Override
  public int firstYear() {
    return FIRST_YEAR;
  }
}
