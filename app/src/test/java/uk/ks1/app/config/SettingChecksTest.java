package uk.ks1.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Role;
import uk.ks1.core.collection.CollectionWindow;
import uk.ks1.reporting.access.AccessTokens;

/** Each check, with its exact message, and every problem of a command reported together. */
class SettingChecksTest {
  /** This academic year's summer is 2026, so 2027 is the latest year allowed. */
  private static final LocalDate TODAY = LocalDate.of(2025, 11, 24);

  private static final String HASH = AccessTokens.sha256("a token");

  @TempDir Path tmp;
  private Path data;
  private final Map<Setting, String> flags = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void dataFolder() {
    data = tmp.resolve("data");
    flags.put(Setting.DATA, data.toString());
  }

  private Settings settings(String command) {
    return Settings.of(command, SettingSources.read(flags, env), TODAY);
  }

  private List<String> problems(String command) {
    SettingProblems thrown = catchThrowableOfType(SettingProblems.class, () -> settings(command));
    assertThat(thrown).as("problems").isNotNull();
    return thrown.problems().stream().map(Problem::toString).toList();
  }

  private Path file(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void defaultsMakeTheConfigurationTheCommandsHadBefore() {
    Settings run = settings("run");
    assertThat(run.data()).isEqualTo(data);
    assertThat(run.pipeline())
        .isEqualTo(
            new Ks1Config(
                data.toAbsolutePath().normalize(),
                2026,
                null,
                300,
                Ks1Config.DEFAULT_POLL_MILLIS,
                50L * 1024 * 1024,
                Role.all(),
                Set.of(),
                CollectionWindow.ANY));
    assertThat(run.reporting().host()).isEqualTo("127.0.0.1");
    assertThat(run.reporting().port()).isEqualTo(8080);
    assertThat(run.reporting().tokens().size()).isZero();
    assertThat(run.reporting().defaultYear()).isEqualTo(2026);
    assertThat(settings("load").reporting()).isNull();
    assertThat(settings("sql").pipeline()).isNull();
    assertThat(data).doesNotExist();
  }

  @Test
  void valuesAreConverted() throws IOException {
    flags.putAll(
        Map.of(
            Setting.YEAR, "2023",
            Setting.KAFKA, "kafka:9092, 10.0.0.2:9093",
            Setting.MAX_FILE_MB, "2",
            Setting.SETTLE_MS, "0",
            Setting.STRICT_LAS, "330, 801,",
            Setting.ROLES, "aggregate,REPORTING",
            Setting.HTTP_HOST, "0.0.0.0",
            Setting.HTTP_PORT, "0",
            Setting.ACCESS_TOKENS,
                file("tokens.txt", "# hashed\n" + HASH + " la:330\n").toString()));
    flags.put(Setting.YEARS, "2022-2023");
    Settings run = settings("run");
    Ks1Config config = run.pipeline();
    assertThat(config.defaultYear()).isEqualTo(2023);
    assertThat(config.window()).isEqualTo(new CollectionWindow(2022, 2023));
    assertThat(config.kafkaBootstrap()).isEqualTo("kafka:9092, 10.0.0.2:9093");
    assertThat(config.maxFileBytes()).isEqualTo(2L * 1024 * 1024);
    assertThat(config.inboxSettleMillis()).isZero();
    assertThat(config.strictLas()).containsExactlyInAnyOrder("330", "801");
    assertThat(config.roles()).containsExactlyInAnyOrder(Role.AGGREGATE, Role.REPORTING);
    assertThat(run.reporting().host()).isEqualTo("0.0.0.0");
    assertThat(run.reporting().port()).isZero();
    assertThat(run.reporting().tokens().scopeOf("a token")).isPresent();
  }

  @Test
  void year() {
    flags.put(Setting.YEAR, "2011");
    assertThat(problems("load"))
        .containsExactly(
            "--year (or KS1_YEAR): '2011' is not a summer the KS1, Phonics and EYFSP code sets"
                + " cover: use a year from 2012 to 2027. Given on the command line.");
    flags.put(Setting.YEAR, "2028");
    assertThat(problems("load"))
        .singleElement()
        .asString()
        .startsWith("--year (or KS1_YEAR): '2028'");
    flags.remove(Setting.YEAR);
    env.put("KS1_YEAR", "twenty");
    assertThat(problems("load"))
        .containsExactly(
            "--year (or KS1_YEAR): 'twenty' is not a summer the KS1, Phonics and EYFSP code sets cover: use"
                + " a year from 2012 to 2027. Given by KS1_YEAR.");
  }

  @Test
  void numbersOutOfRangeOrNotNumbers() {
    flags.put(Setting.MAX_FILE_MB, "0");
    flags.put(Setting.SETTLE_MS, "-5");
    env.put("KS1_HTTP_PORT", "eighty");
    assertThat(problems("run"))
        .containsExactly(
            "--max-file-mb (or KS1_MAX_FILE_MB): '0' is not a whole number of MB from 1 to 1024."
                + " Given on the command line.",
            "--settle-ms (or KS1_SETTLE_MS): '-5' is not a whole number of milliseconds from 0 to"
                + " 60000. Given on the command line.",
            "--http-port (or KS1_HTTP_PORT): 'eighty' is not a port number from 0 to 65535. Given"
                + " by KS1_HTTP_PORT.");
    flags.put(Setting.MAX_FILE_MB, "1025");
    flags.put(Setting.SETTLE_MS, "1.5");
    flags.put(Setting.HTTP_PORT, "65536");
    assertThat(problems("run"))
        .containsExactly(
            "--max-file-mb (or KS1_MAX_FILE_MB): '1025' is not a whole number of MB from 1 to"
                + " 1024. Given on the command line.",
            "--settle-ms (or KS1_SETTLE_MS): '1.5' is not a whole number of milliseconds from 0 to"
                + " 60000. Given on the command line.",
            "--http-port (or KS1_HTTP_PORT): '65536' is not a port number from 0 to 65535. Given on"
                + " the command line.");
  }

  @Test
  void kafka() {
    env.put("KS1_KAFKA_BOOTSTRAP", "kafka:9092,broker2");
    assertThat(problems("delete"))
        .containsExactly(
            "--kafka (or KS1_KAFKA_BOOTSTRAP): 'kafka:9092,broker2' is not a list of Kafka"
                + " bootstrap servers: use HOST:PORT, several separated by commas, e.g."
                + " kafka:9092. Given by KS1_KAFKA_BOOTSTRAP.");
    env.put("KS1_KAFKA_BOOTSTRAP", "kafka:0");
    assertThat(problems("delete")).hasSize(1);
    env.put("KS1_KAFKA_BOOTSTRAP", "[::1]:9092,PLAINTEXT://localhost:32768");
    assertThat(settings("delete").pipeline().kafkaBootstrap())
        .isEqualTo("[::1]:9092,PLAINTEXT://localhost:32768");
  }

  @Test
  void theCollectionWindowIsAYearOrARangeTheCodeSetsCover() {
    for (String wrong : List.of("2023-2022", "2022/23", "2011-2012", "2028")) {
      flags.put(Setting.YEARS, wrong);
      assertThat(problems("load"))
          .containsExactly(
              "--years (or KS1_YEARS): '"
                  + wrong
                  + "' is not a year or a range of years (first-last) from 2012 to 2027, e.g."
                  + " 2023 or 2022-2023. Given on the command line.");
    }
    flags.put(Setting.YEARS, "2017");
    assertThat(settings("load").pipeline().window()).isEqualTo(new CollectionWindow(2017, 2017));
  }

  @Test
  void strictLasKeepTheirWording() throws IOException {
    Path config = file("ks1.properties", "strict-las=330,999, abc\n");
    flags.put(Setting.CONFIG, config.toString());
    assertThat(problems("load"))
        .containsExactly(
            "--strict-las (or KS1_STRICT_LAS): '999', 'abc' are not one of the 153 English LA"
                + " codes, e.g. 330 for Birmingham. Given in "
                + config
                + " line 1 (strict-las).");
    env.put("KS1_STRICT_LAS", "000");
    assertThat(problems("load"))
        .containsExactly(
            "--strict-las (or KS1_STRICT_LAS): '000' is not one of the 153 English LA codes, e.g."
                + " 330 for Birmingham. Given by KS1_STRICT_LAS.");
  }

  @Test
  void roles() {
    flags.put(Setting.ROLES, "ingest,validator,reports");
    assertThat(problems("run"))
        .containsExactly(
            "--roles (or KS1_ROLES): 'validator', 'reports' are not roles: use ingest, validate,"
                + " aggregate and/or reporting, separated by commas. Given on the command line.");
    flags.put(Setting.ROLES, ",");
    assertThat(problems("run"))
        .containsExactly(
            "--roles (or KS1_ROLES): ',' names no role: use ingest, validate, aggregate and/or"
                + " reporting, separated by commas. Given on the command line.");
    flags.remove(Setting.ROLES);
    env.put("KS1_ROLES", "ingest,reporting");
    assertThat(problems("run"))
        .containsExactly(
            "--roles (or KS1_ROLES): 'ingest,reporting' has reporting without aggregate: the"
                + " reporting role reads the store, so it runs with the aggregate role; add"
                + " aggregate. Given by KS1_ROLES.");
  }

  @Test
  void partOfThePipelineNeedsASharedClusterButTheDashboardCanBeLeftOut() {
    flags.put(Setting.ROLES, "ingest,validate");
    assertThat(problems("run"))
        .containsExactly(
            "--roles (or KS1_ROLES): 'ingest,validate' leaves part of the pipeline to another"
                + " process, which cannot reach this process's embedded broker: give both"
                + " processes --kafka HOST:PORT (a shared cluster), or run ingest, validate and"
                + " aggregate here. Given on the command line.");
    flags.put(Setting.ROLES, "ingest,validate,aggregate");
    assertThat(settings("run").pipeline().roles())
        .containsExactlyInAnyOrder(Role.INGEST, Role.VALIDATE, Role.AGGREGATE);
  }

  @Test
  void rolesWithoutReportingNeedNoTokens() {
    flags.put(Setting.KAFKA, "localhost:9092");
    flags.put(Setting.ROLES, "ingest,validate");
    flags.put(Setting.ACCESS_TOKENS, tmp.resolve("missing.txt").toString());
    Settings run = settings("run");
    assertThat(run.reporting()).isNull();
    assertThat(run.pipeline().roles()).containsExactlyInAnyOrder(Role.INGEST, Role.VALIDATE);
  }

  @Test
  void httpHost() {
    flags.put(Setting.HTTP_HOST, " ");
    assertThat(problems("run"))
        .containsExactly(
            "--http-host (or KS1_HTTP_HOST): ' ' is not an address to listen on: use an IP address"
                + " or host name, e.g. 127.0.0.1, or 0.0.0.0 for every address. Given on the"
                + " command line.");
  }

  @Test
  void accessTokensFile() throws IOException {
    Path missing = tmp.resolve("missing.txt");
    env.put("KS1_ACCESS_TOKENS_FILE", missing.toString());
    assertThat(problems("run"))
        .containsExactly(
            "--access-tokens (or KS1_ACCESS_TOKENS_FILE): '"
                + missing
                + "' is not a file: name a file of hashed access tokens (docs/api.md: Access). Given by"
                + " KS1_ACCESS_TOKENS_FILE.");
    Path bad = file("bad.txt", HASH + " la:330\nnot-a-hash national\n");
    env.put("KS1_ACCESS_TOKENS_FILE", bad.toString());
    assertThat(problems("run"))
        .containsExactly(
            "--access-tokens (or KS1_ACCESS_TOKENS_FILE): Access tokens in "
                + bad
                + " are not valid: entry 2: expected '<sha256 of the token, 64 hex digits>"
                + " la:<LA code>|national'. Given by KS1_ACCESS_TOKENS_FILE.");
  }

  @Test
  void accessTokensInTheDataFolderAreCheckedToo() throws IOException {
    Path tokens = file("data/access-tokens.txt", "la:330\n");
    assertThat(problems("run"))
        .containsExactly(
            "--access-tokens (or KS1_ACCESS_TOKENS_FILE): Access tokens in "
                + tokens
                + " are not valid: entry 1: expected '<sha256 of the token, 64 hex digits>"
                + " la:<LA code>|national'. This is the default.");
  }

  @Test
  void accessTokenEntriesComeAfterANamedFileAndBeforeTheConfigFile() throws IOException {
    Path named = file("named.txt", HASH + " national\n");
    Path config = file("ks1.properties", "access-tokens=" + tmp.resolve("missing.txt") + "\n");
    flags.put(Setting.CONFIG, config.toString());
    env.put("KS1_ACCESS_TOKENS", HASH + " la:330; " + AccessTokens.sha256("another") + " la:201");
    assertThat(settings("run").reporting().tokens().size()).isEqualTo(2);
    flags.put(Setting.ACCESS_TOKENS, named.toString());
    assertThat(settings("run").reporting().tokens().size()).isEqualTo(1);
    flags.remove(Setting.ACCESS_TOKENS);
    env.put("KS1_ACCESS_TOKENS", "la:330");
    assertThat(problems("run"))
        .containsExactly(
            "KS1_ACCESS_TOKENS: Access tokens in the variable are not valid: entry 1: expected"
                + " '<sha256 of the token, 64 hex digits> la:<LA code>|national'. Given by"
                + " KS1_ACCESS_TOKENS.");
  }

  @Test
  void dataFolderThatIsAFileOrCannotBeCreated() throws IOException {
    Path aFile = file("a-file", "not a folder");
    flags.put(Setting.DATA, aFile.toString());
    assertThat(problems("load"))
        .containsExactly(
            "--data (or KS1_DATA): '"
                + aFile
                + "' is a file, not a folder: give a folder this user can write to. Given on the"
                + " command line.");
    flags.put(Setting.DATA, aFile.resolve("data").toString());
    assertThat(problems("load"))
        .containsExactly(
            "--data (or KS1_DATA): '"
                + aFile.resolve("data")
                + "' cannot be created: "
                + aFile
                + " is not a folder this user can write to. Given on the command line.");
    // sql and report errors only read the folder: they say themselves when it holds nothing
    assertThat(settings("sql").data()).isEqualTo(aFile.resolve("data"));
  }

  @Test
  void pupilKeyIsNeverShown() throws IOException {
    env.put("KS1_PUPIL_KEY", "not base64!");
    assertThat(problems("rebuild"))
        .containsExactly(
            "KS1_PUPIL_KEY: the secret is not valid base64: use at least 16 random bytes in"
                + " base64, e.g. from 'openssl rand -base64 32'. Given by KS1_PUPIL_KEY.");
    env.put("KS1_PUPIL_KEY", "c2hvcnQ=");
    assertThat(problems("rebuild"))
        .containsExactly(
            "KS1_PUPIL_KEY: the secret is 5 byte(s), too short: use at least 16 random bytes in"
                + " base64, e.g. from 'openssl rand -base64 32'. Given by KS1_PUPIL_KEY.");
    env.remove("KS1_PUPIL_KEY");
    Path secret = file("data/pupil-key.secret", "c2hvcnQ=");
    assertThat(problems("rebuild"))
        .containsExactly(
            "KS1_PUPIL_KEY: the secret is 5 byte(s), too short: use at least 16 random bytes in"
                + " base64, e.g. from 'openssl rand -base64 32'. Given in "
                + secret
                + ".");
    Files.writeString(secret, "MDEyMzQ1Njc4OWFiY2RlZg==\n");
    assertThat(settings("rebuild").pipeline()).isNotNull();
  }

  @Test
  void everyProblemIsReportedTogetherFileProblemsFirst() throws IOException {
    Path config =
        file("ks1.properties", "year=2011\nsettle-ms = slow\nhttp-prot=8080\nroles=reporting\n");
    flags.putAll(
        Map.of(
            Setting.CONFIG, config.toString(),
            Setting.MAX_FILE_MB, "lots",
            Setting.STRICT_LAS, "999"));
    env.putAll(Map.of("KS1_HTTP_PORT", "-1", "KS1_PUPIL_KEY", "c2hvcnQ="));
    SettingProblems thrown = catchThrowableOfType(SettingProblems.class, () -> settings("run"));
    assertThat(thrown.getMessage())
        .isEqualTo(
            String.join(
                "\n",
                config + " line 3: 'http-prot' is not a setting: did you mean http-port?",
                "--year (or KS1_YEAR): '2011' is not a summer the KS1, Phonics and EYFSP code sets cover: use"
                    + " a year from 2012 to 2027. Given in "
                    + config
                    + " line 1 (year).",
                "--max-file-mb (or KS1_MAX_FILE_MB): 'lots' is not a whole number of MB from 1 to"
                    + " 1024. Given on the command line.",
                "--settle-ms (or KS1_SETTLE_MS): 'slow' is not a whole number of milliseconds from"
                    + " 0 to 60000. Given in "
                    + config
                    + " line 2 (settle-ms).",
                "--strict-las (or KS1_STRICT_LAS): '999' is not one of the 153 English LA codes,"
                    + " e.g. 330 for Birmingham. Given on the command line.",
                "KS1_PUPIL_KEY: the secret is 5 byte(s), too short: use at least 16 random bytes"
                    + " in base64, e.g. from 'openssl rand -base64 32'. Given by KS1_PUPIL_KEY.",
                "--roles (or KS1_ROLES): 'reporting' has reporting without aggregate: the"
                    + " reporting role reads the store, so it runs with the aggregate role; add"
                    + " aggregate. Given in "
                    + config
                    + " line 4 (roles).",
                "--http-port (or KS1_HTTP_PORT): '-1' is not a port number from 0 to 65535. Given"
                    + " by KS1_HTTP_PORT.",
                "ks1 run did not start: 8 problems in its settings. Nothing was started; correct"
                    + " them and start again (docs/configuration.md)."));
  }

  @Test
  void onlyTheSettingsACommandTakesAreChecked() {
    flags.put(Setting.HTTP_PORT, "not a port");
    env.put("KS1_YEAR", "1066");
    assertThat(settings("sql").data()).isEqualTo(data);
    assertThat(problems("load")).hasSize(1);
    assertThat(problems("run")).hasSize(2);
  }
}
