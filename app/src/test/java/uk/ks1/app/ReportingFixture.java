package uk.ks1.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * The collection the reporting ITs load: two Birmingham (330) schools, one of them tiny (3 pupils,
 * so anything but its LA's own view suppresses it), a City of London (201) school with a pupil in
 * error, and a South West (801) school. Every pupil has a distinctive name and date of birth, so a
 * test can look for them in any response.
 */
final class ReportingFixture {
  static final String[] RWM = {"GDS", "EXS", "EXS", "EXS", "WTS", "WTS", "PK4", "EXS", "A", "GDS"};
  static final String[] SCIENCE = {"EXS", "EXS", "HNM", "EXS", "A"};

  static final String BIG = "3302001";
  static final String TINY = "3302002";
  static final String LONDON = "2012001";
  static final String SOUTH_WEST = "8012000";

  /** The pupils that count, per school. */
  final Map<String, List<TestPupil>> counting = new LinkedHashMap<>();

  /** Every pupil in the files, counting or not. */
  final List<TestPupil> everyone = new ArrayList<>();

  final Map<String, CtfBuilder> files = new LinkedHashMap<>();

  ReportingFixture() {
    school(BIG, "Alder Primary School", 20, 0);
    school(TINY, "Birch Infant School", 3, 3);
    school(LONDON, "Cedar Primary School", 12, 5);
    school(SOUTH_WEST, "Dune Primary School", 8, 2);
    // a pupil whose UPN's check letter is wrong: listed as an error with the UPN as its value
    TestPupil wrong =
        pupil(LONDON, 99, 0)
            .withUpn(TestUpns.withWrongCheckLetter(TestUpns.unique("201", "2001", 99)));
    files.get(LONDON).pupil(wrong);
    everyone.add(wrong);
  }

  private void school(String laestab, String name, int size, int offset) {
    List<TestPupil> pupils = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      pupils.add(pupil(laestab, i, offset + i));
    }
    if (laestab.equals(BIG)) {
      // names a spreadsheet would run as formulas, to show the pupil list never does
      pupils.set(0, pupils.get(0).withNames("@Ann", "=1+2"));
    }
    counting.put(laestab, pupils);
    everyone.addAll(pupils);
    files.put(laestab, CtfBuilder.school(laestab).name(name).pupils(pupils));
  }

  static TestPupil pupil(String laestab, int n, int codeIndex) {
    String upn = TestUpns.unique(laestab.substring(0, 3), laestab.substring(3), n);
    TestPupil p =
        TestPupil.of(
            upn,
            RWM[codeIndex % RWM.length],
            RWM[(codeIndex + 3) % RWM.length],
            RWM[(codeIndex + 7) % RWM.length],
            SCIENCE[codeIndex % SCIENCE.length]);
    String tag = letters(laestab) + "x" + letters(String.valueOf(n)) + "z";
    return p.withNames("Xantho" + tag, "Quillby" + tag)
        .withDob("2016-0" + (1 + n % 8) + "-" + (10 + n % 18))
        .withSex(n % 2 == 0 ? "M" : "F");
  }

  /** Digits as letters (1 -> b, 12 -> bc), so names carry no digits a figure could contain. */
  private static String letters(String digits) {
    StringBuilder s = new StringBuilder();
    for (char c : digits.toCharArray()) {
      s.append((char) ('a' + (c - '0')));
    }
    return s.toString();
  }

  void loadInto(LiveService service) throws Exception {
    for (Map.Entry<String, CtfBuilder> f : files.entrySet()) {
      service.drop(f.getValue(), f.getKey());
    }
  }
}
