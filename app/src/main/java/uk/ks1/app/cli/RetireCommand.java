package uk.ks1.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.app.retire.Retirer;
import uk.ks1.core.identity.LaRegistry;

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
  @Option(names = "--year", required = true, description = "The summer to retire, e.g. 2025")
  int year;

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
    if (la != null && !LaRegistry.standard().isCurrent(la)) {
      throw new ParameterException(
          spec.commandLine(), "--la " + la + " is not one of the 153 English LA codes");
    }
    String id =
        collection == null ? null : CollectionChoice.one(Registered.collections(), collection).id();
    Path data = SettingOptions.settings(spec).data();
    if (!Files.isRegularFile(Ks1Config.storeIn(data))) {
      err.printf("No store at %s: nothing to retire.%n", Ks1Config.storeIn(data));
      return 1;
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
      if (String.valueOf(e.getMessage()).contains("Could not set lock on file")) {
        err.printf("A service is running on %s and holds the store: stop it, then retire.%n", data);
        return 2;
      }
      throw e;
    }
    out.printf(
        "Retired the pupil identities of %s: %d data key(s) destroyed, %d pupil identities"
            + " deleted from the store, %d issue value(s) cleared, %d original file(s) removed with"
            + " their reports; rewrote %s; the analysts' snapshot published again. Figures and"
            + " history are unchanged.%n",
        scope.describe(),
        done.keysDestroyed(),
        done.identitiesDeleted(),
        done.issueValuesCleared(),
        done.filesRemoved(),
        String.join(" and ", done.storesRewritten()));
    return 0;
  }
}
