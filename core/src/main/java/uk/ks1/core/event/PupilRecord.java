package uk.ks1.core.event;

import java.util.EnumMap;
import java.util.Map;
import uk.ks1.core.codes.ScaledScore;
import uk.ks1.core.codes.Subject;

/**
 * One pupil as the file gave it: raw values, unvalidated, with the row they came from. Results and
 * scores map to the raw text (a missing entry or blank text is "not given").
 */
public record PupilRecord(
    int row,
    String upn,
    String formerUpn,
    String forename,
    String surname,
    String dateOfBirth,
    String sex,
    String ncYear,
    Map<Subject, String> results,
    Map<ScaledScore, String> scaledScores) {

  public PupilRecord {
    results = results.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(results));
    scaledScores = scaledScores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scaledScores));
  }

  public String result(Subject subject) {
    return results.get(subject);
  }
}
