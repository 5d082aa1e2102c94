package uk.ks1.aggregate.writer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.codes.ResultCodes;
import uk.ks1.core.codes.Sex;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;

/**
 * A pupil as the store keeps it: the blind pupil key, whether the record counts, sex, the valid
 * code of each subject (null when that subject is in error) and valid scaled scores.
 */
record PupilRow(
    int row,
    String pupilKey,
    boolean counts,
    Instant heldSince,
    String sex,
    String reading,
    String writing,
    String maths,
    String science,
    Integer readingScore,
    Integer mathsScore,
    Integer gpsScore) {

  /**
   * Applies the issues' effects to a record: the consequences of docs/domain.md "Validation", in
   * one place.
   */
  static PupilRow of(
      PupilRecord p, String pupilKey, List<ValidationIssue> rowIssues, Instant heldSince) {
    boolean counts = rowIssues.stream().noneMatch(i -> i.isError() && i.effect() == Effect.RECORD);
    Set<Field> excluded =
        rowIssues.stream()
            .filter(
                i -> i.isError() && (i.effect() == Effect.SUBJECT || i.effect() == Effect.SCORE))
            .map(ValidationIssue::field)
            .collect(Collectors.toSet());
    return new PupilRow(
        p.row(),
        pupilKey,
        counts,
        heldSince,
        sex(p.sex()),
        code(p, Subject.READING, excluded),
        code(p, Subject.WRITING, excluded),
        code(p, Subject.MATHS, excluded),
        code(p, Subject.SCIENCE, excluded),
        score(p, ScaledScore.READING, excluded),
        score(p, ScaledScore.MATHS, excluded),
        score(p, ScaledScore.GPS, excluded));
  }

  private static String code(PupilRecord p, Subject subject, Set<Field> excluded) {
    return excluded.contains(subject.field()) ? null : ResultCodes.normalise(subject.of(p));
  }

  private static Integer score(PupilRecord p, ScaledScore s, Set<Field> excluded) {
    return excluded.contains(s.field()) ? null : ScaledScore.parse(s.of(p)).orElse(null);
  }

  static String sex(String raw) {
    return Sex.parse(raw).map(Sex::name).orElse(null);
  }
}
