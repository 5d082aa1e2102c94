package uk.ks1.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.ks1.app.pipeline.ConsumerLag;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.app.pipeline.Role;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.http.ReportingConfig;
import uk.ks1.reporting.http.ReportingServer;

/**
 * {@code ./ks1 run}: the service, with the dashboard and API when it runs the reporting role.
 * Watches the inbox until Ctrl-C, then stops cleanly.
 */
@Command(
    name = "run",
    description = "Run the service: watch data/inbox/<LA>/ and keep the figures live.")
public final class RunCommand implements Callable<Integer> {
  /** The analysts' snapshot is refreshed at most this often (well inside the 2 s promised). */
  static final long SNAPSHOT_INTERVAL_MILLIS = 500;

  @Mixin CommonOptions options;

  @Option(
      names = "--roles",
      defaultValue = "ingest,validate,aggregate,reporting",
      description =
          "Which parts to run in this process (default: all). Separate processes need --kafka.")
  String roles;

  @Option(
      names = "--http-host",
      defaultValue = "${env:KS1_HTTP_HOST:-127.0.0.1}",
      description = "Address the dashboard and API listen on (default: ${DEFAULT-VALUE})")
  String httpHost;

  @Option(
      names = "--http-port",
      defaultValue = "${env:KS1_HTTP_PORT:-8080}",
      description = "Port of the dashboard and API; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int httpPort;

  @Option(
      names = "--access-tokens",
      defaultValue = "${env:KS1_ACCESS_TOKENS_FILE}",
      description =
          "File of access tokens, SHA-256 hashed: '<sha256 hex> la:<LA code>' or '<sha256 hex>"
              + " national' per line (default: <data>/access-tokens.txt when present)")
  Path accessTokens;

  @Override
  public Integer call() throws Exception {
    Ks1Config config = options.config().withRoles(Role.parse(roles));
    if (config.runs(Role.REPORTING) && !config.runs(Role.AGGREGATE)) {
      throw new IllegalArgumentException(
          "The reporting role reads the store, so it runs with the aggregate role: add aggregate"
              + " to --roles");
    }
    AccessTokens tokens = config.runs(Role.REPORTING) ? tokens(config) : AccessTokens.none();
    Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null);
    pipeline.publishSnapshots(SNAPSHOT_INTERVAL_MILLIS);
    ReportingServer server = null;
    ConsumerLag lag = null;
    if (config.runs(Role.REPORTING)) {
      try {
        server =
            new ReportingServer(
                pipeline.store(),
                new ReportingConfig(httpHost, httpPort, tokens, config.defaultYear()));
        pipeline.onCommit(server.listener());
        lag = new ConsumerLag(pipeline.bootstrap(), server.registry());
        server.start();
      } catch (Exception | Error e) {
        pipeline.close();
        throw e;
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ReportingServer http = server;
    ConsumerLag consumerLag = lag;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("Stopping...");
                  if (http != null) {
                    http.close();
                    consumerLag.close();
                  }
                  pipeline.close();
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

  /** Tokens from --access-tokens, else KS1_ACCESS_TOKENS, else data/access-tokens.txt. */
  private AccessTokens tokens(Ks1Config config) {
    if (accessTokens != null) {
      if (!Files.exists(accessTokens)) {
        throw new IllegalArgumentException("No access-tokens file at " + accessTokens);
      }
      return AccessTokens.read(accessTokens);
    }
    String env = System.getenv("KS1_ACCESS_TOKENS");
    if (env != null && !env.isBlank()) {
      return AccessTokens.parse(env, "KS1_ACCESS_TOKENS");
    }
    return AccessTokens.read(config.dataDir().resolve("access-tokens.txt"));
  }
}
