package uk.ks1.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an outsider can work out from published figures alone: every number read from any endpoint
 * or PDF narrows what a cell can be (an interval of whole numbers), and the sums that tie the cells
 * together (a measure's eligible pupils are those at or above the standard plus those below; an
 * LA's count is its schools' counts added up; a code distribution adds up to the eligible pupils)
 * are applied back and forth until nothing narrows any more. Written apart from the service's own
 * disclosure step, so it cannot share its mistakes.
 *
 * <p>Cells are named {@code level:key:measure:kind}: E eligible, P EXS+, G GDS, B below (E-P), X at
 * EXS only (P-G), NG not at greater depth (E-G), U pupils not eligible (pupils-E); {@code
 * level:key:pupils}; {@code level:key:subject:code:CODE}.
 */
final class Outsider {
  static final long INF = Long.MAX_VALUE / 4;
  static final List<String> MEASURES = List.of("reading", "writing", "maths", "science", "rwm");
  static final List<String> SUBJECTS = List.of("reading", "writing", "maths", "science");

  private final Map<String, long[]> bounds = new HashMap<>();
  private final List<String[]> sums = new ArrayList<>();

  /** Cells the outsider saw printed as {@code c} somewhere. */
  final Set<String> seenHidden = new HashSet<>();

  /** Where each exact value came from, for the failure message. */
  final Map<String, String> how = new HashMap<>();

  static boolean hasGds(String measure) {
    return !measure.equals("science");
  }

  long[] of(String cell) {
    return bounds.computeIfAbsent(cell, k -> new long[] {0, INF});
  }

  /** What a cell is known to lie within, from one source. */
  void narrow(String cell, long lo, long hi, String source) {
    long[] b = of(cell);
    b[0] = Math.max(b[0], lo);
    b[1] = Math.min(b[1], hi);
    if (b[0] == b[1]) {
      how.putIfAbsent(cell, source);
    }
  }

  void exact(String cell, long v, String source) {
    narrow(cell, v, v, source);
  }

  void sum(String total, String... parts) {
    String[] r = new String[parts.length + 1];
    r[0] = total;
    System.arraycopy(parts, 0, r, 1, parts.length);
    sums.add(r);
    of(total);
    for (String p : parts) {
      of(p);
    }
  }

  /** The sums inside one row (a school, LA, region or England), for every measure. */
  void rowSums(String row) {
    for (String m : MEASURES) {
      String c = row + ":" + m + ":";
      sum(c + "E", c + "P", c + "B");
      if (hasGds(m)) {
        sum(c + "P", c + "X", c + "G");
        sum(c + "E", c + "G", c + "NG");
        sum(c + "NG", c + "B", c + "X");
      }
      sum(row + ":pupils", c + "E", c + "U");
    }
  }

  /** A code distribution of one row: it adds up to the eligible pupils; EXS and GDS are cells. */
  void codeSums(String row, String subject, List<String> codes) {
    String c = row + ":" + subject + ":";
    List<String> below = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (String code : codes) {
      String cell = c + "code:" + code;
      all.add(cell);
      if (code.equals("GDS") && hasGds(subject)) {
        sum(c + "G", cell);
      } else if (code.equals("EXS")) {
        sum(hasGds(subject) ? c + "X" : c + "P", cell);
      } else {
        below.add(cell);
      }
    }
    sum(c + "E", all.toArray(String[]::new));
    sum(c + "B", below.toArray(String[]::new));
  }

  /** Parent = sum of children, for every cell kind the rows have. */
  void levelSums(String parent, List<String> children, List<String> codeCells) {
    if (children.isEmpty()) {
      return;
    }
    List<String> suffixes = new ArrayList<>();
    suffixes.add(":pupils");
    for (String m : MEASURES) {
      for (String k : List.of("E", "P", "B", "U")) {
        suffixes.add(":" + m + ":" + k);
      }
      if (hasGds(m)) {
        for (String k : List.of("G", "X", "NG")) {
          suffixes.add(":" + m + ":" + k);
        }
      }
    }
    suffixes.addAll(codeCells);
    for (String s : suffixes) {
      sum(parent + s, children.stream().map(ch -> ch + s).toArray(String[]::new));
    }
  }

  /** Reads one published figures object (national, a region, an LA or a school). */
  void read(JsonNode f, String source, long cohortCeiling) {
    String row = row(f.get("level").asText(), f.get("key").asText());
    JsonNode pupils = f.at("/coverage/pupils");
    long[] cohort = cohort(pupils, cohortCeiling);
    narrow(row + ":pupils", cohort[0], cohort[1], source + " coverage.pupils");
    for (JsonNode m : f.get("measures")) {
      String c = row + ":" + m.get("measure").asText() + ":";
      count(c + "E", m.get("eligible"), source);
      count(c + "P", m.get("exsPlus"), source);
      if (hasGds(m.get("measure").asText())) {
        count(c + "G", m.get("gds"), source);
      }
      percent(c, "P", m.get("exsPlusPct"), m.get("exsPlusPctRounded"), cohort, source);
      if (hasGds(m.get("measure").asText())) {
        percent(c, "G", m.get("gdsPct"), m.get("gdsPctRounded"), cohort, source);
      }
    }
  }

