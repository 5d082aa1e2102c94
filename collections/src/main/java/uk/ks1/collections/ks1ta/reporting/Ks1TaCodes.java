package uk.ks1.collections.ks1ta.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.ks1.collections.ks1ta.CodeSets;
import uk.ks1.collections.ks1ta.Measures;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.collection.ReportedCodes;

/**
 * What KS1's result codes mean to the disclosure step: each subject's codes add up to its measure's
 * eligible pupils, with one expected-only code and (but for science) one greater-depth code; the
 * rest are below the expected standard.
 */
public final class Ks1TaCodes {
  private Ks1TaCodes() {}

  public static ReportedCodes of(int year) {
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    Map<String, ReportedCodes.Meaning> meanings = new LinkedHashMap<>();
    for (Subject s : Subject.ALL) {
      Set<String> codes = CodeSets.standard().valid(s, year);
      sets.put(s.column(), codes);
      String exsOnly = null;
      String gds = null;
      for (String code : codes) {
        if (Measures.isGreaterDepth(s, code)) {
          gds = code;
        } else if (Measures.isExsPlus(s, code)) {
          exsOnly = code;
        }
      }
      // each subject's measure has the subject's own key (reading, writing, maths, science)
      meanings.put(s.column(), new ReportedCodes.Meaning(s.column(), exsOnly, gds));
    }
    return new ReportedCodes(sets, meanings);
  }
}
