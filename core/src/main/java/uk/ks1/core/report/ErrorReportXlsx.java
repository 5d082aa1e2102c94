package uk.ks1.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.ks1.core.text.FormulaGuard;

/**
 * Writes an {@link ErrorReport} as a workbook: a bold, frozen, filterable header and one row per
 * problem. Every cell is a text cell, never a formula; text that a spreadsheet would take for a
 * formula also gets the quote-prefix style, as Excel gives text typed with a leading apostrophe.
 */
public final class ErrorReportXlsx {
  private static final int[] WIDTHS = {30, 6, 22, 18, 8, 9, 80, 50};

  private ErrorReportXlsx() {}

  public static void write(Path file, ErrorReport report) throws IOException {
    List<SheetWriter.Row> rows = new ArrayList<>(report.lines().size() + 1);
    rows.add(
        new SheetWriter.Row(
            ErrorReport.COLUMNS,
            Collections.nCopies(ErrorReport.COLUMNS.size(), SheetWriter.HEADER)));
    for (ErrorReport.Line line : report.lines()) {
      List<String> cells = line.cells();
      List<Integer> styles = new ArrayList<>(cells.size());
      for (String value : cells) {
        styles.add(FormulaGuard.risky(value) ? SheetWriter.QUOTED : SheetWriter.WRAP);
      }
      rows.add(new SheetWriter.Row(cells, styles));
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      SheetWriter.write(out, "Problems", WIDTHS, rows);
    }
  }
}
