package uk.ks1.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration table of docs/configuration.md, generated from {@link Setting} so the two
 * cannot drift: {@code ConfigurationDocTest} fails when the page differs, and {@link #main} (or
 * that test with {@code -Dks1.docs.write=true}) rewrites the table between the markers.
 */
public final class ConfigurationMarkdown {
  /** The page holding the table, relative to the repository's root. */
  public static final String DOC = "docs/configuration.md";

  public static final String START =
      "<!-- configuration: generated from Setting (ConfigurationMarkdown), do not edit -->";
  public static final String END = "<!-- end of configuration -->";

  private ConfigurationMarkdown() {}

  /** The markdown table: one row per setting, in the catalogue's order. */
  public static String table(List<Setting> settings) {
    StringBuilder md = new StringBuilder();
    md.append("| key in ks1.properties | option | environment | default | commands | what |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Setting s : settings) {
      md.append("| ")
          .append(s.key().map(k -> "`" + k + "`").orElse(""))
          .append(" | ")
          .append(s.flag().map(f -> "`" + f + " " + s.paramLabel() + "`").orElse(""))
          .append(" | `")
          .append(s.env())
          .append("` | ")
          .append(s.defaultValue().map(d -> "`" + d + "`").orElse(cell(s.defaultText())))
          .append(" | ")
          .append(
              s.commands().equals(Setting.Commands.ALL)
                  ? "all but generate and bench"
                  : String.join(", ", s.commands()))
          .append(" | ")
          .append(cell(s.description()))
          .append(" |\n");
    }
    return md.toString();
  }

  /** {@code doc} with the table between the markers replaced by the catalogue's. */
  public static String updated(String doc) {
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          DOC + " has no configuration markers: put " + START + " and " + END + " around it");
    }
    return doc.substring(0, start + START.length())
        + "\n"
        + table(List.of(Setting.values()))
        + doc.substring(end);
  }

  /** Rewrites the table in {@code args[0]}, default {@link #DOC}. */
  public static void main(String[] args) throws IOException {
    Path doc = Path.of(args.length > 0 ? args[0] : DOC);
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    Files.writeString(doc, updated(text), StandardCharsets.UTF_8);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;");
  }
}
