package uk.ks1.testkit;

import java.util.EnumMap;
import java.util.Map;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.event.PupilRecord;

/** A KS1 TA record's items seen as subjects and scores, for tests that compare them so. */
public final class Ks1Items {
  private Ks1Items() {}

  /** The TA results given, by subject. */
  public static Map<Subject, String> results(PupilRecord p) {
    Map<Subject, String> out = new EnumMap<>(Subject.class);
    for (Subject s : Subject.ALL) {
      if (s.of(p) != null) {
        out.put(s, s.of(p));
      }
    }
    return Map.copyOf(out);
  }

  /** The scaled scores given, by score. */
  public static Map<ScaledScore, String> scores(PupilRecord p) {
    Map<ScaledScore, String> out = new EnumMap<>(ScaledScore.class);
    for (ScaledScore s : ScaledScore.values()) {
      if (s.of(p) != null) {
        out.put(s, s.of(p));
      }
    }
    return Map.copyOf(out);
  }
}
