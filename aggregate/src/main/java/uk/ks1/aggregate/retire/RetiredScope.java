package uk.ks1.aggregate.retire;

import java.util.regex.Pattern;

/**
 * What one retirement covers: a summer's pupil identities, of one collection or (null) every one,
 * of one LA or (null) every one. A rejected file, whose collection and year could not be read,
 * belongs to the summer of the school year in which it was received, and to every collection.
 */
public record RetiredScope(int year, String collection, String la) {
  private static final Pattern LA = Pattern.compile("\\d{3}");

  public RetiredScope {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("Not a summer: " + year);
    }
    if (la != null && !LA.matcher(la).matches()) {
      throw new IllegalArgumentException("An LA code is 3 digits, not " + la);
    }
  }

  /** "2025, every collection, LA 330". */
  public String describe() {
    return year
        + ", "
        + (collection == null ? "every collection" : collection)
        + ", "
        + (la == null ? "every LA" : "LA " + la);
  }
}
