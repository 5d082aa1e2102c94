package uk.ks1.app.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.reporting.figures.FigureEndpoints;
import uk.ks1.reporting.figures.PublishedCells;
import uk.ks1.reporting.figures.SummaryReader;

/**
 * {@code ./ks1 bench published}: how long the published view (docs/disclosure.md) takes on a store,
 * each collection's latest year: worked out afresh, as the first anonymous request after a start
 * has it worked out, then revised with nothing changed, the least a revision after a batch costs
 * (one audit of the whole country, every LA's with it); and the heap meanwhile.
 */
public final class PublishedBench {
  /** One collection's view: its size and times; {@code sameCells}, the revision hid the same. */
  public record Result(
      String collection,
      int year,
      int cells,
      int hidden,
      int unprotectable,
      double afreshSeconds,
      double revisedSeconds,
      boolean sameCells) {}

  private PublishedBench() {}

  /** Times every collection with figures in the store {@code c}; the revision {@code repeats}. */
  public static List<Result> run(
      Connection c, List<CollectionDefinition> collections, int repeats, PrintStream out)
      throws SQLException {
    List<Result> results = new ArrayList<>();
    try (HeapSampler heap = new HeapSampler()) {
      out.printf(
          Locale.ROOT, "%nPublished view, worked out afresh and revised with nothing changed%n");
      for (CollectionDefinition d : collections) {
        OptionalInt latest = SummaryReader.latestYear(c, d);
        if (latest.isEmpty()) {
          out.printf(Locale.ROOT, "  %-8s no figures%n", d.id());
          continue;
        }
        int year = latest.getAsInt();
        FigureEndpoints.Inputs in = FigureEndpoints.Inputs.read(c, d, year);
        long t0 = System.nanoTime();
        PublishedCells afresh = in.publishedView(null);
        double afreshSeconds = (System.nanoTime() - t0) / 1e9;
        double best = Double.MAX_VALUE;
        PublishedCells revised = afresh;
        for (int i = 0; i < Math.max(1, repeats); i++) {
          long t1 = System.nanoTime();
          revised = in.publishedView(afresh);
          best = Math.min(best, (System.nanoTime() - t1) / 1e9);
        }
        Result result =
            new Result(
                d.id(),
                year,
                afresh.cellCount(),
                afresh.hiddenNames().size(),
                afresh.unprotectable().size(),
                afreshSeconds,
                best,
                revised.hiddenNames().equals(afresh.hiddenNames()));
        results.add(result);
        out.printf(
            Locale.ROOT,
            "  %-8s %d: %,d cells, %,d hidden, %,d unprotectable; afresh %.2f s, revised %.2f s"
                + " (best of %d), the same cells: %s%n",
            d.id(),
            year,
            result.cells(),
            result.hidden(),
            result.unprotectable(),
            afreshSeconds,
            best,
            Math.max(1, repeats),
            result.sameCells() ? "yes" : "NO");
      }
      out.printf(
          Locale.ROOT,
          "  peak heap %d MB of %d MB%n",
          heap.peakBytes() / (1024 * 1024),
          HeapSampler.maxHeapBytes() / (1024 * 1024));
    }
    return results;
  }
}
