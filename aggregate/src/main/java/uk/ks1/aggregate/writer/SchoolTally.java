package uk.ks1.aggregate.writer;

import java.util.List;

/**
 * One school's counts from its own pupil rows, exactly as {@code SummaryViews.schoolCounts} counts
 * them in SQL (and a test holds the two equal): for a school none of whose pupils is also held
 * elsewhere, so no other school's data can change which of its records count.
 */
final class SchoolTally {
  /** In the order of school_counts' count columns, from pupils to rwm_gds. */
  final long[] counts = new long[15];

  static SchoolTally of(List<PupilRow> rows) {
    SchoolTally t = new SchoolTally();
    for (PupilRow r : rows) {
      if (r.counts()) {
        t.add(r);
      }
    }
    return t;
  }

  boolean isEmpty() {
    return counts[0] == 0;
  }

  private void add(PupilRow r) {
    counts[0]++;
    subject(1, r.reading());
    subject(4, r.writing());
    subject(7, r.maths());
    if (r.science() != null) {
      counts[10]++;
      if (r.science().equals("EXS")) {
        counts[11]++;
      }
    }
    if (r.reading() != null && r.writing() != null && r.maths() != null) {
      counts[12]++;
      if (exsPlus(r.reading()) && exsPlus(r.writing()) && exsPlus(r.maths())) {
        counts[13]++;
      }
      if (r.reading().equals("GDS") && r.writing().equals("GDS") && r.maths().equals("GDS")) {
        counts[14]++;
      }
    }
  }

  private void subject(int at, String code) {
    if (code == null) {
      return;
    }
    counts[at]++;
    if (exsPlus(code)) {
      counts[at + 1]++;
    }
    if (code.equals("GDS")) {
      counts[at + 2]++;
    }
  }

  private static boolean exsPlus(String code) {
    return code.equals("EXS") || code.equals("GDS");
  }
}
