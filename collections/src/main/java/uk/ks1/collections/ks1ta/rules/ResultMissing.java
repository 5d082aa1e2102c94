package uk.ks1.collections.ks1ta.rules;

import java.util.Locale;
import java.util.Map;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.ResultCodes;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** Every subject needs a result: a blank one takes the pupil out of that subject and RWM. */
public final class ResultMissing implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "R02",
              Effect.SUBJECT,
              "Result missing for a subject",
              "A result code for each of reading, writing, maths and science (A if absent)")
          .withMessage(
              "Row {row}, {field}: no result was given, so the pupil does not count in {subject}"
                  + " or RWM. Allowed: {allowed} (A if the pupil was absent).");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (Subject subject : Subject.values()) {
      if (ResultCodes.normalise(subject.of(pupil)) == null) {
        issues.report(
            RULE,
            pupil.row(),
            subject.field(),
            "",
            Map.of(
                "subject",
                subject.label().toLowerCase(Locale.ROOT),
                "allowed",
                ResultCodeValid.allowed(subject, context)));
      }
    }
  }
}
