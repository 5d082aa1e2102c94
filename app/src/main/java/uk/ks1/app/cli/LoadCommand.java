package uk.ks1.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ks1.app.load.LoadPlan;
import uk.ks1.app.load.LoadSummary;
import uk.ks1.app.load.Loader;
import uk.ks1.app.pipeline.Ks1Config;

/**
 * {@code ./ks1 load PATH...}: the same pipeline as {@code run}, over the given files, until every
 * one has reached the store or been rejected. Adds to what the data folder already holds.
 */
@Command(
    name = "load",
    description =
        "Load files (or folders laid out as <LA code>/<files>) and wait until they count.",
    modelTransformer = SettingOptions.class)
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to load")
  List<Path> paths;

  @Option(
      names = "--stall-seconds",
      defaultValue = "120",
      description = "Give up if nothing moves for this long (default: ${DEFAULT-VALUE})")
  int stallSeconds;

  @Override
  public Integer call() throws Exception {
    Ks1Config config = SettingOptions.settings(spec).pipeline();
    LoadPlan plan = LoadPlan.of(paths);
    List<LoadPlan.Item> items = plan.items();
    try (ConsoleProgress progress =
        new ConsoleProgress(
            new java.io.PrintWriter(System.err, true),
            "Loading",
            "files",
            "Loaded %d/%d files%n")) {
      Loader.load(
          config,
          items,
          Duration.ofSeconds(stallSeconds),
          done -> progress.update(done, items.size()),
          null,
          (pipeline, waiter) -> {
            progress.close();
            LoadSummary.print(
                spec.commandLine().getOut(),
                waiter,
                items.size(),
                plan.unfinished(),
                plan.notRegular(),
                pipeline.store());
          });
    }
    return 0;
  }
}
