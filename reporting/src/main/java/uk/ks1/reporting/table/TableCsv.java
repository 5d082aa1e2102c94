package uk.ks1.reporting.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.ks1.core.text.FormulaGuard;

/**
 * A table as CSV: UTF-8 with a byte-order mark (so Excel reads accents right), RFC 4180 quoting,
 * formula-like cells defused.
 */
public final class TableCsv {
  private TableCsv() {}

  public static void write(Table table, Path file) throws IOException {
    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write('\uFEFF');
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get())) {
      for (var row : table.rows()) {
        csv.printRecord(row.stream().map(FormulaGuard::forCsv).toList());
      }
    }
  }
}
