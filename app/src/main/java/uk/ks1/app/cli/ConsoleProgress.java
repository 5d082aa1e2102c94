package uk.ks1.app.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a long command ({@code load}, {@code report packs}): on a terminal, a progress
 * bar (the progressbar library); otherwise (a log, a pipe) a line every 5 seconds and one at the
 * end, e.g. {@code Loaded 12/40 files}.
 */
final class ConsoleProgress implements AutoCloseable {
  private final PrintWriter out;
  private final String line;
  private final String task;
  private final String unit;
  private ProgressBar bar;
  private boolean closed;
  private long lastLine;

  /** {@code line}: the format of a line, given done and total ({@code "Loaded %d/%d files%n"}). */
  ConsoleProgress(PrintWriter out, String task, String unit, String line) {
    this.out = out;
    this.task = task;
    this.unit = unit;
    this.line = line;
  }

  void update(int done, int total) {
    if (closed) {
      return;
    }
    if (System.console() != null) {
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" " + unit, 1)
                .build();
      }
      bar.stepTo(done);
    } else if (System.nanoTime() - lastLine > 5_000_000_000L || done == total) {
      out.printf(line, done, total);
      out.flush();
      lastLine = System.nanoTime();
    }
  }

  @Override
  public void close() {
    if (bar != null && !closed) {
      bar.close();
    }
    closed = true;
  }
}
