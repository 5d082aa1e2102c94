package uk.ks1.reporting.reports;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.reporting.figures.Published;

/**
 * The gap-analysis bar chart for a PDF: % who met the standard in each measure, for the subject of
 * the report beside its LA, region and England. A suppressed or unavailable figure is left out (no
 * bar), never drawn as zero.
 */
final class GapChart {
  /** GOV.UK colours: blue, turquoise, purple, dark grey. */
  private static final Color[] COLOURS = {
    new Color(0x1d70b8), new Color(0x28a197), new Color(0x4c2c92), new Color(0x505a5f)
  };

  private GapChart() {}

  static byte[] png(CollectionReporting collection, List<Published> series, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Published p : series) {
      for (ReportedMeasure m : collection.measures()) {
        Object pct = p.measure(m.key()).metPct();
        data.addValue(pct instanceof Number n ? n.doubleValue() : null, p.name(), m.shortLabel());
      }
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "% reaching " + collection.stats().metMeaning(),
            null,
            "%",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xb1b4b6));
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
