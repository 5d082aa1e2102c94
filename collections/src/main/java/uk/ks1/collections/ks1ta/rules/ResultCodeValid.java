package uk.ks1.collections.ks1ta.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.ks1.collections.ks1ta.CodeSets;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.ResultCodes;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * A result must be one of its subject's codes for the collection year (e.g. HNM is science only, D
 * is not a KS1 TA code from 2019). An invalid code takes the pupil out of that subject and RWM.
 */
public final class ResultCodeValid implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "R01",
              Effect.SUBJECT,
              "Result code not valid for the subject and year",
              "From 2019: reading, writing, maths GDS EXS WTS PK4 PK3 PK2 PK1 EM A Q;"
                  + " science EXS HNM A Q (2016-18: BLW, PKF and D too)")
          .withMessage(
              "Row {row}, {field}: {value} is not a KS1 {subject} code for {year}, so the pupil"
                  + " does not count in {subject} or RWM. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    for (Subject subject : Subject.ALL) {
      String code = ResultCodes.normalise(subject.of(pupil));
      Set<String> valid = CodeSets.standard().valid(subject, context.year());
      if (code != null && !valid.contains(code)) {
        issues.report(
            RULE,
            pupil.row(),
            subject.field(),
            subject.of(pupil),
            Map.of(
                "subject",
                subject.label().toLowerCase(Locale.ROOT),
                "year",
                context.year(),
                "allowed",
                allowed(subject, context)));
      }
    }
  }

  /** The year's codes for a subject, highest attainment first, as schools see them listed. */
  static String allowed(Subject subject, RuleContext context) {
    Set<String> valid = CodeSets.standard().valid(subject, context.year());
    return valid.isEmpty()
        ? "(no codes are defined for " + context.year() + ")"
        : String.join(", ", valid.stream().sorted(ResultCodeValid::byAttainment).toList());
  }

  private static int byAttainment(String a, String b) {
    return Integer.compare(rank(a), rank(b));
  }

  private static int rank(String code) {
    int i = ORDER.indexOf(code);
    return i < 0 ? 99 : i;
  }

  private static final List<String> ORDER =
      List.of(
          "GDS", "EXS", "WTS", "HNM", "PKF", "PK4", "PK3", "PK2", "PK1", "BLW", "EM", "A", "D",
          "Q");
}
