package uk.ks1.app.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Role;
import uk.ks1.core.collection.CollectionWindow;
import uk.ks1.core.school.Deadline;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.http.ReportingConfig;

/**
 * A command's settings, checked: the data folder; for the commands that run the pipeline, its
 * {@link Ks1Config}; for {@code run} with the reporting role, how the dashboard and API start
 * ({@code null} otherwise).
 */
public record Settings(
    Path data,
    Ks1Config pipeline,
    ReportingConfig reporting,
    uk.ks1.aggregate.retire.RetentionSchedule retention) {
  /**
   * Checks every setting {@code command} takes from {@code sources}, {@code today} giving the
   * current collection year, and throws {@link SettingProblems} with every problem found if any.
   */
  public static Settings of(String command, SettingSources sources, LocalDate today) {
    Checks checks = new Checks(sources);
    PipelineChecks pipelineChecks = new PipelineChecks(checks, today);
    boolean runsPipeline = Setting.Commands.PIPELINE.contains(command);
    Optional<Path> data = DataFolder.check(checks, runsPipeline);
    Ks1Config pipeline = null;
    ReportingConfig reporting = null;
    if (runsPipeline) {
      int year = pipelineChecks.year();
      String kafka = pipelineChecks.kafka();
      long maxFileBytes = pipelineChecks.maxFileBytes();
      long settleMillis = pipelineChecks.settleMillis();
      Set<String> strictLas = pipelineChecks.strictLas();
      CollectionWindow window = pipelineChecks.window();
      List<Deadline> deadlines =
          pipelineChecks.deadlines(uk.ks1.app.pipeline.Registered.collections());
      pipelineChecks.pupilKey(data);
      Set<Role> roles = Role.all();
      if (Setting.ROLES.usedBy(command)) {
        ServiceChecks service = new ServiceChecks(checks);
        roles = service.roles(kafka);
        String host = service.httpHost();
        int port = service.httpPort();
        AccessTokens tokens =
            roles.contains(Role.REPORTING) ? service.tokens(data) : AccessTokens.none();
        java.time.Duration stall = service.intakeStall();
        reporting =
            roles.contains(Role.REPORTING)
                ? new ReportingConfig(host, port, tokens, year, stall)
                : null;
      }
      pipeline =
          new Ks1Config(
              data.map(d -> d.toAbsolutePath().normalize()).orElse(null),
              year,
              kafka,
              settleMillis,
              Ks1Config.DEFAULT_POLL_MILLIS,
              maxFileBytes,
              roles,
              strictLas,
              window,
              deadlines);
    }
    uk.ks1.aggregate.retire.RetentionSchedule retention = null;
    if (Setting.RETENTION.usedBy(command)) {
      Optional<SettingValue> value = checks.value(Setting.RETENTION);
      try {
        retention =
            value
                .map(v -> uk.ks1.aggregate.retire.RetentionSchedule.parse(v.text()))
                .orElse(uk.ks1.aggregate.retire.RetentionSchedule.DEFAULT);
      } catch (IllegalArgumentException e) {
        checks.problem(value.get(), e.getMessage());
      }
    }
    if (!checks.problems().isEmpty()) {
      throw new SettingProblems(command, checks.problems());
    }
    return new Settings(data.orElseThrow(), pipeline, reporting, retention);
  }
}
