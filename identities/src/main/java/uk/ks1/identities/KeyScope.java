package uk.ks1.identities;

import java.util.regex.Pattern;

/**
 * What one data key covers: one LA's identities of one collection and year ({@code
 * 330/PHONICS/2025}). Destroying a scope's key puts every copy of those identities in the log
 * beyond use, and no one else's.
 */
public record KeyScope(String la, String collection, int year) {
  private static final Pattern LA = Pattern.compile("\\d{3}");
  private static final Pattern COLLECTION = Pattern.compile("[A-Z0-9_]{1,40}");

  /** The scope of a rejected file, whose collection could not be read: its LA and summer. */
  public static final String FILES = "FILES";

  public KeyScope {
    if (la == null || !LA.matcher(la).matches()) {
      throw new IllegalArgumentException("An LA code is 3 digits, not " + la);
    }
    if (collection == null || !COLLECTION.matcher(collection).matches()) {
      throw new IllegalArgumentException("Not a collection id: " + collection);
    }
  }

  public String id() {
    return la + "/" + collection + "/" + year;
  }

  public static KeyScope parse(String id) {
    String[] p = id.split("/");
    if (p.length != 3) {
      throw new IllegalArgumentException("Not a key scope: " + id);
    }
    return new KeyScope(p[0], p[1], Integer.parseInt(p[2]));
  }
}
