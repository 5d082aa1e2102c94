package uk.ks1.core.collection;

import uk.ks1.core.codes.Field;

/**
 * One assessment item of a collection: KS1 reading TA, a KS1 scaled score, the phonics mark, an
 * ELG. Its id names its value in events and its column in the collection's pupil table; its field
 * (the id in capitals, with the label people read) is what an issue about it points at.
 */
public record Item(String id, Field field, ItemKind kind) {

  /**
   * An item whose raw text is the pupil's NC year (the identity field, not a result): phonics
   * counts Year 1 checks and Year 2 re-checks apart by it. Stored as a whole number, Reception as
   * 0.
   */
  public static Item ncYear(String id, String label) {
    return new Item(id, Field.item(id, label), new ItemKind.PupilNcYear());
  }

  /** Whether the item's raw text is the pupil's NC year rather than one of its results. */
  public boolean isNcYear() {
    return kind instanceof ItemKind.PupilNcYear;
  }

  /** An item whose value is a code from the collection's code sets ("EXS", "A"). */
  public static Item code(String id, String label) {
    return new Item(id, Field.item(id, label), new ItemKind.Code());
  }

  /** An item whose value is a whole number from {@code min} to {@code max} (a scaled score). */
  public static Item wholeNumber(String id, String label, int min, int max) {
    return new Item(id, Field.item(id, label), new ItemKind.WholeNumber(min, max));
  }

  public String label() {
    return field.label();
  }
}
