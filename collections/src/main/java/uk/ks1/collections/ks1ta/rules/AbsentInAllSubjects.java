package uk.ks1.collections.ks1ta.rules;

import java.util.Map;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** A in all four subjects: possible (a long absence), but often a placeholder left in the MIS. */
public final class AbsentInAllSubjects implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.query(
              "R11",
              "A (absent) in all four subjects",
              "Possible for a pupil absent throughout; otherwise the pupil's results")
          .withMessage(
              "Row {row}, {field}: {value}: A (absent or not enough information) in all four"
                  + " subjects. The results count as given; check the pupil was absent throughout."
                  + " Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (Subject s : Subject.ALL) {
      if (!"A".equals(Standards.validCode(pupil, s, context))) {
        return;
      }
    }
    Map<Subject, String> codes = Standards.validCodes(pupil, context);
    issues.report(
        RULE, pupil.row(), Field.RESULTS, Standards.describe(codes, Subject.ALL), Map.of());
  }
}
