package uk.ks1.core.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A field of a pupil record that issues point at: the identity and school fields every collection
 * shares (constants here), and each collection's assessment items (made by its definition with
 * {@link #item}). {@link #personal()} marks the identities that never leave the LA's own view
 * (reports for analysts or the public withhold their values).
 *
 * <p>A field travels in events by its {@link #name()} ("UPN", "READING"); the name of an item's
 * field is its item id in capitals. Fields are interned by name, so {@code ==} holds between two of
 * the same name once its definition has made it.
 */
public final class Field {
  private static final Map<String, Field> BY_NAME = new ConcurrentHashMap<>();

  public static final Field FILE = shared("FILE", "File", false);
  public static final Field LAESTAB = shared("LAESTAB", "School DfE number", false);
  public static final Field UPN = shared("UPN", "UPN", true);
  public static final Field FORMER_UPN = shared("FORMER_UPN", "Former UPN", true);
  public static final Field FORENAME = shared("FORENAME", "Forename", true);
  public static final Field SURNAME = shared("SURNAME", "Surname", true);
  public static final Field DATE_OF_BIRTH = shared("DATE_OF_BIRTH", "Date of birth", true);
  public static final Field SEX = shared("SEX", "Sex", false);
  public static final Field NC_YEAR = shared("NC_YEAR", "NC year", false);

  /** A pupil's results as a whole (a record with none, or with one in error everywhere). */
  public static final Field RESULTS = shared("RESULTS", "Results", false);

  /** The fields every collection shares, in the order above; their labels are fixed. */
  public static final List<Field> SHARED =
      List.of(
          FILE, LAESTAB, UPN, FORMER_UPN, FORENAME, SURNAME, DATE_OF_BIRTH, SEX, NC_YEAR, RESULTS);

  /** The identity fields: the only personal ones (an assessment item never is). */
  public static final List<Field> PERSONAL = SHARED.stream().filter(Field::personal).toList();

  private final String name;
  private final String label;
  private final boolean personal;

  private Field(String name, String label, boolean personal) {
    this.name = name;
    this.label = label;
    this.personal = personal;
  }

  private static Field shared(String name, String label, boolean personal) {
    Field f = new Field(name, label, personal);
    BY_NAME.put(name, f);
    return f;
  }

  /**
   * The field of a collection's assessment item, named from its id ("reading" is "READING"); the
   * same field when made again with the same label. Two collections may share an item's field only
   * with the same label.
   */
  public static Field item(String itemId, String label) {
    String name = itemId.toUpperCase(Locale.ROOT);
    Field f = BY_NAME.computeIfAbsent(name, n -> new Field(n, label, false));
    if (!f.label.equals(label) || f.personal) {
      throw new IllegalArgumentException(
          "field " + name + " is already " + f.label + "; an item cannot be called " + label);
    }
    return f;
  }

  /**
   * The field an event names. A name no definition has made yet (an event of a collection this
   * process does not register) is kept, labelled with its name.
   */
  @JsonCreator
  public static Field named(String name) {
    Objects.requireNonNull(name, "field name");
    Field f = BY_NAME.get(name);
    return f != null ? f : new Field(name, name, false);
  }

  @JsonValue
  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  public boolean personal() {
    return personal;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Field f && f.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
