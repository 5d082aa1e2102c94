package uk.ks1.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which cross-subject queries a pupil's 2019+ codes raise, worked out here from the wording of
 * docs/domain.md "Validation" (independently of the rules): R10 EM or PK in one of reading,
 * writing, maths with EXS or GDS in another; R11 A in all four; R12 science EXS while reading,
 * writing and maths are all PK or EM.
 */
public final class CrossSubjectQueries {
  private static final Predicate<String> LOW = c -> c.equals("EM") || c.matches("PK[1-4]");
  private static final Predicate<String> HIGH = c -> c.equals("EXS") || c.equals("GDS");

  private CrossSubjectQueries() {}

  /** The rule ids raised, in order; only valid codes take part (pass pupils with valid codes). */
  public static List<String> raisedBy(TestPupil p) {
    List<String> rwm = new ArrayList<>();
    for (String code : new String[] {p.reading(), p.writing(), p.maths()}) {
      rwm.add(code == null ? "" : code);
    }
    List<String> found = new ArrayList<>();
    if (rwm.stream().anyMatch(LOW) && rwm.stream().anyMatch(HIGH)) {
      found.add("R10");
    }
    if (rwm.stream().allMatch("A"::equals) && "A".equals(p.science())) {
      found.add("R11");
    }
    if (rwm.stream().allMatch(LOW) && "EXS".equals(p.science())) {
      found.add("R12");
    }
    return found;
  }

  /** The pupil, or (if their codes raise a query) the same pupil with plain WTS results. */
  public static TestPupil avoided(TestPupil p) {
    return raisedBy(p).isEmpty() ? p : p.withResults("WTS", "WTS", "WTS", "HNM");
  }
}
