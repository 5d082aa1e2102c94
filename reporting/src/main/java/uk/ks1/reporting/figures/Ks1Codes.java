package uk.ks1.reporting.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.ks1.collections.ks1ta.CodeSets;
import uk.ks1.collections.ks1ta.Measures;
import uk.ks1.collections.ks1ta.Subject;

/**
 * What KS1's result codes mean to the disclosure step: each subject's codes add up to its measure's
 * eligible pupils, with one expected-only code and (but for science) one greater-depth code. The
 * phonics and EYFSP collections will say the same of theirs.
 */
final class Ks1Codes {
  private Ks1Codes() {}

  static Map<String, PublishedCells.CodeMeaning> meanings(int year) {
    Map<String, PublishedCells.CodeMeaning> out = new LinkedHashMap<>();
    for (Subject s : Subject.ALL) {
      String exsOnly = null;
      String gds = null;
      for (String code : CodeSets.standard().valid(s, year)) {
        if (Measures.isGreaterDepth(s, code)) {
          gds = code;
        } else if (Measures.isExsPlus(s, code)) {
          exsOnly = code;
        }
      }
      out.put(s.column(), new PublishedCells.CodeMeaning(Measure.valueOf(s.name()), exsOnly, gds));
    }
    return out;
  }

  static Map<String, Set<String>> sets(int year) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Subject s : Subject.ALL) {
      out.put(s.column(), CodeSets.standard().valid(s, year));
    }
    return out;
  }
}
