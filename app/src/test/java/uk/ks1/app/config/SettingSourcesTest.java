package uk.ks1.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Precedence: the command line, then the environment, then the config file, then the default; and
 * which config file is read. The environment is a map here, never the real one.
 */
class SettingSourcesTest {
  @TempDir Path tmp;

  private Path file(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Every setting that an option, a variable and a file can all give. */
  static Stream<Setting> everySource() {
    return Arrays.stream(Setting.values())
        .filter(s -> s.flag().isPresent() && s.key().isPresent() && s != Setting.DATA);
  }

  @ParameterizedTest
  @MethodSource("everySource")
  void theOptionWinsOverTheVariableWhichWinsOverTheFileWhichWinsOverTheDefault(Setting s)
      throws IOException {
    Path config = file("ks1.properties", s.key().get() + "=from-file\n");
    Map<Setting, String> flags = new HashMap<>(Map.of(Setting.CONFIG, config.toString()));
    Map<String, String> env = new HashMap<>();

    flags.put(s, "from-flag");
    env.put(s.env(), "from-env");
    assertThat(SettingSources.read(flags, env).value(s))
        .contains(new SettingValue(s, "from-flag", Origin.flag(s.flag().get())));

    flags.remove(s);
    assertThat(SettingSources.read(flags, env).value(s))
        .contains(new SettingValue(s, "from-env", Origin.env(s.env())));

    env.remove(s.env());
    assertThat(SettingSources.read(flags, env).value(s))
        .contains(new SettingValue(s, "from-file", Origin.file(config, 1, s.key().get())));

    Files.writeString(config, "# nothing\n");
    assertThat(SettingSources.read(flags, env).value(s))
        .isEqualTo(s.defaultValue().map(d -> new SettingValue(s, d, Origin.byDefault())));
  }

  @Test
  void aBlankVariableOrFileValueCountsAsNotGivenButABlankOptionIsGiven() throws IOException {
    Path config = file("ks1.properties", "kafka=\nhttp-host=0.0.0.0\n");
    Map<String, String> env =
        Map.of("KS1_CONFIG", config.toString(), "KS1_HTTP_HOST", " ", "KS1_KAFKA_BOOTSTRAP", "");
    SettingSources sources = SettingSources.read(Map.of(), env);
    assertThat(sources.value(Setting.HTTP_HOST).map(SettingValue::text)).contains("0.0.0.0");
    assertThat(sources.value(Setting.KAFKA)).isEmpty();
    assertThat(SettingSources.read(Map.of(Setting.KAFKA, ""), env).value(Setting.KAFKA))
        .contains(new SettingValue(Setting.KAFKA, "", Origin.flag("--kafka")));
  }

  @Test
  void theDataFoldersOwnKs1PropertiesIsReadWhenNoFileIsNamed() throws IOException {
    Path data = tmp.resolve("data");
    Path config = file("data/ks1.properties", "http-port=9090\n");
    SettingSources byFlag = SettingSources.read(Map.of(Setting.DATA, data.toString()), Map.of());
    assertThat(byFlag.configFile()).contains(config);
    assertThat(byFlag.value(Setting.HTTP_PORT).map(SettingValue::text)).contains("9090");
    SettingSources byEnv = SettingSources.read(Map.of(), Map.of("KS1_DATA", data.toString()));
    assertThat(byEnv.configFile()).contains(config);
    assertThat(byEnv.problems()).isEmpty();
  }

  @Test
  void noFileIsReadWhenTheDataFolderHasNone() {
    SettingSources sources =
        SettingSources.read(Map.of(Setting.DATA, tmp.resolve("new").toString()), Map.of());
    assertThat(sources.configFile()).isEmpty();
    assertThat(sources.problems()).isEmpty();
    assertThat(sources.value(Setting.HTTP_PORT))
        .contains(new SettingValue(Setting.HTTP_PORT, "8080", Origin.byDefault()));
  }

  @Test
  void aNamedFileIsReadInsteadOfTheDataFoldersAndCanGiveTheDataFolder() throws IOException {
    Path data = tmp.resolve("elsewhere");
    Path named = file("etc/ks1.properties", "data=" + data + "\nyear=2024\n");
    file("data/ks1.properties", "year=2023\n");
    SettingSources sources =
        SettingSources.read(
            Map.of(), Map.of("KS1_CONFIG", named.toString(), "KS1_DATA", tmp + "/data"));
    assertThat(sources.configFile()).contains(named);
    assertThat(sources.value(Setting.YEAR).map(SettingValue::text)).contains("2024");
    // the variable still wins over the file
    assertThat(sources.value(Setting.DATA).map(SettingValue::text)).contains(tmp + "/data");
    assertThat(
            SettingSources.read(Map.of(Setting.CONFIG, named.toString()), Map.of())
                .value(Setting.DATA))
        .contains(new SettingValue(Setting.DATA, data.toString(), Origin.file(named, 1, "data")));
  }

  @Test
  void theDataFoldersOwnFileCannotMoveIt() throws IOException {
    Path data = tmp.resolve("data");
    Path config = file("data/ks1.properties", "year=2024\ndata=/somewhere/else\n");
    SettingSources sources = SettingSources.read(Map.of(Setting.DATA, data.toString()), Map.of());
    assertThat(sources.value(Setting.DATA).map(SettingValue::text)).contains(data.toString());
    assertThat(sources.problems())
        .extracting(Problem::toString)
        .containsExactly(
            config
                + " line 2: 'data' cannot be set in the data folder's own ks1.properties: name the"
                + " file with --config (or KS1_CONFIG), or give the folder with --data (or"
                + " KS1_DATA).");
  }

  @Test
  void aNamedFileThatIsMissingIsAProblem() {
    Path missing = tmp.resolve("missing.properties");
    assertThat(SettingSources.read(Map.of(), Map.of("KS1_CONFIG", missing.toString())).problems())
        .extracting(Problem::toString)
        .containsExactly(
            "--config (or KS1_CONFIG): '"
                + missing
                + "' is not a file: name a ks1.properties file. Given by KS1_CONFIG.");
  }

  @Test
  void unknownKeysAreProblemsWithTheNearestKeySuggested() throws IOException {
    Path config =
        file(
            "ks1.properties",
            "htp-port=8080\nKS1_KAFKA_BOOTSTRAP=kafka:9092\nmaxFileMb=10\nKS1_PUPIL_KEY=x\n"
                + "colour=blue\nhttp-port=8081\n");
    SettingSources sources =
        SettingSources.read(Map.of(Setting.CONFIG, config.toString()), Map.of());
    assertThat(sources.problems())
        .extracting(Problem::toString)
        .containsExactly(
            config + " line 1: 'htp-port' is not a setting: did you mean http-port?",
            config + " line 2: 'KS1_KAFKA_BOOTSTRAP' is not a setting: did you mean kafka?",
            config + " line 3: 'maxFileMb' is not a setting: did you mean max-file-mb?",
            config
                + " line 4: 'KS1_PUPIL_KEY' is not a setting a config file can hold: use"
                + " KS1_PUPIL_KEY.",
            config
                + " line 5: 'colour' is not a setting: the keys are data, year, years, kafka, max-file-mb,"
                + " settle-ms, strict-las, deadlines, retention, roles, http-host, http-port, intake-stall-s, access-tokens.");
  }
}
