package uk.ks1.reporting.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.ks1.core.concurrent.DaemonThreads;

/**
 * Cell suppression for tables that are published together (docs/disclosure.md): cells tied by sums
 * (a total and its parts: eligible = at or above + below; an LA = its schools; a distribution = its
 * eligible pupils), each published exactly, published as a rounded rate (an interval of counts to
 * an outsider), never published (a complement, a category) or always published (national figures,
 * coverage). Knows nothing of any collection or measure: the caller builds the cells and sums,
 * marks the primary suppressions, and reads back which cells to hide.
 *
 * <p>The audit is the outsider's own arithmetic: every published value narrows its cell to an
 * interval, and every sum is applied both ways until nothing narrows (interval propagation, as the
 * "audit" of GSS/ONS cell-suppression guidance). A hidden cell, or any cell of 1 or 2 that is to be
 * protected, narrowed to one value is disclosed; the smallest published cell in a sum with it is
 * then hidden too (complementary suppression, "the next smallest"), and the audit runs again. The
 * audit is repeated for each owner (an LA) knowing its own cells exactly, so no LA's token unpicks
 * another's.
 */
public final class Suppression {
  /** How a cell reaches an outsider. */
  public enum Form {
    /** Published as a number unless hidden. */
    COUNT,
    /** Published as a rounded rate unless hidden: an interval set by {@link #whenShown}. */
    RATE,
    /** Never published (a complement, a category): known only through sums and bounds. */
    HELD,
    /** Always published and never hidden (national figures, coverage of an LA). */
    OPEN
  }

  static final long INF = Long.MAX_VALUE / 4;

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** The second core's share of the owners' audits (one thread, made when first needed). */
  private static final ExecutorService OWNERS =
      Executors.newSingleThreadExecutor(DaemonThreads.named("ks1-disclosure-audit"));

  /** Cells from which the owners' audits are split over two cores (a test sets it lower). */
  int parallelFrom = 20_000;

  private final List<String> names;
  private final Map<String, Integer> ids;
  private long[] value;
  private Form[] form;
  private String[] owner;
  private boolean[] protect;
  private long[] lo;
  private long[] hi;
  private long[] shownLo;
  private long[] shownHi;
  private boolean[] hidden;
  private final List<int[]> sums = new ArrayList<>();

  /** How many sums each cell is in; the sums of each cell themselves are made by {@link #solve}. */
  private int[] sumCount;

  private int[][] sumsOfCell;
  private final List<int[]> floors = new ArrayList<>();
  private final Map<String, List<Integer>> cellsOf = new LinkedHashMap<>();

  public Suppression() {
    this(64);
  }

  /**
   * Room for {@code cells} cells from the start (a revision of a view knows about how many it
   * needs: growing arrays of hundreds of thousands was a fifth of building one).
   */
  public Suppression(int cells) {
    int n = Math.max(64, cells);
    names = new ArrayList<>(n);
    ids = new HashMap<>(n * 4 / 3 + 1);
    value = new long[n];
    form = new Form[n];
    owner = new String[n];
    protect = new boolean[n];
    lo = new long[n];
    hi = new long[n];
    shownLo = new long[n];
    shownHi = new long[n];
    hidden = new boolean[n];
    sumCount = new int[n];
  }

  /**
   * A cell: {@code value} as stored, {@code owner} the party that sees it unsuppressed (an LA code;
   * null for none), {@code protect}: whether a value of 1 or 2 must not be worked out (false for
   * coverage). Adding a name twice returns the same cell.
   */
  public int cell(String name, long v, Form f, String own, boolean prot) {
    Integer existing = ids.get(name);
    if (existing != null) {
      return existing;
    }
    int id = names.size();
    if (id == value.length) {
      grow();
    }
    names.add(name);
    ids.put(name, id);
    value[id] = v;
    form[id] = f;
    owner[id] = own;
    protect[id] = prot;
    lo[id] = 0;
    hi[id] = INF;
    shownLo[id] = 0;
    shownHi[id] = INF;
    sumCount[id] = 0;
    if (own != null) {
      cellsOf.computeIfAbsent(own, k -> new ArrayList<>()).add(id);
    }
    return id;
  }

