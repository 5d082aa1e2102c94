package uk.ks1.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;

/** {@code ./ks1 run}: the service. Watches the inbox until Ctrl-C, then stops cleanly. */
@Command(
    name = "run",
    description = "Run the service: watch data/inbox/<LA>/ and keep the figures live.")
public final class RunCommand implements Callable<Integer> {
  /** The analysts' snapshot is refreshed at most this often (well inside the 2 s promised). */
  static final long SNAPSHOT_INTERVAL_MILLIS = 500;

  @Mixin CommonOptions options;

  @picocli.CommandLine.Option(
      names = "--roles",
      defaultValue = "ingest,validate,aggregate,reporting",
      description =
          "Which parts to run in this process (default: all). Separate processes need --kafka.")
  String roles;

  @Override
  public Integer call() throws Exception {
    Ks1Config base = options.config();
    Ks1Config config =
        new Ks1Config(
            base.dataDir(),
            base.defaultYear(),
            base.kafkaBootstrap(),
            base.inboxSettleMillis(),
            base.inboxPollMillis(),
            base.maxFileBytes(),
            uk.ks1.app.pipeline.Role.parse(roles));
    Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null);
    pipeline.publishSnapshots(SNAPSHOT_INTERVAL_MILLIS);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("Stopping...");
                  pipeline.close();
                  System.err.println("Stopped cleanly.");
                  stopped.countDown();
                  LogManager.shutdown();
                },
                "ks1-shutdown"));
    System.err.printf(
        "KS1 returns is running %s (collection year %d). Drop files into %s/<LA code>/."
            + " Store: %s. Ctrl-C stops.%n",
        config.roles().size() == 4 ? "every role" : "roles " + config.roles(),
        config.defaultYear(),
        config.inbox(),
        config.storeFile());
    while (stopped.getCount() > 0) {
      if (pipeline.failure().isPresent()) {
        System.err.println("A role failed: " + pipeline.failure().get() + ". Stopping.");
        return 1; // the shutdown hook closes the pipeline
      }
      Thread.sleep(500);
    }
    return 0;
  }
}
