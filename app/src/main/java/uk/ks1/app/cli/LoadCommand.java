package uk.ks1.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
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
    try (Progress progress = new Progress(items.size())) {
      Loader.load(
          config,
          items,
          Duration.ofSeconds(stallSeconds),
          progress::update,
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

  /** A progress bar on a terminal; a line now and then otherwise. */
  private static final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final int total;
    private boolean closed;
    private long lastLine;

    Progress(int total) {
      this.total = total;
      this.bar =
          System.console() == null
              ? null
              : new ProgressBarBuilder()
                  .setTaskName("Loading")
                  .setInitialMax(total)
                  .setStyle(ProgressBarStyle.ASCII)
                  .setUnit(" files", 1)
                  .build();
    }

    void update(int done) {
      if (bar != null) {
        bar.stepTo(done);
      } else if (System.nanoTime() - lastLine > 5_000_000_000L || done == total) {
        System.err.printf("Loaded %d/%d files%n", done, total);
        lastLine = System.nanoTime();
      }
    }

    @Override
    public void close() {
      if (bar != null && !closed) {
        bar.close();
      }
      closed = true;
    }
  }
}
