package uk.ks1.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ks1.properties is read as Java properties, each entry with the line it starts on. */
class ConfigFileTest {
  @TempDir Path tmp;

  private ConfigFile read(String text) throws IOException {
    Path file = tmp.resolve("ks1.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return ConfigFile.read(file);
  }

  @Test
  void entriesKeepTheLineTheyStartOn() throws IOException {
    ConfigFile file =
        read(
            "# KS1 settings\n"
                + "\n"
                + "year = 2025\n"
                + "  ! another comment\n"
                + "strict-las: 330,\\\n"
                + "    801\n"
                + "http-port 9090\n"
                + "data=/srv/ks1 data\n");
    assertThat(file.entries())
        .containsExactly(
            new ConfigFile.Entry("year", "2025", 3),
            new ConfigFile.Entry("strict-las", "330,801", 5),
            new ConfigFile.Entry("http-port", "9090", 7),
            new ConfigFile.Entry("data", "/srv/ks1 data", 8));
  }

  @Test
  void aKeyGivenTwiceTakesItsLastValue() throws IOException {
    ConfigFile file = read("year=2024\nyear=2025\n");
    assertThat(file.get("year")).contains(new ConfigFile.Entry("year", "2025", 2));
    assertThat(file.get("kafka")).isEmpty();
  }

  @Test
  void aCommentEndingInABackslashDoesNotSwallowTheNextLine() throws IOException {
    assertThat(read("# folder: C:\\\nyear=2025\n").entries())
        .containsExactly(new ConfigFile.Entry("year", "2025", 2));
  }

  @Test
  void escapesAreReadAsJavaPropertiesReadThem() throws IOException {
    assertThat(read("data=caf\\u00e9 data\nhttp-host=caf\u00e9\n").entries())
        .extracting(ConfigFile.Entry::value)
        .containsExactly("caf\u00e9 data", "caf\u00e9");
  }

  @Test
  void aMalformedEscapeNamesItsLine() {
    assertThatThrownBy(() -> read("year=2025\ndata=\\uZZZZ\n"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("line 2 is not a property: Malformed \\uxxxx encoding");
  }
}
