package uk.ks1.collections.ks1ta.rules;

import java.util.Map;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * A pupil assessed against the pre-key-stage standards or the engagement model in one of reading,
 * writing and maths is rarely at the expected standard in another: worth a check, not an error.
 */
public final class PreKeyStageWithExpected implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.query(
              "R10",
              "EM or PK in one of reading, writing, maths with EXS or GDS in another",
              "Possible, but check: results from the same assessment framework across reading,"
                  + " writing and maths")
          .withMessage(
              "Row {row}, {field}: {value}: engagement model or pre-key-stage in one subject but"
                  + " the expected standard or above in another. The results count as given; check"
                  + " them. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    boolean low = false;
    boolean high = false;
    for (Subject s : Subject.RWM) {
      String code = Standards.validCode(pupil, s, context);
      low |= Standards.preKeyStage(code);
      high |= Standards.expectedOrAbove(s, code);
    }
    if (low && high) {
      Map<Subject, String> codes = Standards.validCodes(pupil, context);
      issues.report(
          RULE, pupil.row(), Field.RESULTS, Standards.describe(codes, Subject.RWM), Map.of());
    }
  }
}
