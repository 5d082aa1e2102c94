package uk.ks1.collections.eyfsp.rules;

import java.util.Locale;
import uk.ks1.core.codes.Field;
import uk.ks1.core.codes.NcYear;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * L05: the profile is completed in Reception; another NC year is queried (a child may stay in the
 * EYFS beyond Reception). A blank NC year is not queried: CTFs need not carry one.
 */
public final class NcYearNotReception implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.query(
              "L05",
              "NC year not Reception",
              "R (Reception), or another year for a child outside their year group")
          .withMessage(
              "Row {row}, {field}: {value} is not Reception. The record counts; check the child"
                  + " is in the EYFS outside their year group. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    String raw = pupil.ncYear();
    if (raw != null && !raw.isBlank() && !isReception(raw)) {
      issues.report(RULE, pupil.row(), Field.NC_YEAR, raw);
    }
  }

  /**
   * "R", "Reception", "0", and "YR" / "Year R" (how schools name the year, which {@link NcYear}
   * does not read) are all Reception.
   */
  static boolean isReception(String raw) {
    String text = raw.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    return text.equals("YR") || text.equals("YEARR") || NcYear.parse(raw).orElse(-1) == 0;
  }
}
