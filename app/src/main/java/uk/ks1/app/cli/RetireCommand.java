package uk.ks1.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.ks1.aggregate.retire.RetiredScope;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.app.retire.Retirer;

/**
 * {@code ./ks1 retire --year Y [--collection C] [--la LA] [--reason TEXT]}: the retention schedule
 * applied by hand to one summer's pupil identities (docs/personal-data.md, "Retention"): their data
 * keys destroyed (every copy in the log beyond use), the store's identities deleted and the store
 * rewritten whole, the original files and reports removed, the analysts' snapshot published again,
 * a retirement logged with counts only. Figures, history and rule ids stay. Run it while no service
 * holds the data folder; a second run completes one that was interrupted.
 */
@Command(
    name = "retire",
    description = "Retire a summer's pupil identities (keys, store, files, reports); figures stay.",
    modelTransformer = SettingOptions.class)
public final class RetireCommand implements Callable<Integer> {
  @Option(names = "--year", description = "The summer to retire, e.g. 2025")
  Integer year;

  @Option(
      names = "--due",
      description =
          "Apply the retention schedule (--retention) today: every summer that is due, once")
  boolean due;

  @Option(
      names = "--collection",
      description = "One collection: its id or short name (default: every collection)")
  String collection;

  @Option(names = "--la", description = "One LA's 3-digit code (default: every LA)")
  String la;

  @Option(
      names = "--reason",
      defaultValue = "the retention schedule",
      description = "Why, for the retirement log (default: the retention schedule)")
  String reason;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SchoolArguments.la(spec, la);
    if ((year == null) == !due) {
      throw new ParameterException(
          spec.commandLine(),
          "Say --year Y (a summer to retire) or --due (what the schedule says)");
    }
    if (due && (collection != null || la != null)) {
      throw new ParameterException(
          spec.commandLine(), "--due applies the schedule to every collection and LA");
    }
    String id =
        collection == null ? null : CollectionChoice.one(Registered.collections(), collection).id();
    uk.ks1.app.config.Settings settings = SettingOptions.settings(spec);
    Path data = settings.data();
    if (!SchoolArguments.hasStore(data, err, "nothing to retire")) {
      return 1;
    }
    if (due) {
      return applySchedule(settings.retention(), data, out, err);
    }
    RetiredScope scope;
    try {
      scope = new RetiredScope(year, id, la);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Retirer.Done done;
    try {
      done = new Retirer(data, Clock.systemUTC()).retire(scope, reason);
    } catch (java.sql.SQLException e) {
      return held(e, data, err);
    }
    print(done, out);
    return 0;
  }

  private static int held(java.sql.SQLException e, Path data, PrintWriter err)
      throws java.sql.SQLException {
    if (String.valueOf(e.getMessage()).contains("Could not set lock on file")) {
      err.printf("A service is running on %s and holds the store: stop it, then retire.%n", data);
      return 2;
    }
    throw e;
  }

  private static int applySchedule(
      uk.ks1.aggregate.retire.RetentionSchedule schedule,
      Path data,
      PrintWriter out,
      PrintWriter err)
      throws Exception {
    java.util.List<Retirer.Done> done;
    try {
      done =
          new Retirer(data, Clock.systemUTC())
              .applySchedule(schedule, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    } catch (java.sql.SQLException e) {
      return held(e, data, err);
    }
    if (done.isEmpty()) {
      out.printf(
          "Nothing is due under the schedule (identities kept %d year(s), files %d, from 31 August"
              + " of the summer).%n",
          schedule.identitiesYears(), schedule.filesYears());
    }
    done.forEach(d -> print(d, out));
    return 0;
  }

  private static void print(Retirer.Done done, PrintWriter out) {
    out.println(done.summary());
  }
}
