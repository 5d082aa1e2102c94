package uk.ks1.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ks1.app.pipeline.Ks1Config;

/**
 * {@code ./ks1 sql "SELECT ..."}: a query on the analysts' snapshot (read-only, no pupil
 * identities), which works while the service runs. Prints an aligned table, or CSV.
 */
@Command(
    name = "sql",
    description = "Run a SQL query on the analysts' snapshot (data/analytics/ks1.duckdb).",
    modelTransformer = SettingOptions.class)
public final class SqlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--csv", description = "Print CSV instead of an aligned table")
  boolean csv;

  @Parameters(paramLabel = "SQL", description = "The query")
  String query;

  @Override
  public Integer call() throws Exception {
    Path data = SettingOptions.settings(spec).data();
    Path snapshot = Ks1Config.snapshotIn(data);
    if (!Files.exists(snapshot)) {
      spec.commandLine()
          .getErr()
          .println(
              "No snapshot at "
                  + snapshot
                  + ": run `./ks1 load` or `./ks1 run` on this data folder first.");
      return 2;
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      print(rows(rs));
    } catch (SQLException e) {
      // the analyst's query: DuckDB's own message says what is wrong and where (no stack trace)
      spec.commandLine().getErr().println("The query failed: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private static List<String[]> rows(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[meta.getColumnCount()];
    for (int i = 0; i < header.length; i++) {
      header[i] = meta.getColumnLabel(i + 1);
    }
    rows.add(header);
    while (rs.next()) {
      String[] row = new String[header.length];
      for (int i = 0; i < row.length; i++) {
        String v = rs.getString(i + 1);
        row[i] = v == null ? "" : v;
      }
      rows.add(row);
    }
    return rows;
  }

  private void print(List<String[]> rows) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (csv) {
      // Commons CSV quotes what needs quoting (commas, quotes, any line break); no formula guard:
      // this is the analyst's own query, printed as the store holds it
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
      for (String[] row : rows) {
        printer.printRecord((Object[]) row);
      }
      printer.flush();
      return;
    }
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        line.append(i > 0 ? "  " : "").append(String.format("%-" + width[i] + "s", rows.get(r)[i]));
      }
      out.println(line.toString().stripTrailing());
      if (r == 0) {
        out.println("-".repeat(line.toString().stripTrailing().length()));
      }
    }
    out.println("(" + (rows.size() - 1) + " row" + (rows.size() == 2 ? ")" : "s)"));
  }
}
