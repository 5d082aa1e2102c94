package uk.ks1.collections.ks1ta.intake;

import java.util.ArrayList;
import java.util.List;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.collection.TemplateItemColumn;

/**
 * The KS1 TA columns of the early-results template (docs/domain.md "Templates"), each known by
 * every name schools' files give it: the four TA subjects (required) and the three optional test
 * scaled scores.
 */
public final class Ks1TemplateColumns {
  private Ks1TemplateColumns() {}

  public static List<TemplateItemColumn> all() {
    return List.of(
        ta(Subject.READING, "Teacher Assessment: KS1 Reading", "reading"),
        ta(Subject.WRITING, "Teacher Assessment: KS1 Writing", "writing"),
        ta(Subject.MATHS, "Teacher Assessment: KS1 Maths", "maths", "mathematics"),
        ta(Subject.SCIENCE, "Teacher Assessment: KS1 Science", "science"),
        score(ScaledScore.READING, "Scaled Score: KS1 Reading", "reading"),
        score(ScaledScore.MATHS, "Scaled Score: KS1 Maths", "maths", "mathematics"),
        score(
            ScaledScore.GPS,
            "Scaled Score: KS1 GPS",
            "gps",
            "egps",
            "spag",
            "grammarpunctuationandspelling",
            "grammarpunctuationspelling",
            "englishgrammarpunctuationandspelling",
            "englishgrammarpunctuationspelling"));
  }

  /**
   * A TA column's names for each of the subject's names: "Teacher Assessment: KS1 Reading", "TA KS1
   * Reading", "KS1 TA Reading", "KS1 Reading", "Reading TA", "Reading" and the like.
   */
  private static TemplateItemColumn ta(Subject subject, String heading, String... names) {
    List<String> all = new ArrayList<>();
    for (String n : names) {
      all.addAll(
          List.of(
              "teacherassessmentks1" + n,
              "teacherassessment" + n,
              "taks1" + n,
              "ks1ta" + n,
              "ks1" + n,
              "ks1" + n + "ta",
              n + "ta",
              "ta" + n,
              n));
    }
    return new TemplateItemColumn(subject.column(), heading, true, all);
  }

  /**
   * A score column's names for each of the subject's names: "Scaled Score: KS1 Reading", "KS1
   * scaled score reading", "Score: KS1 Reading", and the subject first, with or without KS1,
   * followed by "scaled score", "score", "SS", "test score" or "test scaled score" ("KS1 Reading
   * Score", "Maths scaled score", "GPS SS").
   */
  private static TemplateItemColumn score(ScaledScore score, String heading, String... names) {
    List<String> all = new ArrayList<>();
    for (String n : names) {
      for (String ks1 : List.of("ks1", "")) {
        all.add("scaledscore" + ks1 + n);
        all.add(ks1 + "scaledscore" + n);
        all.add("score" + ks1 + n);
        for (String s : List.of("scaledscore", "score", "ss", "testscore", "testscaledscore")) {
          all.add(ks1 + n + s);
        }
      }
    }
    return new TemplateItemColumn(score.column(), heading, false, all);
  }
}
