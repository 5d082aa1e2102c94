package uk.ks1.reporting.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.reporting.disclosure.RoundedRate;
import uk.ks1.reporting.disclosure.Suppression;
import uk.ks1.reporting.disclosure.Suppression.Form;

/**
 * Which cells of one year's published view are hidden (docs/disclosure.md): every level's figures
 * and the LAs', regions' and England's code distributions, put to {@link Suppression} as one set of
 * tables tied by their sums, so a hidden cell cannot be got back from its table, its complement, a
 * parent minus its children, or another endpoint. Built once per store version and year; the same
 * answer serves every caller (an LA's token sees its own LA unsuppressed, and the audit has already
 * assumed it knows it).
 *
 * <p>What a measure is made of comes from the collection's {@link ReportedMeasure}s (eligible
 * pupils; met the standard; above it) and which codes fall where from its {@link ReportedCodes}:
 * nothing here names a measure, an item or a code.
 */
public final class PublishedCells {
  /** A published statistic of a measure. */
  public enum Stat {
    ELIGIBLE("E"),
    MET("P"),
    HIGHER("G");

    private final String cell;

    Stat(String cell) {
      this.cell = cell;
    }
  }

  /** A code's count at one level, as stored. */
  public record CodeCount(Level level, String key, String subject, String code, long pupils) {}

  /** Eligible pupils below this: no percentage (docs/domain.md "Small numbers"). */
  public static final int MIN_ELIGIBLE = Cell.MIN_ELIGIBLE_FOR_PERCENT;

  /**
   * The hidden cells by name, with their values; the suppression step's working state (every cell
   * and sum, hundreds of megabytes for England's EYFSP) is let go once it is solved.
   */
  private final Map<String, Long> hidden;

  /** How many cells the view had, to size the next one. */
  private final int cellCount;

  private final List<String> unprotectable;

  private PublishedCells(Suppression cells, List<String> unprotectable) {
    this.hidden = cells.hiddenCells();
    this.cellCount = cells.size();
    this.unprotectable = unprotectable;
  }

  /** How many cells the view was worked out over. */
  public int cellCount() {
    return cellCount;
  }

  /** The hidden cells' names (for a benchmark, or to compare two views). */
  public java.util.Set<String> hiddenNames() {
    return java.util.Collections.unmodifiableSet(hidden.keySet());
  }

  /** Cells pinned by figures that are always published (England, an LA's coverage). */
  public List<String> unprotectable() {
    return unprotectable;
  }

  public boolean hidden(Summary row, ReportedMeasure m, Stat stat) {
    return hidden.containsKey(name(row.level(), row.key()) + ":" + m.key() + ":" + stat.cell);
  }

  public boolean codeHidden(Level level, String key, String subject, String code) {
    return hidden.containsKey(codeCell(level, key, subject, code));
  }

  private String codeCell(Level level, String key, String subject, String code) {
    String row = name(level, key);
    String own = aliases.get(row, subject, code);
    return own != null ? own : row + ":" + subject + ":code:" + code;
  }

  /** Codes that are a measure's own cells (the higher code is the higher count): their cell. */
  private final Aliases aliases = new Aliases();

  private static final class Aliases {
    private final Map<String, String> map = new LinkedHashMap<>();

    String get(String row, String subject, String code) {
      return map.get(row + ":" + subject + ":" + code);
    }

    void put(String row, String subject, String code, String cell) {
      map.put(row + ":" + subject + ":" + code, cell);
    }
  }

  /**
   * The published view of every level: national, regions, LAs and schools (all of one year), with
   * the collection's {@code measures}, and the code distributions above school level; {@code
   * meanings} says, per coded item, which measure its codes add up to and which codes are met-only
   * and higher.
   */
  public static PublishedCells of(
      List<ReportedMeasure> measures,
      FigureEndpoints.Levels levels,
      List<CodeCount> codes,
      ReportedCodes meanings) {
    return revised(measures, levels, codes, meanings, null);
  }