  static String row(String level, String key) {
    return level + ":" + key;
  }

  /** A pupils figure: a number, or a band such as "6-10" or "91+". */
  static long[] cohort(JsonNode pupils, long ceiling) {
    if (pupils == null || pupils.isMissingNode() || pupils.isNull()) {
      return new long[] {0, ceiling};
    }
    if (pupils.isNumber()) {
      return new long[] {pupils.asLong(), pupils.asLong()};
    }
    String band = pupils.asText();
    if (band.endsWith("+")) {
      return new long[] {Long.parseLong(band.substring(0, band.length() - 1)), ceiling};
    }
    String[] ends = band.split("-");
    return new long[] {Long.parseLong(ends[0]), Long.parseLong(ends[1])};
  }

  void count(String cell, JsonNode v, String source) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return;
    }
    if (v.isNumber()) {
      exact(cell, v.asLong(), source);
    } else if (v.asText().equals("c")) {
      seenHidden.add(cell);
    }
  }

  /**
   * A percentage: unrounded, it gives the count exactly once the eligible pupils are known; rounded
   * half up, it confines the count to the counts that round to it for any eligible number the
   * outsider cannot rule out. Worked out after the counts, in {@link #percentages()}.
   */
  void percent(
      String c, String kind, JsonNode unrounded, JsonNode rounded, long[] cohort, String source) {
    if (unrounded != null && unrounded.asText().equals("c")
        || rounded != null && rounded.asText().equals("c")) {
      seenHidden.add(c + kind);
      return;
    }
    if (unrounded != null && unrounded.isNumber()) {
      pending.add(new Pct(c, kind, unrounded.asDouble(), false, cohort, source));
    }
    if (rounded != null && rounded.isNumber()) {
      pending.add(new Pct(c, kind, rounded.asDouble(), true, cohort, source));
    }
  }

  private record Pct(
      String c, String kind, double value, boolean rounded, long[] cohort, String source) {}

  private final List<Pct> pending = new ArrayList<>();

  /** Percentages against what is known of the eligible pupils: run between propagations. */
  private void percentages() {
    for (Pct p : pending) {
      long[] e = of(p.c() + "E").clone();
      long nLo = Math.max(1, e[0]);
      long nHi = Math.min(Math.min(e[1], p.cohort()[1]), 2000);
      long lo = INF;
      long hi = -1;
      for (long n = nLo; n <= nHi; n++) {
        for (long x = 0; x <= n; x++) {
          boolean fits =
              p.rounded()
                  ? (200 * x + n) / (2 * n) == (long) p.value()
                  : Math.abs(100.0 * x / n - p.value()) < 1e-9;
          if (fits) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
          }
        }
      }
      if (hi >= 0) {
        narrow(p.c() + p.kind(), lo, hi, p.source() + (p.rounded() ? " rounded %" : " %"));
      }
    }
  }

  /** Applies every sum both ways, and the percentages, until nothing narrows. */
  void solve() {
    for (int round = 0; round < 50; round++) {
      percentages();
      boolean changed = false;
      for (int pass = 0; pass < 200; pass++) {
        boolean any = false;
        for (String[] r : sums) {
          any |= apply(r);
        }
        changed |= any;
        if (!any) {
          break;
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  private boolean apply(String[] r) {
    long[] t = of(r[0]);
    long sumLo = 0;
    long sumHi = 0;
    for (int i = 1; i < r.length; i++) {
      long[] p = of(r[i]);
      sumLo = Math.min(INF, sumLo + p[0]);
      sumHi = Math.min(INF, sumHi + p[1]);
    }
    boolean changed = tighten(r[0], t, sumLo, sumHi, "sum of parts");
    for (int i = 1; i < r.length; i++) {
      long[] p = of(r[i]);
      long othersLo = sumLo - p[0];
      long othersHi = sumHi >= INF ? INF : sumHi - p[1];
      long lo = othersHi >= INF ? 0 : t[0] - othersHi;
      long hi = t[1] >= INF ? INF : t[1] - othersLo;
      changed |= tighten(r[i], p, lo, hi, r[0] + " minus the rest");
    }
    return changed;
  }

  private boolean tighten(String cell, long[] b, long lo, long hi, String why) {
    boolean changed = false;
    if (lo > b[0]) {
      b[0] = lo;
      changed = true;
    }
    if (hi < b[1]) {
      b[1] = hi;
      changed = true;
    }
    if (changed && b[0] == b[1]) {
      how.putIfAbsent(cell, why);
    }
    return changed;
  }

  /** The exact value the outsider has for a cell, or null. */
  Long known(String cell) {
    long[] b = bounds.get(cell);
    return b != null && b[0] == b[1] ? b[0] : null;
  }

  Set<String> cells() {
    return bounds.keySet();
  }
}
