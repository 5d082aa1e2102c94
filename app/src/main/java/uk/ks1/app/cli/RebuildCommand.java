package uk.ks1.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.rebuild.Rebuilder;

/** {@code ./ks1 rebuild}: a new store from the topics, in place of the old one. */
@Command(
    name = "rebuild",
    description =
        "Rebuild data/ks1.duckdb from the Kafka topics (the service must be stopped); the old"
            + " store is kept as ks1.duckdb.before-rebuild, and the analysts' snapshot is"
            + " refreshed.",
    modelTransformer = SettingOptions.class)
public final class RebuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--timeout-seconds",
      defaultValue = "600",
      description = "Give up after this long (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    Ks1Config config = SettingOptions.settings(spec).pipeline();
    Path previous = Rebuilder.rebuild(config, Duration.ofSeconds(timeoutSeconds));
    System.out.println(
        "Rebuilt "
            + config.storeFile()
            + " from the topics; the previous store is "
            + previous
            + ". The analysts' snapshot shows the rebuilt store.");
    return 0;
  }
}
