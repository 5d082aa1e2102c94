package uk.ks1.app.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.ks1.app.pipeline.PupilKeySecret;

/**
 * Every setting of the commands that run the pipeline or read its data folder, in one catalogue:
 * its option, environment variable and config-file key (each may be absent), default, the commands
 * that use it and what it is. The options are added to the commands from here ({@code
 * SettingOptions}) and the configuration table in docs/configuration.md is generated from here
 * ({@link ConfigurationMarkdown}). A value is taken from the option, else the environment variable,
 * else the config file, else the default.
 */
public enum Setting {
  CONFIG(
      "--config",
      "FILE",
      "KS1_CONFIG",
      null,
      null,
      "<data>/ks1.properties when present",
      Commands.ALL,
      "a settings file: key=value lines (Java properties), each key a setting, e.g. http-port=9090"),
  DATA(
      "--data",
      "DIR",
      "KS1_DATA",
      "data",
      "data",
      null,
      Commands.ALL,
      "the data folder: inbox/, done/, failed/, kafka/, ks1.duckdb"),
  YEAR(
      "--year",
      "YYYY",
      "KS1_YEAR",
      "year",
      null,
      "summer of the current academic year",
      Commands.PIPELINE,
      "collection year for files that do not state one (CTFs state their own)"),
  YEARS(
      "--years",
      "YYYY[-YYYY]",
      "KS1_YEARS",
      "years",
      null,
      "any year",
      Commands.PIPELINE,
      "the collection window: assessment years (summers) files are taken for, e.g. 2023 or"
          + " 2022-2023; a file for another year is an upload error (F06)"),
  KAFKA(
      "--kafka",
      "HOST:PORT,...",
      "KS1_KAFKA_BOOTSTRAP",
      "kafka",
      null,
      "embedded broker",
      Commands.PIPELINE,
      "bootstrap servers of a real Kafka cluster"),
  MAX_FILE_MB(
      "--max-file-mb",
      "N",
      "KS1_MAX_FILE_MB",
      "max-file-mb",
      "50",
      null,
      Commands.PIPELINE,
      "largest file accepted, in MB ("
          + PipelineChecks.MAX_FILE_MB_MIN
          + " to "
          + PipelineChecks.MAX_FILE_MB_MAX
          + ")"),
  SETTLE_MS(
      "--settle-ms",
      "N",
      "KS1_SETTLE_MS",
      "settle-ms",
      "300",
      null,
      Commands.PIPELINE,
      "a dropped file is read once unchanged this many milliseconds (0 to "
          + PipelineChecks.SETTLE_MS_MAX
          + "; the inbox is looked at every 50 ms)"),
  STRICT_LAS(
      "--strict-las",
      "LA,...",
      "KS1_STRICT_LAS",
      "strict-las",
      null,
      "none",
      Commands.PIPELINE,
      "LA codes in strict mode: a school's submission with any error is rejected whole and its"
          + " earlier data stays (see docs/rules.md, Strict mode)"),
  DEADLINES(
      "--deadlines",
      "C=DATE,...",
      "KS1_DEADLINES",
      "deadlines",
      null,
      "none",
      Commands.PIPELINE,
      "each collection's deadline for returns, and an LA's where it differs: e.g."
          + " PHONICS=2026-06-26,EYFSP=2026-06-30,EYFSP@330=2026-07-03 (after it, a school not"
          + " received or with errors is overdue)"),
  RETENTION(
      "--retention",
      "WHAT=YEARS,...",
      "KS1_RETENTION",
      "retention",
      null,
      "identities=2,files=2",
      List.of("run", "retire"),
      "the retention schedule's settable rows: whole years from 31 August of the summer that pupil"
          + " identities (store and log) and original files with their reports are kept, e.g."
          + " identities=2,files=1 (files no longer than identities; see docs/personal-data.md)"),
  PUPIL_KEY(
      null,
      null,
      PupilKeySecret.ENV,
      null,
      null,
      "<data>/pupil-key.secret, created on first start",
      Commands.PIPELINE,
      "base64 secret for pupil keys, at least 16 bytes; a store is rebuilt with the same one"
          + " (never on a command line or in ks1.properties)"),
  ROLES(
      "--roles",
      "ROLE,...",
      "KS1_ROLES",
      "roles",
      "ingest,validate,aggregate,reporting",
      null,
      Commands.RUN,
      "the parts this process runs; reporting runs with aggregate; separate processes need kafka"),
  HTTP_HOST(
      "--http-host",
      "HOST",
      "KS1_HTTP_HOST",
      "http-host",
      "127.0.0.1",
      null,
      Commands.RUN,
      "address the dashboard and API listen on"),
  HTTP_PORT(
      "--http-port",
      "N",
      "KS1_HTTP_PORT",
      "http-port",
      "8080",
      null,
      Commands.RUN,
      "port of the dashboard and API (0 to 65535; 0 picks a free one)"),
  INTAKE_STALL_S(
      "--intake-stall-s",
      "N",
      "KS1_INTAKE_STALL_S",
      "intake-stall-s",
      "120",
      null,
      Commands.RUN,
      "/health says DOWN when the intake has held one file, or not polled the inbox, this many"
          + " seconds (1 to "
          + ServiceChecks.INTAKE_STALL_S_MAX
          + ")"),
  ACCESS_TOKENS(
      "--access-tokens",
      "FILE",
      "KS1_ACCESS_TOKENS_FILE",
      "access-tokens",
      null,
      "<data>/access-tokens.txt when present",
      Commands.RUN,
      "file of hashed access tokens, '<sha256 hex> la:<LA code>' or '<sha256 hex> national' per"
          + " line (see docs/api.md, Access)"),
  ACCESS_TOKEN_ENTRIES(
      null,
      null,
      "KS1_ACCESS_TOKENS",
      null,
      null,
      "none",
      Commands.RUN,
      "access-token entries as in the file, separated by ';': used when neither --access-tokens"
          + " nor KS1_ACCESS_TOKENS_FILE names a file");