  private void grow() {
    int n = value.length * 2;
    value = Arrays.copyOf(value, n);
    form = Arrays.copyOf(form, n);
    owner = Arrays.copyOf(owner, n);
    protect = Arrays.copyOf(protect, n);
    lo = Arrays.copyOf(lo, n);
    hi = Arrays.copyOf(hi, n);
    shownLo = Arrays.copyOf(shownLo, n);
    shownHi = Arrays.copyOf(shownHi, n);
    hidden = Arrays.copyOf(hidden, n);
    sumCount = Arrays.copyOf(sumCount, n);
  }

  public Integer find(String name) {
    return ids.get(name);
  }

  /** What an outsider knows of the cell whatever is shown (a cohort band, 0 for none eligible). */
  public void bounds(int cell, long low, long high) {
    lo[cell] = Math.max(lo[cell], low);
    hi[cell] = Math.min(hi[cell], high);
  }

  /** What a shown RATE cell tells an outsider: the counts that round to the published rate. */
  public void whenShown(int cell, long low, long high) {
    shownLo[cell] = low;
    shownHi[cell] = high;
  }

  /**
   * {@code cell} is at least {@code floor} once any of {@code rates} is shown (a rule's threshold).
   */
  public void floorIfShown(int cell, long floor, int... rates) {
    int[] f = new int[rates.length + 2];
    f[0] = cell;
    f[1] = (int) floor;
    System.arraycopy(rates, 0, f, 2, rates.length);
    floors.add(f);
  }

  /** {@code total} is the sum of {@code parts}. */
  public void sum(int total, int... parts) {
    int[] s = new int[parts.length + 1];
    s[0] = total;
    System.arraycopy(parts, 0, s, 1, parts.length);
    int id = sums.size();
    sums.add(s);
    for (int c : s) {
      sumCount[c]++;
    }
  }

  /** Primary suppression: the cell is hidden whatever the audit finds. */
  public void hide(int cell) {
    if (form[cell] == Form.COUNT || form[cell] == Form.RATE) {
      hidden[cell] = true;
    }
  }

  /**
   * Keeps hidden what the previous publication hid ({@link #hiddenCells} of its solve), where the
   * value is the same: a cell that was {@code c} stays {@code c} while it has not changed, so two
   * publications read side by side give back nothing that one alone does not (and the solve has
   * only the changed cells to settle). Call before {@link #solve}, after the primary suppressions.
   * Returns how many were kept.
   */
  public int keepHidden(Map<String, Long> previous) {
    int kept = 0;
    for (Map.Entry<String, Long> p : previous.entrySet()) {
      Integer c = ids.get(p.getKey());
      if (c != null
          && !hidden[c]
          && value[c] == p.getValue()
          && (form[c] == Form.COUNT || form[c] == Form.RATE)) {
        hidden[c] = true;
        kept++;
      }
    }
    return kept;
  }

  /** The hidden cells, by name, with their values: all a published view needs to keep. */
  public Map<String, Long> hiddenCells() {
    Map<String, Long> out = new HashMap<>();
    for (int c = 0; c < names.size(); c++) {
      if (hidden[c]) {
        out.put(names.get(c), value[c]);
      }
    }
    return out;
  }

  /** A never-published cell that another table publishes after all (a code's count). */
  public void publish(int cell) {
    if (form[cell] == Form.HELD) {
      form[cell] = Form.COUNT;
    }
  }

  public long value(int cell) {
    return value[cell];
  }

  public boolean hidden(int cell) {
    return hidden[cell];
  }

  public int size() {
    return names.size();
  }

