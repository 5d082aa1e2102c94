package uk.ks1.app.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a report command: on a terminal, the progress bar {@code load} shows (the progressbar
 * library); otherwise (a log, a pipe) a line every 5 seconds and one at the end, {@code Packs: 12
 * of 40 schools}.
 */
final class ProgressBar {
  private final PrintWriter out;
  private final String label;
  private final String unit;
  private me.tongfei.progressbar.ProgressBar bar;
  private long lastLine;

  ProgressBar(PrintWriter out, String label, String unit) {
    this.out = out;
    this.label = label;
    this.unit = unit;
  }

  void show(int done, int of) {
    if (System.console() != null) {
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(of)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" " + unit, 1)
                .build();
      }
      bar.stepTo(done);
      if (done >= of) {
        bar.close();
      }
      return;
    }
    if (System.nanoTime() - lastLine > 5_000_000_000L || done >= of) {
      out.printf("%s: %d of %d %s%n", label, done, of, unit);
      out.flush();
      lastLine = System.nanoTime();
    }
  }
}
