package uk.ks1.collections.ks1ta;

import java.util.List;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.Item;
import uk.ks1.core.event.PupilRecord;

/** The four KS1 teacher-assessment subjects: items of KS1 TA whose values are codes. */
public enum Subject {
  READING("reading", "Reading"),
  WRITING("writing", "Writing"),
  MATHS("maths", "Maths"),
  SCIENCE("science", "Science");

  /** Every subject, in order. */
  public static final List<Subject> ALL = List.of(values());

  /** Reading, writing and maths: the subjects of the combined RWM measure. */
  public static final List<Subject> RWM = List.of(READING, WRITING, MATHS);

  private final Item item;

  Subject(String id, String label) {
    this.item = Item.code(id, label);
  }

  public Item item() {
    return item;
  }

  /** The item's id: the store's column name for this subject. */
  public String column() {
    return item.id();
  }

  /** How people write it: "Reading". */
  public String label() {
    return item.label();
  }

  public Field field() {
    return item.field();
  }

  /** The pupil's raw text for this subject, or null. */
  public String of(PupilRecord pupil) {
    return pupil.item(item);
  }
}
