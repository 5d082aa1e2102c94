package uk.ks1.reporting.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.store.Store;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.health.IntakeLiveness;
import uk.ks1.reporting.access.Exposure;
import uk.ks1.reporting.completeness.CompletenessEndpoint;
import uk.ks1.reporting.completeness.ConfirmationEndpoint;
import uk.ks1.reporting.figures.CoverageEndpoints;
import uk.ks1.reporting.figures.FigureEndpoints;
import uk.ks1.reporting.history.DataErrorsEndpoint;
import uk.ks1.reporting.history.SubmissionEndpoints;
import uk.ks1.reporting.metrics.IntakeMetrics;
import uk.ks1.reporting.metrics.StoreMetrics;
import uk.ks1.reporting.reports.ReportEndpoints;
import uk.ks1.reporting.store.StoreReads;

/**
 * The reporting HTTP server: the JSON API under {@code /api}, the dashboard at {@code /}, the
 * reports, {@code /metrics} and {@code /health}. Every route is declared as a {@link Route} and
 * served through the {@link Gate}. Reads the store only; hears of new data through {@link
 * #listener()}, which the pipeline calls after each committed batch. Serves the collections it is
 * given: figures, reports and the dashboard are of the one a request names ({@link
 * CollectionChoice}), the first registered when it names none.
 */
