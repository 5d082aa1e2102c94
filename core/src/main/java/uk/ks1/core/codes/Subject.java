package uk.ks1.core.codes;

import java.util.List;

/** The four KS1 teacher-assessment subjects. */
public enum Subject {
  READING("reading", "Reading"),
  WRITING("writing", "Writing"),
  MATHS("maths", "Maths"),
  SCIENCE("science", "Science");

  /** Every subject, in order. */
  public static final List<Subject> ALL = List.of(values());

  /** Reading, writing and maths: the subjects of the combined RWM measure. */
  public static final List<Subject> RWM = List.of(READING, WRITING, MATHS);

  private final String column;
  private final String label;

  Subject(String column, String label) {
    this.column = column;
    this.label = label;
  }

  /** The store's column name for this subject. */
  public String column() {
    return column;
  }

  /** How people write it: "Reading". */
  public String label() {
    return label;
  }
}
