package uk.ks1.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.ks1.app.config.Settings;
import uk.ks1.app.pipeline.ConsumerLag;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.app.schools.SchoolListDelivery;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.http.ReportingConfig;
import uk.ks1.reporting.http.ReportingServer;

/**
 * {@code ./ks1 run}: the service, with the dashboard and API when it runs the reporting role.
 * Watches the inbox until Ctrl-C, then stops cleanly. Its options (--data, --roles, --http-port,
 * ...) come from the settings catalogue, {@link uk.ks1.app.config.Setting}.
 */
@Command(
    name = "run",
    description = "Run the service: watch data/inbox/<LA>/ and keep the figures live.",
    modelTransformer = SettingOptions.class)
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = SettingOptions.settings(spec);
    Ks1Config config = settings.pipeline();
    ReportingConfig reporting = settings.reporting(); // null without the reporting role
    AccessTokens tokens = reporting == null ? AccessTokens.none() : reporting.tokens();
    Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null);
    pipeline.publishSnapshots(Pipeline.SERVICE_SNAPSHOT_INTERVAL_MILLIS);
    uk.ks1.app.retire.RetentionWatch.start(pipeline, settings.retention(), Clock.systemUTC());
    ReportingServer server = null;
    if (reporting != null) {
      try {
        server = new ReportingServer(Registered.collections(), pipeline.store(), reporting);
        pipeline.closeFirst("dashboard", server);
        pipeline.onCommit(server.listener());
        pipeline.intake().ifPresent(server::watchIntake);
        server.takeConfirmations(SchoolListDelivery.toBroker(pipeline.bootstrap()));
        pipeline.closeFirst(
            "consumer lag", new ConsumerLag(pipeline.bootstrap(), server.registry()));
        server.start();
      } catch (Exception | Error e) {
        pipeline.close();
        throw e;
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ReportingServer http = server;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("Stopping...");
                  pipeline.close(); // the dashboard first, then the roles, the store, the broker
                  System.err.println("Stopped cleanly.");
                  stopped.countDown();
                  LogManager.shutdown();
                },
                "ks1-shutdown"));
    System.err.printf(
        "KS1 returns is running %s (collection year %d). Drop files into %s/<LA code>/.%s"
            + " Store: %s. Ctrl-C stops.%n",
        config.roles().size() == 4 ? "every role" : "roles " + config.roles(),
        config.defaultYear(),
        config.inbox(),
        http == null
            ? ""
            : " Dashboard: " + http.baseUrl() + "/ (" + tokens.size() + " access token(s)).",
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
