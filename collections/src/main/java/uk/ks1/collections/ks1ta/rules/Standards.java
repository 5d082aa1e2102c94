package uk.ks1.collections.ks1ta.rules;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.ks1.collections.ks1ta.CodeSets;
import uk.ks1.collections.ks1ta.Measures;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.ResultCodes;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.rule.RuleContext;

/**
 * A pupil's valid codes, and the groups the cross-subject queries compare: working at the expected
 * standard or above (EXS, GDS), and pre-key-stage or engagement model (PK1-PK4, EM; in 2016-18 the
 * interim framework's PKF and BLW). A code in error (R01, R02) takes part in no query.
 */
final class Standards {
  private static final Set<String> PRE_KEY_STAGE =
      Set.of("PK1", "PK2", "PK3", "PK4", "EM", "PKF", "BLW");

  private Standards() {}

  /** The pupil's valid code in a subject, normalised; null if none or not valid. */
  static String validCode(PupilRecord pupil, Subject subject, RuleContext context) {
    String code = ResultCodes.normalise(subject.of(pupil));
    return code != null && CodeSets.standard().valid(subject, context.year()).contains(code)
        ? code
        : null;
  }

  /** The pupil's valid codes by subject, for a query's value; subjects without one are absent. */
  static Map<Subject, String> validCodes(PupilRecord pupil, RuleContext context) {
    Map<Subject, String> codes = new EnumMap<>(Subject.class);
    for (Subject subject : Subject.ALL) {
      String code = validCode(pupil, subject, context);
      if (code != null) {
        codes.put(subject, code);
      }
    }
    return codes;
  }

  static boolean preKeyStage(String code) {
    return code != null && PRE_KEY_STAGE.contains(code);
  }

  static boolean expectedOrAbove(Subject subject, String code) {
    return Measures.isExsPlus(subject, code);
  }

  /** "reading EM, writing EXS, maths EXS": the value a cross-subject query reports. */
  static String describe(Map<Subject, String> codes, Iterable<Subject> subjects) {
    return java.util.stream.StreamSupport.stream(subjects.spliterator(), false)
        .filter(codes::containsKey)
        .map(s -> s.label().toLowerCase(Locale.ROOT) + " " + codes.get(s))
        .collect(Collectors.joining(", "));
  }
}
