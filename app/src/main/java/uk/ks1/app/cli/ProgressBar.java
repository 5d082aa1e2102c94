package uk.ks1.app.cli;

import java.io.PrintWriter;

/**
 * A progress bar on the terminal's error stream, redrawn in place ({@code \r}): {@code Packs
 * [##########----------] 5 of 10}. It ends its line when the work is done, so what follows starts
 * on a line of its own.
 */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final String label;

  ProgressBar(PrintWriter out, String label) {
    this.out = out;
    this.label = label;
  }

  void show(int done, int of) {
    int filled = of == 0 ? WIDTH : (int) ((long) WIDTH * done / of);
    out.print(
        "\r"
            + label
            + " ["
            + "#".repeat(filled)
            + "-".repeat(WIDTH - filled)
            + "] "
            + done
            + " of "
            + of);
    if (done >= of) {
      out.println();
    }
    out.flush();
  }
}
