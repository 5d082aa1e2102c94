package uk.ks1.collections.eyfsp;

/**
 * One of the seven areas of learning of the EYFS profile ({@code areas.csv}): its code, which is
 * the CTF Subject of its goals ({@code COM}), and its name ("Communication and language").
 */
public record Area(String code, String name) {

  /** The area's code in lower case: the store's columns name it so ({@code com_expected}). */
  public String column() {
    return code.toLowerCase(java.util.Locale.ROOT);
  }
}
