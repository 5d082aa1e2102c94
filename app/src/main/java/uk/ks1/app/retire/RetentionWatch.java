package uk.ks1.app.retire;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.retire.RetentionSchedule;
import uk.ks1.aggregate.store.Store;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.core.concurrent.DaemonThreads;

/**
 * The retention schedule applied by a running service, once a day (a minute after it starts, then
 * every 24 hours): whatever the schedule says is due ({@link Retirer#due}) is retired as {@code
 * ./ks1 retire --due} retires it, keys, files, store, rewrite and snapshot. The store is closed for
 * it between two of the aggregate role's batches, so the rewrite never meets a transaction; the
 * dashboard's reads wait meanwhile (seconds on a national store), and files keep arriving. The keys
 * are destroyed through the key store the service's own roles use, so none seals a late file with a
 * destroyed key. The log says what was retired, in counts (never an identity).
 */
public final class RetentionWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionWatch.class);

  /** How long the watch waits for a retirement done on the aggregate role's thread. */
  private static final long RETIRE_WAIT_MINUTES = 60;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ks1-retention-watch"));
  private final Pipeline pipeline;
  private final Retirer retirer;
  private final RetentionSchedule schedule;
  private final Clock clock;

  private RetentionWatch(
      Pipeline pipeline, Retirer retirer, RetentionSchedule schedule, Clock clock) {
    this.pipeline = pipeline;
    this.retirer = retirer;
    this.schedule = schedule;
    this.clock = clock;
  }

  /**
   * Watches the schedule for a pipeline that runs the aggregate role (else returns null: the
   * process that holds the store applies it); closed before the pipeline.
   */
  public static RetentionWatch start(Pipeline pipeline, RetentionSchedule schedule, Clock clock) {
    if (pipeline.store() == null) {
      return null;
    }
    RetentionWatch w =
        new RetentionWatch(
            pipeline, new Retirer(pipeline.dataDir(), clock, pipeline.keys()), schedule, clock);
    w.timer.scheduleAtFixedRate(w::lookQuietly, 1, 24 * 60, TimeUnit.MINUTES);
    pipeline.closeFirst("retention watch", w);
    return w;
  }

  /**
   * Looks at the schedule now and retires what is due, waiting until it is done; what was retired,
   * in counts (empty when nothing was due).
   */
  public synchronized List<Retirer.Done> lookNow() throws Exception {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Retirer.Due due;
    Store store = pipeline.store();
    try (Connection c = store.reader()) {
      due = Retirer.due(c, schedule, today);
    }
    if (due.identities().isEmpty() && due.filesOnly().isEmpty()) {
      return List.of();
    }
    LOG.info(
        "The retention schedule retires summer(s) {} (identities) and {} (files only) today;"
            + " the store closes for it",
        due.identities(),
        due.filesOnly());
    List<Retirer.Done> done =
        pipeline
            .maintainStore(() -> retirer.applySchedule(schedule, today))
            .get(RETIRE_WAIT_MINUTES, TimeUnit.MINUTES);
    done.forEach(d -> LOG.info("{}", d.summary()));
    return done;
  }

  private void lookQuietly() {
    try {
      lookNow();
    } catch (Exception | Error e) {
      LOG.warn(
          "The retention schedule could not be applied today ({}); it is tried again tomorrow, or"
              + " run ./ks1 retire --due with the service stopped",
          e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
