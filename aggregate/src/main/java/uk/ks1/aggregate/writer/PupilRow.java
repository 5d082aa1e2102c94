package uk.ks1.aggregate.writer;

import java.time.Instant;
import java.util.List;
import uk.ks1.core.codes.Sex;
import uk.ks1.core.collection.Item;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;

/**
 * A pupil as the store keeps it: the blind pupil key, whether the record counts, sex, and the
 * stored value of each of the collection's items, in item order (a code as text, a whole number as
 * an Integer; null when not given or when an error takes that item out of the figures).
 */
record PupilRow(
    int row, String pupilKey, boolean counts, Instant heldSince, String sex, Object[] values) {

  /**
   * Applies the issues' effects to a record: the consequences of docs/domain.md "Validation", in
   * one place. A record error takes out the record; an item error (effect SUBJECT or SCORE), only
   * the item whose field it names.
   */
  static PupilRow of(
      List<Item> items,
      PupilRecord p,
      String pupilKey,
      List<ValidationIssue> rowIssues,
      Instant heldSince) {
    boolean counts = true;
    for (ValidationIssue i : rowIssues) {
      if (i.isError() && i.effect() == Effect.RECORD) {
        counts = false;
      }
    }
    Object[] values = new Object[items.size()];
    for (int k = 0; k < values.length; k++) {
      Item item = items.get(k);
      values[k] = excluded(item, rowIssues) ? null : item.kind().stored(p.item(item));
    }
    return new PupilRow(p.row(), pupilKey, counts, heldSince, sex(p.sex()), values);
  }

  /** Whether an error with effect on one item names this item's field. */
  private static boolean excluded(Item item, List<ValidationIssue> rowIssues) {
    for (ValidationIssue i : rowIssues) {
      if (i.isError()
          && (i.effect() == Effect.SUBJECT || i.effect() == Effect.SCORE)
          && item.field().equals(i.field())) {
        return true;
      }
    }
    return false;
  }

  static String sex(String raw) {
    return Sex.parse(raw).map(Sex::name).orElse(null);
  }
}
