package uk.ks1.aggregate.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One numbered step of the store's schema: a SQL script under {@code migrations/}, run once, in one
 * transaction with the {@code schema_version} row that records it. A script is statements separated
 * by {@code ;} (none inside a string) with whole-line {@code --} comments.
 */
public record Migration(int version, String description, String script) {

  /** The script's statements, in order. */
  public List<String> statements() {
    return statements(script);
  }

  static List<String> statements(String script) {
    String sql;
    try (InputStream in = Migration.class.getResourceAsStream("migrations/" + script)) {
      if (in == null) {
        throw new IllegalStateException("No migration script migrations/" + script);
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String code =
        sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
    return Arrays.stream(code.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