  /**
   * Adds complementary suppressions until no audit (the outsider's, and each owner's) pins a hidden
   * or protected cell; returns the cells it could not protect (pinned by figures that are always
   * published), by name.
   */
  public List<String> solve() {
    sumsOfCell = sumsOfEachCell();
    List<Map.Entry<String, List<Integer>>> owners = List.copyOf(cellsOf.entrySet());
    // the owners' audits are half of each round and independent of each other: on a large view,
    // the second half runs on a second core, with its own copy of the bounds
    int split = names.size() >= parallelFrom && CORES > 1 ? owners.size() / 2 : owners.size();
    OwnersAudit mine = new OwnersAudit(owners.subList(0, split));
    OwnersAudit theirs = new OwnersAudit(owners.subList(split, owners.size()));
    // the outsider's bounds and the second core's copy: made once for a solve, filled each round
    long[][] bounds = new long[2][names.size()];
    long[][] copy = theirs.owners.isEmpty() ? null : new long[2][names.size()];
    for (int round = 0; round < 10_000; round++) {
      long[][] base = audit(mine.work, bounds);
      Set<Integer> toHide = new LinkedHashSet<>();
      Set<Integer> stuck = new LinkedHashSet<>();
      for (int c = 0; c < names.size(); c++) {
        consider(c, base, null, toHide, stuck);
      }
      Future<?> second =
          theirs.owners.isEmpty()
              ? null
              : OWNERS.submit(theirs.of(copy(base[0], copy[0]), copy(base[1], copy[1])));
      mine.of(base[0], base[1]).run();
      await(second);
      for (OwnersAudit a : List.of(mine, theirs)) {
        toHide.addAll(a.toHide);
        stuck.addAll(a.stuck);
        a.toHide.clear();
        a.stuck.clear();
      }
      if (toHide.isEmpty()) {
        List<String> unprotectable = new ArrayList<>();
        stuck.forEach(c -> unprotectable.add(names.get(c)));
        sumsOfCell = null; // only the solve needs them: a published view is kept a while
        return unprotectable;
      }
      toHide.forEach(c -> hidden[c] = true);
    }
    throw new IllegalStateException("Complementary suppression did not settle");
  }

  private static long[] copy(long[] from, long[] to) {
    System.arraycopy(from, 0, to, 0, from.length);
    return to;
  }

