package uk.ks1.collections.eyfsp;

import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.Item;
import uk.ks1.core.event.PupilRecord;

/**
 * One early learning goal ({@code goals.csv}): its code ({@code E01}, the CTF Component), its area,
 * its name, whether it counts towards a good level of development, and the item that carries it (id
 * {@code e01}, labelled with the goal's name).
 */
public record Goal(String code, Area area, String name, boolean gld, Item item) {

  /** The item's id: the store's column of this goal ({@code e01}). */
  public String column() {
    return item.id();
  }

  public Field field() {
    return item.field();
  }

  /** "E01 Listening, attention and understanding": how a message lists it. */
  public String described() {
    return code + " " + name;
  }

  /** The child's raw text for this goal, or null. */
  public String of(PupilRecord pupil) {
    return pupil.item(item);
  }
}
