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
 * README's configuration table is the catalogue's: this fails when they differ. To rewrite README
 * after changing a setting: {@code mvn -B -o -pl app -am test -Dtest=ConfigurationReadmeTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dks1.readme.write=true}.
 */
class ConfigurationReadmeTest {
  @TempDir Path tmp;

  @Test
  void readmeListsExactlyTheCatalogue() throws IOException {
    Path readme = readme();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String expected = ConfigurationMarkdown.updated(text);
    if (Boolean.getBoolean("ks1.readme.write") && !text.equals(expected)) {
      Files.writeString(readme, expected, StandardCharsets.UTF_8);
      text = expected;
    }
    assertThat(text)
        .as(
            "README's configuration table differs from the catalogue (uk.ks1.app.config.Setting):"
                + " rerun ConfigurationReadmeTest with -Dks1.readme.write=true to regenerate it, or"
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
                + " load, rebuild, delete |");
  }

  @Test
  void readmesExampleFileHoldsOnlySettings() throws IOException {
    String text = Files.readString(readme(), StandardCharsets.UTF_8);
    int start = text.indexOf("```properties\n", text.indexOf("## Configuration"));
    assertThat(start).as("an example ks1.properties in README's Configuration").isPositive();
    String example = text.substring(start + 14, text.indexOf("```", start + 14));
    Path file = tmp.resolve("ks1.properties");
    Files.writeString(file, example, StandardCharsets.UTF_8);
    SettingSources sources = SettingSources.read(Map.of(Setting.CONFIG, file.toString()), Map.of());
    assertThat(sources.problems()).isEmpty();
    assertThat(ConfigFile.read(file).entries()).extracting(ConfigFile.Entry::key).isNotEmpty();
  }

  /** The repository's README: the module's parent folder when run by Maven. */
  private static Path readme() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("README.md above " + Path.of("").toAbsolutePath()).isNotNull();
    return dir.resolve("README.md");
  }
}
