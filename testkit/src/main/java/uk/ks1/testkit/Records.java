package uk.ks1.testkit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionReceived;

/** Builds parsed records and submissions for rule and store tests, without a file. */
public final class Records {
  public static final String UPN = "B801200005001";

  private Records() {}

  /** A valid pupil in row {@code row}, all four results EXS. */
  public static PupilRecord pupil(int row) {
    return pupil(row, UPN, "EXS", "EXS", "EXS", "EXS");
  }

  public static PupilRecord pupil(int row, String upn, String r, String w, String m, String s) {
    Map<String, String> results = new HashMap<>();
    put(results, Subject.READING, r);
    put(results, Subject.WRITING, w);
    put(results, Subject.MATHS, m);
    put(results, Subject.SCIENCE, s);
    return new PupilRecord(row, upn, null, "Alex", "Smith", "2016-01-15", "F", "2", results);
  }

  /** The record a file holding {@code pupil} at row {@code row} gives (no scaled scores). */
  public static PupilRecord of(int row, TestPupil pupil) {
    Map<String, String> results = new HashMap<>();
    put(results, Subject.READING, pupil.reading());
    put(results, Subject.WRITING, pupil.writing());
    put(results, Subject.MATHS, pupil.maths());
    put(results, Subject.SCIENCE, pupil.science());
    return new PupilRecord(
        row,
        pupil.upn(),
        pupil.formerUpn(),
        pupil.forename(),
        pupil.surname(),
        pupil.dob(),
        pupil.sex(),
        pupil.ncYear(),
        results);
  }

  public static PupilRecord withFormerUpn(PupilRecord p, String formerUpn) {
    return new PupilRecord(
        p.row(),
        p.upn(),
        formerUpn,
        p.forename(),
        p.surname(),
        p.dateOfBirth(),
        p.sex(),
        p.ncYear(),
        p.items());
  }

  public static PupilRecord withScore(PupilRecord p, ScaledScore score, String value) {
    Map<String, String> items = new HashMap<>(p.items());
    items.put(score.column(), value);
    return p.withItems(items);
  }

  public static SubmissionReceived submission(String laestab, int year, List<PupilRecord> pupils) {
    FileFacts file =
        new FileFacts(
            "file-" + laestab,
            laestab.substring(0, 3),
            laestab + "_KS1_" + laestab.substring(0, 3) + "LLLL_001.xml",
            "0".repeat(64),
            "CTF",
            1000,
            Instant.parse(year + "-06-20T10:00:00Z"));
    return new SubmissionReceived(
        laestab + "-test",
        "KS1_TA",
        year,
        file,
        laestab,
        "Test School",
        pupils,
        List.of(),
        Map.of());
  }

  private static void put(Map<String, String> results, Subject subject, String code) {
    if (code != null) {
      results.put(subject.column(), code);
    }
  }
}