  private static void await(Future<?> work) {
    if (work == null) {
      return;
    }
    try {
      work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while auditing the published view", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Some owners' audits of one round: each owner knows its own cells exactly on top of what the
   * outsider knows; only the cells this narrows can newly be disclosed, and the bounds are put back
   * after each owner. Its queue and saved bounds are made once for a solve.
   */
  private final class OwnersAudit {
    final List<Map.Entry<String, List<Integer>>> owners;
    final Work work = new Work(sums.size(), sumsOfCell);
    final Saved saved = new Saved(names.size());
    final Set<Integer> toHide = new LinkedHashSet<>();
    final Set<Integer> stuck = new LinkedHashSet<>();

    OwnersAudit(List<Map.Entry<String, List<Integer>>> owners) {
      this.owners = owners;
    }

    Runnable of(long[] lo, long[] hi) {
      long[][] base = {lo, hi};
      return () -> {
        for (Map.Entry<String, List<Integer>> own : owners) {
          String o = own.getKey();
          for (int c : own.getValue()) {
            if (base[0][c] != value[c] || base[1][c] != value[c]) {
              saved.keep(c, base[0][c], base[1][c]);
              base[0][c] = base[1][c] = value[c];
              work.cellChanged(c);
            }
          }
          propagate(work, base, saved);
          for (int i = 0; i < saved.count; i++) {
            consider(saved.ids[i], base, o, toHide, stuck);
          }
          saved.restore(base);
        }
      };
    }
  }

  /** The sums each cell is in, in the order they were added. */
  private int[][] sumsOfEachCell() {
    int[][] of = new int[names.size()][];
    for (int c = 0; c < of.length; c++) {
      of[c] = new int[sumCount[c]];
    }
    int[] filled = new int[of.length];
    for (int s = 0; s < sums.size(); s++) {
      for (int c : sums.get(s)) {
        of[c][filled[c]++] = s;
      }
    }
    return of;
  }

  private void consider(int c, long[][] b, String knower, Set<Integer> toHide, Set<Integer> stuck) {
    if (disclosed(c, b, knower)) {
      int partner = partner(c, knower);
      if (partner < 0) {
        stuck.add(c);
      } else {
        toHide.add(partner);
      }
    }
  }

  private boolean disclosed(int c, long[][] b, String knower) {
    if (form[c] == Form.OPEN || knower != null && knower.equals(owner[c])) {
      return false;
    }
    boolean pinned = b[0][c] == b[1][c];
    boolean small = protect[c] && (value[c] == 1 || value[c] == 2);
    return pinned && (hidden[c] || small);
  }

  /**
   * The cell to hide beside a disclosed one: in a sum with it, shown, not the knower's own; a part
   * before a total (hide within a table before hiding its margin), then the smallest value above
   * zero. Failing that, one found through a never-published cell of those sums.
   */
  private int partner(int c, String knower) {
    int best = best(c, knower);
    if (best >= 0) {
      return best;
    }
    for (int s : sumsOfCell[c]) {
      for (int m : sums.get(s)) {
        if (form[m] == Form.HELD && m != c) {
          int b = best(m, knower);
          if (b >= 0) {
            return b;
          }
        }
      }
    }
    return -1;
  }

  private int best(int c, String knower) {
    int best = -1;
    boolean bestTotal = true;
    for (int s : sumsOfCell[c]) {
      int[] sum = sums.get(s);
      for (int i = 0; i < sum.length; i++) {
        int m = sum[i];
        boolean hideable =
            (form[m] == Form.COUNT || form[m] == Form.RATE)
                && !hidden[m]
                && m != c
                && value[m] > 0 // a hidden zero is no cover: the sums give it straight back
                && (knower == null || !knower.equals(owner[m]));
        if (!hideable) {
          continue;
        }
        boolean total = i == 0;
        if (best < 0
            || bestTotal && !total
            || bestTotal == total
                && (value[m] < value[best]
                    || value[m] == value[best] && names.get(m).compareTo(names.get(best)) < 0)) {
          best = m;
          bestTotal = total;
        }
      }
    }
    return best;
  }

  /** The outsider's intervals: what is published, then every sum applied until none narrows. */
  private long[][] audit(Work work, long[][] into) {
    int n = names.size();
    long[] l = into[0];
    long[] h = into[1];
    for (int c = 0; c < n; c++) {
      l[c] = lo[c];
      h[c] = hi[c];
      switch (form[c]) {
        case OPEN -> l[c] = h[c] = value[c];
        case COUNT -> {
          if (!hidden[c]) {
            l[c] = h[c] = value[c];
          }
        }
        case RATE -> {
          if (!hidden[c]) {
            l[c] = Math.max(l[c], shownLo[c]);
            h[c] = Math.min(h[c], shownHi[c]);
          }
        }
        case HELD -> {}
      }
    }
    for (int[] f : floors) {
      for (int i = 2; i < f.length; i++) {
        if (!hidden[f[i]]) {
          l[f[0]] = Math.min(Math.max(l[f[0]], f[1]), h[f[0]]);
        }
      }
    }
    for (int s = 0; s < sums.size(); s++) {
      work.add(s);
    }
    long[][] b = into;
    propagate(work, b, null);
    return b;
  }

  /** Applies the queued sums, and those of every cell they narrow, until none narrows. */
  private void propagate(Work work, long[][] b, Saved saved) {
    long budget = 200L * Math.max(1, sums.size()) + 10_000;
    while (!work.isEmpty() && budget-- > 0) {
      apply(sums.get(work.poll()), b[0], b[1], saved, work);
    }
    work.clear(); // what the budget left queued
  }

  /** One sum applied both ways; the sums of each cell it narrowed are queued. */
  private static void apply(int[] sum, long[] l, long[] h, Saved saved, Work work) {
    int t = sum[0];
    long sumLo = 0;
    long sumHi = 0;
    int infinite = 0;
    for (int i = 1; i < sum.length; i++) {
      sumLo = Math.min(INF, sumLo + l[sum[i]]);
      if (h[sum[i]] >= INF) {
        infinite++;
      } else {
        sumHi += h[sum[i]];
      }
    }
    if (narrow(t, sumLo, infinite > 0 ? INF : sumHi, l, h, saved)) {
      work.cellChanged(t);
    }
    for (int i = 1; i < sum.length; i++) {
      int p = sum[i];
      boolean selfInfinite = h[p] >= INF;
      boolean othersInfinite = infinite - (selfInfinite ? 1 : 0) > 0;
      long othersHi = othersInfinite ? INF : sumHi - (selfInfinite ? 0 : h[p]);
      long othersLo = sumLo - l[p];
      long low = othersInfinite ? 0 : l[t] - othersHi;
      long high = h[t] >= INF ? INF : h[t] - othersLo;
      if (narrow(p, low, high, l, h, saved)) {
        work.cellChanged(p);
      }
    }
  }

  private static boolean narrow(int c, long low, long high, long[] l, long[] h, Saved saved) {
    // bounds that hold for the true values cannot cross; clamp so a rounding bound never does
    long newLo = Math.min(Math.max(l[c], low), h[c]);
    long newHi = Math.max(Math.min(h[c], high), newLo);
    if (newLo == l[c] && newHi == h[c]) {
      return false;
    }
    if (saved != null) {
      saved.keep(c, l[c], h[c]);
    }
    l[c] = newLo;
    h[c] = newHi;
    return true;
  }

  /**
   * The sums still to apply: a ring of sum ids, each in it at most once, made once for a solve (an
   * audit runs hundreds of times: a queue of boxed ids and a flag array each time was most of its
   * cost).
   */
  private static final class Work {
    private final int[] ring;
    private final boolean[] queued;
    private final int[][] sumsOfCell;
    private int head;
    private int size;

    Work(int sums, int[][] sumsOfCell) {
      this.ring = new int[Math.max(1, sums)];
      this.queued = new boolean[sums];
      this.sumsOfCell = sumsOfCell;
    }

    void add(int sum) {
      if (!queued[sum]) {
        queued[sum] = true;
        ring[(head + size++) % ring.length] = sum;
      }
    }

    /** Queues every sum the cell is in. */
    void cellChanged(int cell) {
      for (int s : sumsOfCell[cell]) {
        add(s);
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    int poll() {
      int s = ring[head];
      head = (head + 1) % ring.length;
      size--;
      queued[s] = false;
      return s;
    }

    void clear() {
      while (size > 0) {
        poll();
      }
    }
  }

  /** The bounds an owner's audit changed, kept to be put back: arrays made once for a solve. */
  private static final class Saved {
    private final boolean[] kept;
    private final long[] lo;
    private final long[] hi;
    final int[] ids;
    int count;

    Saved(int cells) {
      kept = new boolean[cells];
      lo = new long[cells];
      hi = new long[cells];
      ids = new int[cells];
    }

    void keep(int c, long low, long high) {
      if (!kept[c]) {
        kept[c] = true;
        lo[c] = low;
        hi[c] = high;
        ids[count++] = c;
      }
    }

    void restore(long[][] b) {
      for (int i = 0; i < count; i++) {
        int c = ids[i];
        b[0][c] = lo[c];
        b[1][c] = hi[c];
        kept[c] = false;
      }
      count = 0;
    }
  }
}