  private final String flag;
  private final String paramLabel;
  private final String env;
  private final String key;
  private final String defaultValue;
  private final String defaultText;
  private final List<String> commands;
  private final String description;

  Setting(
      String flag,
      String paramLabel,
      String env,
      String key,
      String defaultValue,
      String defaultText,
      List<String> commands,
      String description) {
    this.flag = flag;
    this.paramLabel = paramLabel;
    this.env = env;
    this.key = key;
    this.defaultValue = defaultValue;
    this.defaultText = defaultText;
    this.commands = commands;
    this.description = description;
  }

  /** The commands that take settings, as typed after {@code ks1}. */
  public static final class Commands {
    /** The commands that run the pipeline on the data folder. */
    public static final List<String> PIPELINE =
        List.of(
            "run",
            "load",
            "rebuild",
            "delete",
            "schools import",
            "schools set",
            "schools overlay",
            "confirm");

    public static final List<String> ALL =
        List.of(
            "run",
            "load",
            "rebuild",
            "delete",
            "schools import",
            "schools set",
            "schools overlay",
            "confirm",
            "sql",
            "report errors",
            "report missing",
            "report packs",
            "retire");
    public static final List<String> RUN = List.of("run");

    private Commands() {}
  }

  /** The option, e.g. {@code --data}; empty for settings kept off the command line. */
  public Optional<String> flag() {
    return Optional.ofNullable(flag);
  }

  /** What the option's value looks like, e.g. {@code DIR}. */
  public String paramLabel() {
    return paramLabel;
  }

  /** The environment variable, e.g. {@code KS1_DATA}. */
  public String env() {
    return env;
  }

  /** The key in a config file, e.g. {@code data}; empty for settings a file cannot hold. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /** The value used when no source gives one; empty when the default is worked out. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** The default as a person reads it. */
  public String defaultText() {
    return defaultText != null ? defaultText : defaultValue;
  }

  public List<String> commands() {
    return commands;
  }

  public String description() {
    return description;
  }

  /** Whether {@code command} (e.g. {@code run}, {@code report errors}) takes this setting. */
  public boolean usedBy(String command) {
    return commands.contains(command);
  }

  /** How messages name the setting: {@code --data (or KS1_DATA)}, or the variable alone. */
  public String label() {
    return flag == null ? env : flag + " (or " + env + ")";
  }

  /** The setting a config file names with {@code key}. */
  public static Optional<Setting> byKey(String key) {
    return Arrays.stream(values()).filter(s -> key.equals(s.key)).findFirst();
  }

  /** Every key a config file may hold. */
  public static List<String> keys() {
    return Arrays.stream(values()).flatMap(s -> s.key().stream()).toList();
  }
}
