package uk.ks1.collections.ks1ta.rules;

import uk.ks1.core.codes.Field;
import uk.ks1.core.codes.NcYear;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * A KS1 pupil is normally in NC year 2; another year is queried (pupils outside their year group
 * are legitimate). A blank NC year is not queried: CTFs need not carry one.
 */
public final class NcYearNotTwo implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.query(
              "P11", "NC year not 2", "2, or another year for a pupil outside their year group")
          .withMessage(
              "Row {row}, {field}: {value} is not year 2. The record counts; check the pupil is"
                  + " taught outside their year group. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    String raw = pupil.ncYear();
    if (raw != null && !raw.isBlank() && !isYearTwo(raw)) {
      issues.report(RULE, pupil.row(), Field.NC_YEAR, raw);
    }
  }

  /** "2", "02", "Y2", "Year 2" are all year 2 ({@link NcYear}). */
  static boolean isYearTwo(String raw) {
    return NcYear.parse(raw).orElse(-1) == 2;
  }
}
