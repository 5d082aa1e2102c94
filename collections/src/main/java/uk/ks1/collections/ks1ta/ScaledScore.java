package uk.ks1.collections.ks1ta;

import java.util.Optional;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.ItemKind;
import uk.ks1.core.event.PupilRecord;

/** The optional KS1 test scaled scores: items of KS1 TA, whole numbers 85-115. */
public enum ScaledScore {
  READING("reading_score", "Reading scaled score", "Scaled score: KS1 Reading"),
  MATHS("maths_score", "Maths scaled score", "Scaled score: KS1 Maths"),
  GPS("gps_score", "GPS scaled score", "Scaled score: KS1 GPS");

  public static final int MIN = 85;
  public static final int MAX = 115;

  private final Item item;
  private final String templateLabel;

  ScaledScore(String id, String fieldLabel, String templateLabel) {
    this.item = Item.wholeNumber(id, fieldLabel, MIN, MAX);
    this.templateLabel = templateLabel;
  }

  public Item item() {
    return item;
  }

  public String column() {
    return item.id();
  }

  /** The template's column heading: "Scaled score: KS1 Reading". */
  public String label() {
    return templateLabel;
  }

  public Field field() {
    return item.field();
  }

  /** The pupil's raw text for this score, or null. */
  public String of(PupilRecord pupil) {
    return pupil.item(item);
  }

  /**
   * A score's value when it is a whole number from 85 to 115; empty when blank or not. "100.0" is
   * 100 (a spreadsheet's number stored as a decimal), "100.5" is not a whole number.
   */
  public static Optional<Integer> parse(String raw) {
    return ((ItemKind.WholeNumber) READING.item.kind()).parse(raw);
  }
}
