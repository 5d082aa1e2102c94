package uk.ks1.collections.eyfsp.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.collections.eyfsp.ProfileCodes;
import uk.ks1.core.collection.ReportedCodes;

/**
 * What the profile's codes mean to the disclosure step: each goal's codes (1, 2, A) add up to the
 * eligible children of that goal's own measure ({@code e01}: its met count is the children with 2
 * in E01), 2 being the one met code and there being no higher one. Not GLD or an area: their met
 * counts are not one goal's 2s, and the disclosure step would then take a goal's count of 2s for
 * the GLD count.
 */
public final class EyfspCodes {
  private EyfspCodes() {}

  public static ReportedCodes of(int year) {
    Set<String> codes = ProfileCodes.valid(year);
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    Map<String, ReportedCodes.Meaning> meanings = new LinkedHashMap<>();
    for (Goal g : Goals.ALL) {
      sets.put(g.column(), codes);
      if (codes.contains(ProfileCodes.EXPECTED)) {
        meanings.put(
            g.column(), new ReportedCodes.Meaning(g.column(), ProfileCodes.EXPECTED, null));
      }
    }
    return new ReportedCodes(sets, meanings);
  }
}