public final class ReportingServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReportingServer.class);

  private final ReportingConfig config;
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ChangeFeed feed;
  private final StoreVersion version;
  private final StoreReads reads;
  private final StoreMetrics metrics;
  private final List<Route> routes = new ArrayList<>();
  private final List<Route> actions = new ArrayList<>();
  private final ConfirmationEndpoint confirmations;
  private final Assets assets = new Assets();
  private final CollectionChoice choice;
  private final Map<String, Reply> dashboards = new LinkedHashMap<>();
  private Javalin javalin;
  private volatile IntakeLiveness intake;

  public ReportingServer(CollectionRegistry collections, Store store, ReportingConfig config) {
    this.config = config;
    this.choice = new CollectionChoice(collections);
    for (var d : choice.registered()) {
      dashboards.put(d.id(), DashboardPage.render(d, choice.registered()));
    }
    this.feed = new ChangeFeed(config.events());
    this.version = new StoreVersion(feed::changed);
    this.reads = new StoreReads(store, version::current, registry);
    this.metrics = new StoreMetrics(reads, registry);
    feed.versionFrom(version::current);
    new JvmMemoryMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    routes.addAll(new FigureEndpoints(reads, choice).routes());
    routes.addAll(new CoverageEndpoints(reads, choice).routes());
    routes.addAll(new CompletenessEndpoint(reads, choice).routes());
    confirmations = new ConfirmationEndpoint(reads, choice, java.time.Clock.systemUTC());
    actions.addAll(confirmations.routes());
    routes.addAll(new SubmissionEndpoints(reads).routes());
    routes.add(new DataErrorsEndpoint(reads).route());
    routes.addAll(new ReportEndpoints(reads, choice).routes());
    routes.add(new CollectionsEndpoint(choice).route());
    routes.add(Route.figures("/api", r -> Reply.json(index())));
    routes.add(
        new Route(
            "/health", Exposure.FIGURES, Route.LaOf.NONE, Route.Tagging.CONTENT, r -> health()));
    routes.add(
        new Route(
            "/metrics",
            Exposure.FIGURES,
            Route.LaOf.NONE,
            Route.Tagging.CONTENT,
            r -> {
              metrics.refresh();
              return Reply.text(registry.scrape(), "text/plain; version=0.0.4; charset=utf-8");
            }));
    routes.add(asset("/", Assets.OWN, "index.html"));
    routes.add(asset("/static/{file}", Assets.OWN, null));
    routes.add(asset("/assets/<path>", Assets.GOVUK + "assets/", null));
    routes.add(asset("/govuk/<path>", Assets.GOVUK, null));
    routes.add(asset("/chart.js/<path>", Assets.CHARTJS, null));
  }

  /** Tell the server of each committed batch: ETags move on, dashboards are told, metrics kept. */
  public StoreListener listener() {
    return new StoreListener() {
      @Override
      public void committed(uk.ks1.aggregate.writer.CommitSummary summary) {
        version.committed(summary);
        metrics.committed(summary);
      }

      @Override
      public void rewritten() {
        version.rewritten();
      }
    };
  }

  /**
   * The intake of this process, when it runs the ingest role: {@code /health} is DOWN while it is
   * stalled (for longer than the configuration's {@code intakeStall}), and {@code /metrics} says
   * how it is.
   */
  public void watchIntake(IntakeLiveness liveness) {
    this.intake = liveness;
    IntakeMetrics.bind(liveness, config.intakeStall(), registry);
  }

  /** Where other parts (the pipeline's consumer lag) add their meters. */
  public MeterRegistry registry() {
    return registry;
  }

  public ReportingServer start() {
    Gate gate = new Gate(config.tokens(), version, config.defaultYear());
    javalin =
        Javalin.create(
            (JavalinConfig cfg) -> {
              cfg.jetty.host = config.host();
              cfg.jetty.port = config.port();
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.prefer405over404 = true;
              for (Route route : routes) {
                // HEAD is GET without the body: the same gate, the same status for every caller
                cfg.routes.get(route.path(), gate.guard(route));
                cfg.routes.head(route.path(), gate.guard(route));
              }
              for (Route action : actions) {
                cfg.routes.post(action.path(), gate.guard(action));
              }
              cfg.routes.before("/api/events", gate.admit());
              cfg.routes.get("/api/events", feed.handler());
              cfg.routes.head("/api/events", feed.handler());
              cfg.routes.exception(MethodNotAllowedResponse.class, ReportingServer::notAllowed);
            });
    javalin.start();
    LOG.info("Dashboard and API on http://{}:{}/", config.host(), port());
    return this;
  }

  /**
   * Where the headteachers' confirmations posted to {@code /api/schools/{laestab}/confirmation} go:
   * the broker of the service (until this is called, they are refused with 503).
   */
  public void takeConfirmations(ConfirmationEndpoint.Sink sink) {
    confirmations.sendTo(sink);
  }

  /** How many dashboards are listening to the change feed. */
  public int subscribers() {
    return feed.subscribers();
  }

  public int port() {
    return javalin.port();
  }

  public String baseUrl() {
    return "http://" + config.host() + ":" + port();
  }

  /** A method the path does not take: 405, with the methods it does take in {@code Allow}. */
  private static void notAllowed(MethodNotAllowedResponse e, Context ctx) {
    String allowed = e.getDetails().values().stream().findFirst().orElse("GET, HEAD");
    ctx.header("Allow", allowed);
    Gate.refuse(ctx, 405, ctx.req().getMethod() + " is not allowed here: " + allowed + " are");
  }

  private Route asset(String path, String base, String fixed) {
    return new Route(
        path,
        Exposure.FIGURES,
        Route.LaOf.NONE,
        Route.Tagging.CONTENT,
        r -> {
          String file = fixed != null ? fixed : r.rawPathParam();
          if (base.equals(Assets.OWN) && file.equals("index.html")) {
            // the page in the chosen collection's words, never its bare template
            return dashboards.get(choice.of(r).id());
          }
          return assets.get(base, file).orElseGet(() -> Reply.notFound("File"));
        });
  }

  private Reply health() {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      reads.read(
          c -> {
            try (var s = c.createStatement()) {
              s.execute("SELECT 1");
            }
            return null;
          });
      out.put("status", "UP");
    } catch (RuntimeException e) {
      out.put("status", "DOWN");
      out.put("reason", e.getMessage());
    }
    IntakeLiveness watched = intake;
    if (watched != null) {
      Optional<String> stalled = watched.stalled(config.intakeStall());
      out.put("intake", stalled.isEmpty() ? "UP" : "DOWN");
      if (stalled.isPresent() && "UP".equals(out.get("status"))) {
        out.put("status", "DOWN");
        out.put("reason", stalled.get());
      } else if (stalled.isPresent()) {
        out.put("reason", out.get("reason") + "; " + stalled.get());
      }
    }
    out.put("storeVersion", version.current());
    out.put("dashboards", feed.subscribers());
    Reply reply = Reply.json(out);
    return "UP".equals(out.get("status"))
        ? reply
        : new Reply(503, reply.body(), reply.contentType(), null);
  }

  private Map<String, Object> index() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "provisional");
    out.put(
        "endpoints",
        routes.stream()
            .filter(r -> r.path().startsWith("/api") || r.path().startsWith("/reports"))
            .filter(r -> r.exposure() != Exposure.PUPILS)
            .map(Route::path)
            .toList());
    return out;
  }

  @Override
  public void close() {
    feed.close();
    if (javalin != null) {
      javalin.stop();
    }
    registry.close();
  }
}