  /**
   * The published view as {@link #of}, revising {@code previous} (the last one published, or null
   * for none): what it hid stays hidden while its value is the same (docs/disclosure.md,
   * "Revisions").
   */
  public static PublishedCells revised(
      List<ReportedMeasure> measures,
      FigureEndpoints.Levels levels,
      List<CodeCount> codes,
      ReportedCodes meanings,
      PublishedCells previous) {
    Builder b = new Builder(measures, previous == null ? 64 : previous.cellCount + 1024);
    Map<String, Long> laPupils = new LinkedHashMap<>();
    levels.las().values().forEach(l -> laPupils.put(l.key(), l.pupils()));
    b.row(levels.national(), 0);
    levels.regions().values().forEach(r -> b.row(r, 0));
    levels.las().values().forEach(l -> b.row(l, 0));
    levels.schools().values().forEach(s -> b.row(s, laPupils.getOrDefault(s.laCode(), 0L)));
    b.codes(levels, codes, meanings.sets(), meanings.meanings());
    b.levelSums(levels);
    if (previous != null) {
      b.cells.keepHidden(previous.hidden);
    }
    List<String> stuck = b.cells.solve();
    PublishedCells out = new PublishedCells(b.cells, stuck);
    out.aliases.map.putAll(b.aliases.map);
    return out;
  }

  static String name(Level level, String key) {
    return switch (level) {
      case NATIONAL -> "n";
      case REGION -> "r:" + key;
      case LA -> "l:" + key;
      case SCHOOL -> "s:" + key;
    };
  }

  /** The cohort bands a school's pupils are published in (docs/disclosure.md). */
  static final long[][] BANDS = {
    {1, 5}, {6, 10}, {11, 30}, {31, 60}, {61, 90}, {91, Long.MAX_VALUE}
  };

  /** A school's pupils as published: "6-10", "91+". */
  public static String band(long pupils) {
    long[] b = bandOf(pupils);
    if (b == null) {
      return "0";
    }
    return b[1] == Long.MAX_VALUE ? b[0] + "+" : b[0] + "-" + b[1];
  }

  static long[] bandOf(long pupils) {
    for (long[] b : BANDS) {
      if (pupils >= b[0] && pupils <= b[1]) {
        return b;
      }
    }
    return null;
  }

  private static boolean small(long v) {
    return v == 1 || v == 2;
  }

  /** Puts the cells and sums of each row to the suppression step. */
  private static final class Builder {
    final Suppression cells;
    final Aliases aliases = new Aliases();
    final List<ReportedMeasure> measures;

    /** Each measure's cell suffixes, made once (": GLD :E" and the rest). */
    final Map<String, Suffixes> suffixesOf = new LinkedHashMap<>();

    Builder(List<ReportedMeasure> measures, int expectedCells) {
      this.cells = new Suppression(expectedCells);
      this.measures = measures;
      measures.forEach(m -> suffixesOf.put(m.key(), new Suffixes(":" + m.key() + ":")));
    }

    record Suffixes(String e, String p, String b, String u, String g, String x, String ng) {
      Suffixes(String m) {
        this(m + "E", m + "P", m + "B", m + "U", m + "G", m + "X", m + "NG");
      }
    }

    /** Every cell of every row by its suffix, for the sums across levels. */
    final Map<String, Map<String, Integer>> rowCells = new HashMap<>();

    int cell(String row, String suffix, long value, Form form, String owner, boolean protect) {
      int id = cells.cell(row + suffix, value, form, owner, protect);
      rowCells.computeIfAbsent(row, k -> new LinkedHashMap<>()).putIfAbsent(suffix, id);
      return id;
    }

