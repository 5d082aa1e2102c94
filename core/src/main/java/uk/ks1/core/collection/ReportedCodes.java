package uk.ks1.core.collection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A collection's coded items in one summer, as its code distributions ({@code /api/codes}) and the
 * disclosure step see them: each item's valid codes (listed with 0 where nobody got one) and, per
 * item, the measure its codes add up to (every code of the item counts towards the measure's
 * eligible pupils), the one code that alone is "met but not higher" and the one that is "higher".
 * The other codes add up to those below the standard.
 *
 * @param sets the valid codes of each coded item, by item id, in the order the items are shown
 * @param meanings what each item's codes mean, by item id (an item without a measure is absent)
 */
public record ReportedCodes(Map<String, Set<String>> sets, Map<String, Meaning> meanings) {

  /** No coded items. */
  public static final ReportedCodes NONE = new ReportedCodes(Map.of(), Map.of());

  /**
   * What an item's codes mean for its measure.
   *
   * @param measure the key of the measure the item's codes add up to
   * @param metOnly the code that meets the standard and is not higher, or null
   * @param higher the code above the standard, or null when the measure has none
   */
  public record Meaning(String measure, String metOnly, String higher) {}

  public ReportedCodes {
    sets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sets));
    meanings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meanings));
  }
}
