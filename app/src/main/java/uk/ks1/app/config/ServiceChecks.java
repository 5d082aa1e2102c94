package uk.ks1.app.config;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import uk.ks1.app.pipeline.Role;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.http.ReportingConfig;

/** The checks of the settings only {@code ks1 run} takes: its roles, the dashboard and API. */
final class ServiceChecks {
  /** Where access tokens are looked for in the data folder when none are given. */
  static final String DEFAULT_TOKENS_FILE = "access-tokens.txt";

  private final Checks checks;

  ServiceChecks(Checks checks) {
    this.checks = checks;
  }

  /**
   * The roles named; every unknown name in one problem; reporting only with aggregate; part of the
   * pipeline left to another process only with a Kafka cluster ({@code kafka}, blank for none).
   */
  Set<Role> roles(String kafka) {
    SettingValue value = checks.valueOrDefault(Setting.ROLES);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<String> unknown = new ArrayList<>();
    for (String name : value.text().split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        unknown.add("'" + name.strip() + "'");
      }
    }
    String allowed = "use ingest, validate, aggregate and/or reporting, separated by commas.";
    if (!unknown.isEmpty()) {
      checks.problem(
          value,
          String.join(", ", unknown)
              + (unknown.size() == 1 ? " is not a role: " : " are not roles: ")
              + allowed);
    } else if (roles.isEmpty()) {
      checks.problem(value, value.quoted() + " names no role: " + allowed);
    } else if (roles.contains(Role.REPORTING) && !roles.contains(Role.AGGREGATE)) {
      checks.problem(
          value,
          value.quoted()
              + " has reporting without aggregate: the reporting role reads the store, so it runs"
              + " with the aggregate role; add aggregate.");
    } else if ((kafka == null || kafka.isBlank()) && Role.needSharedCluster(roles)) {
      checks.problem(
          value,
          value.quoted()
              + " leaves part of the pipeline to another process, which cannot reach this"
              + " process's embedded broker: give both processes --kafka HOST:PORT (a shared"
              + " cluster), or run ingest, validate and aggregate here.");
    }
    return roles;
  }

  String httpHost() {
    SettingValue value = checks.valueOrDefault(Setting.HTTP_HOST);
    if (value.text().isBlank() || value.text().strip().contains(" ")) {
      checks.problem(
          value,
          value.quoted()
              + " is not an address to listen on: use an IP address or host name, e.g. 127.0.0.1,"
              + " or 0.0.0.0 for every address.");
    }
    return value.text().strip();
  }

  /** The longest an intake may stall before {@code /health} says so: an hour. */
  static final int INTAKE_STALL_S_MAX = 3600;

  Duration intakeStall() {
    OptionalLong seconds =
        checks.wholeNumber(
            checks.valueOrDefault(Setting.INTAKE_STALL_S),
            1,
            INTAKE_STALL_S_MAX,
            "a whole number of seconds");
    return Duration.ofSeconds(seconds.orElse(ReportingConfig.DEFAULT_INTAKE_STALL.toSeconds()));
  }

  int httpPort() {
    OptionalLong port =
        checks.wholeNumber(checks.valueOrDefault(Setting.HTTP_PORT), 0, 65535, "a port number");
    return (int) port.orElse(0);
  }

  /**
   * The access tokens from the first of: {@code --access-tokens}, {@code KS1_ACCESS_TOKENS_FILE},
   * {@code KS1_ACCESS_TOKENS} (entries), the config file's {@code access-tokens}, {@code
   * <data>/access-tokens.txt} when present.
   */
  AccessTokens tokens(Optional<Path> data) {
    Optional<SettingValue> file = checks.value(Setting.ACCESS_TOKENS);
    Optional<SettingValue> entries = checks.value(Setting.ACCESS_TOKEN_ENTRIES);
    boolean fileGivenOutsideConfig =
        file.isPresent() && file.get().origin().kind() != Origin.Kind.FILE;
    if (entries.isPresent() && !fileGivenOutsideConfig) {
      return parse(entries.get(), () -> AccessTokens.parse(entries.get().text(), "the variable"));
    }
    if (file.isPresent()) {
      Optional<Path> path = checks.path(file.get());
      if (path.isPresent() && !Files.isRegularFile(path.get())) {
        checks.problem(
            file.get(),
            file.get().quoted()
                + " is not a file: name a file of hashed access tokens (docs/api.md: Access).");
        return AccessTokens.none();
      }
      return path.map(p -> parse(file.get(), () -> AccessTokens.read(p)))
          .orElse(AccessTokens.none());
    }
    if (data.isEmpty()) {
      return AccessTokens.none();
    }
    Path inData = data.get().resolve(DEFAULT_TOKENS_FILE);
    SettingValue byDefault =
        new SettingValue(Setting.ACCESS_TOKENS, inData.toString(), Origin.byDefault());
    return parse(byDefault, () -> AccessTokens.read(inData));
  }

  private AccessTokens parse(SettingValue value, Supplier<AccessTokens> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      checks.problem(value, e.getMessage() + ".");
    } catch (UncheckedIOException e) {
      checks.problem(value, value.quoted() + " cannot be read by this user.");
    }
    return AccessTokens.none();
  }
}