    void row(Summary s, long laPupils) {
      String row = name(s.level(), s.key());
      boolean open = s.level() == Level.NATIONAL;
      boolean school = s.level() == Level.SCHOOL;
      String owner = s.level() == Level.LA || school ? s.laCode() : null;
      Form count = open ? Form.OPEN : school ? Form.RATE : Form.COUNT;
      Form held = open ? Form.OPEN : Form.HELD;
      int pupils = cell(row, ":pupils", s.pupils(), school ? Form.HELD : Form.OPEN, owner, false);
      long cohortTop = s.pupils();
      if (school) {
        long[] band = bandOf(s.pupils());
        cohortTop = band == null ? 0 : Math.min(band[1], Math.max(laPupils, band[0]));
        cells.bounds(pupils, band == null ? 0 : band[0], cohortTop);
      }
      for (ReportedMeasure m : measures) {
        Counts c = s.counts(m);
        if (c == null) {
          continue;
        }
        Suffixes p = suffixesOf.get(m.key());
        long e = c.eligible();
        int eligible = cell(row, p.e(), e, school ? held : count, owner, true);
        int met = cell(row, p.p(), c.met(), count, owner, true);
        long below = e - c.met();
        int belowCell = cell(row, p.b(), below, held, owner, true);
        cells.sum(eligible, met, belowCell);
        long notEligible = s.pupils() - e;
        // pupils without a valid result in the subject: protected at school level, where one
        // could be a known child; above it they are coverage, published by difference as before
        cells.sum(pupils, eligible, cell(row, p.u(), notEligible, held, owner, school));
        boolean few = e > 0 && e < MIN_ELIGIBLE;
        if (!open && !school && small(e)) {
          cells.hide(eligible);
        }
        if (e > 0 && (few || small(c.met()) || small(below))) {
          cells.hide(met);
        }
        int higher = -1;
        if (m.hasHigher()) {
          higher = cell(row, p.g(), c.higher(), count, owner, true);
          int metOnly = cell(row, p.x(), c.met() - c.higher(), held, owner, true);
          cells.sum(met, metOnly, higher);
          int notHigher = cell(row, p.ng(), e - c.higher(), held, owner, true);
          cells.sum(eligible, higher, notHigher);
          cells.sum(notHigher, belowCell, metOnly);
          if (e > 0 && (few || small(c.higher()) || small(e - c.higher()))) {
            cells.hide(higher);
          }
        }
        if (school) {
          if (e == 0) {
            cells.bounds(eligible, 0, 0); // shown as z: nobody eligible
          } else {
            rate(met, Percent.rounded(c.met(), e), cohortTop);
            if (higher >= 0) {
              rate(higher, Percent.rounded(c.higher(), e), cohortTop);
            }
          }
          cells.bounds(eligible, 0, cohortTop);
          if (higher >= 0) {
            cells.floorIfShown(eligible, MIN_ELIGIBLE, met, higher);
          } else {
            cells.floorIfShown(eligible, MIN_ELIGIBLE, met);
          }
        }
      }
    }

    private void rate(int cell, long percent, long cohortTop) {
      long[] b = RoundedRate.counts(percent, MIN_ELIGIBLE, cohortTop);
      if (b == null) {
        cells.hide(cell); // cannot be: the published view would not have shown it
      } else {
        cells.whenShown(cell, b[0], b[1]);
      }
    }

