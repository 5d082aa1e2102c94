package uk.ks1.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.Ks1;

/** {@code ./ks1 sql} on a snapshot: the answer as a table, a bad query as DuckDB's own words. */
class SqlCommandTest {
  @TempDir Path data;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void snapshot() throws Exception {
    Path snapshot = Files.createDirectories(data.resolve("analytics")).resolve("ks1.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE las AS SELECT * FROM (VALUES ('330', 'Birmingham')) t(code, name)");
    }
  }

  private int sql(String query) {
    return Ks1.execute(
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        "sql",
        "--data",
        data.toString(),
        "--csv",
        query);
  }

  @Test
  void printsTheAnswer() {
    assertThat(sql("SELECT code, name FROM las")).isZero();
    assertThat(out.toString()).isEqualToNormalizingNewlines("code,name\n330,Birmingham\n");
  }

  @Test
  void aQueryDuckDbCannotRunIsItsMessageNotAStackTrace() {
    assertThat(sql("SELEC code FROM las")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("The query failed: Parser Error: syntax error at or near \"SELEC\"")
        .doesNotContain("\tat ")
        .doesNotContain("SQLException");
    assertThat(out.toString()).isEmpty();
  }
}
