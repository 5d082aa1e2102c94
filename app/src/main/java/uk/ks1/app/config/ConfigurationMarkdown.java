package uk.ks1.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * README's configuration table, generated from {@link Setting} so the two cannot drift: {@code
 * ConfigurationReadmeTest} fails when README differs, and {@link #main} (or that test with {@code
 * -Dks1.readme.write=true}) rewrites the table between the markers.
 */
public final class ConfigurationMarkdown {
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

  /** {@code readme} with the table between the markers replaced by the catalogue's. */
  public static String updated(String readme) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "README has no configuration markers: put " + START + " and " + END + " around it");
    }
    return readme.substring(0, start + START.length())
        + "\n"
        + table(List.of(Setting.values()))
        + readme.substring(end);
  }

  /** Rewrites the table in README ({@code args[0]}, default {@code README.md}). */
  public static void main(String[] args) throws IOException {
    Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Files.writeString(readme, updated(text), StandardCharsets.UTF_8);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;");
  }
}