    /**
     * The code distributions above school level: each code a count, adding up to the measure's
     * eligible pupils; the met-only code is the measure's met-not-higher cell, the higher code its
     * higher cell, the rest add up to those below the standard.
     */
    void codes(
        FigureEndpoints.Levels levels,
        List<CodeCount> codes,
        Map<String, Set<String>> codeSets,
        Map<String, ReportedCodes.Meaning> meanings) {
      // each row's and subject's codes as stored, in the order read: one look-up per row and
      // subject (a scan of every count for each was most of building a large view)
      Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
      for (CodeCount c : codes) {
        counts
            .computeIfAbsent(
                name(c.level(), c.key()) + ":" + c.subject(), k -> new LinkedHashMap<>())
            .put(c.code(), c.pupils());
      }
      List<Summary> rows = new ArrayList<>();
      rows.add(levels.national());
      rows.addAll(levels.regions().values());
      rows.addAll(levels.las().values());
      for (Summary s : rows) {
        String row = name(s.level(), s.key());
        boolean open = s.level() == Level.NATIONAL;
        String owner = s.level() == Level.LA ? s.laCode() : null;
        for (Map.Entry<String, ReportedCodes.Meaning> subject : meanings.entrySet()) {
          ReportedCodes.Meaning meaning = subject.getValue();
          if (s.measures().get(meaning.measure()) == null) {
            continue;
          }
          String p = ":" + meaning.measure() + ":";
          Set<String> all = new LinkedHashSet<>(codeSets.getOrDefault(subject.getKey(), Set.of()));
          Map<String, Long> stored = counts.getOrDefault(row + ":" + subject.getKey(), Map.of());
          all.addAll(stored.keySet());
          List<Integer> below = new ArrayList<>();
          for (String code : all) {
            long v = stored.getOrDefault(code, 0L);
            String own =
                code.equals(meaning.higher())
                    ? p + "G"
                    : code.equals(meaning.metOnly())
                        ? (meaning.higher() == null ? p + "P" : p + "X")
                        : null;
            if (own != null) {
              aliases.put(row, subject.getKey(), code, row + own);
              Integer c = cells.find(row + own);
              // the measure's own cell, now published through the distribution too
              int id =
                  c != null ? c : cell(row, own, v, open ? Form.OPEN : Form.COUNT, owner, true);
              promote(id, v, open);
              continue;
            }
            int id =
                cell(
                    row,
                    ":" + subject.getKey() + ":code:" + code,
                    v,
                    open ? Form.OPEN : Form.COUNT,
                    owner,
                    true);
            if (!open && small(v)) {
              cells.hide(id);
            }
            below.add(id);
          }
          Integer b = cells.find(row + p + "B");
          if (b != null && !below.isEmpty()) {
            cells.sum(b, below.stream().mapToInt(Integer::intValue).toArray());
          }
        }
      }
    }

    /** A cell the figures never publish (met but not higher) that a code distribution does. */
    private void promote(int id, long v, boolean open) {
      if (!open) {
        cells.publish(id);
        if (small(v)) {
          cells.hide(id);
        }
      }
    }

    /** Parent = the sum of its children, for every cell the rows share, where it holds. */
    void levelSums(FigureEndpoints.Levels levels) {
      Map<String, List<String>> children = new LinkedHashMap<>();
      String england = name(Level.NATIONAL, "England");
      for (Summary r : levels.regions().values()) {
        children.computeIfAbsent(england, k -> new ArrayList<>()).add(name(r.level(), r.key()));
      }
      for (Summary l : levels.las().values()) {
        if (l.region() != null) {
          children
              .computeIfAbsent(name(Level.REGION, l.region()), k -> new ArrayList<>())
              .add(name(l.level(), l.key()));
        }
      }
      for (Summary s : levels.schools().values()) {
        children
            .computeIfAbsent(name(Level.LA, s.laCode()), k -> new ArrayList<>())
            .add(name(s.level(), s.key()));
      }
      children.forEach(
          (parent, kids) -> {
            List<Map<String, Integer>> kidCells =
                kids.stream().map(k -> rowCells.getOrDefault(k, Map.of())).toList();
            rowCells
                .getOrDefault(parent, Map.of())
                .forEach((suffix, total) -> sumIfHolds(total, kidCells, suffix));
          });
    }

    private void sumIfHolds(int total, List<Map<String, Integer>> kids, String suffix) {
      int[] parts = new int[kids.size()];
      long sum = 0;
      for (int i = 0; i < kids.size(); i++) {
        Integer c = kids.get(i).get(suffix);
        if (c == null) {
          return;
        }
        parts[i] = c;
        sum += cells.value(c);
      }
      if (sum == cells.value(total)) {
        cells.sum(total, parts);
      }
    }
  }
}
