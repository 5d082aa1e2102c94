package uk.ks1.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration table in docs/configuration.md is the catalogue's: this fails when they differ.
 * To rewrite it after changing a setting: {@code mvn -B -o -pl app -am test
 * -Dtest=ConfigurationDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dks1.docs.write=true}.
 */
class ConfigurationDocTest {
  @TempDir Path tmp;

  @Test
  void docListsExactlyTheCatalogue() throws IOException {
    Path doc = doc();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    String expected = ConfigurationMarkdown.updated(text);
    if (Boolean.getBoolean("ks1.docs.write") && !text.equals(expected)) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
      text = expected;
    }
    assertThat(text)
        .as(
            ConfigurationMarkdown.DOC
                + "'s configuration table differs from the catalogue (uk.ks1.app.config.Setting):"
                + " rerun ConfigurationDocTest with -Dks1.docs.write=true to regenerate it, or"
                + " run ConfigurationMarkdown's main in the repository's folder")
        .isEqualTo(expected);
  }

  @Test
  void theTableHasOneRowPerSettingInCatalogueOrder() {
    String table = ConfigurationMarkdown.table(List.of(Setting.values()));
    assertThat(table.lines().skip(2).toList()).hasSize(Setting.values().length);
    assertThat(table)
        .contains(
            "| `http-port` | `--http-port N` | `KS1_HTTP_PORT` | `8080` | run | port of the"
                + " dashboard and API (0 to 65535; 0 picks a free one) |")
        .contains(
            "|  |  | `KS1_PUPIL_KEY` | &lt;data>/pupil-key.secret, created on first start | run,"
                + " load, rebuild, delete, schools import, schools set, schools overlay, confirm |");
  }

  @Test
  void docsExampleFileHoldsOnlySettings() throws IOException {
    String text = Files.readString(doc(), StandardCharsets.UTF_8);
    int start = text.indexOf("```properties\n", text.indexOf("## The config file"));
    assertThat(start)
        .as("an example ks1.properties in " + ConfigurationMarkdown.DOC + "'s The config file")
        .isPositive();
    String example = text.substring(start + 14, text.indexOf("```", start + 14));
    Path file = tmp.resolve("ks1.properties");
    Files.writeString(file, example, StandardCharsets.UTF_8);
    SettingSources sources = SettingSources.read(Map.of(Setting.CONFIG, file.toString()), Map.of());
    assertThat(sources.problems()).isEmpty();
    assertThat(ConfigFile.read(file).entries()).extracting(ConfigFile.Entry::key).isNotEmpty();
  }

  /** The repository's docs/configuration.md: under the module's parent folder when run by Maven. */
  private static Path doc() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(ConfigurationMarkdown.DOC))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as(ConfigurationMarkdown.DOC + " above " + Path.of("").toAbsolutePath())
        .isNotNull();
    return dir.resolve(ConfigurationMarkdown.DOC);
  }
}
