package uk.ks1.app.retire;

import java.sql.Connection;
import java.sql.SQLException;
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

/**
 * What a running service does about the retention schedule: once a day it says, in its log, which
 * summers' identities are due for retirement and not yet retired. It does not retire them itself:
 * retiring rewrites the store file, which the service holds (run {@code ./ks1 retire --due} with it
 * stopped, from cron).
 */
public final class RetentionWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionWatch.class);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ks1-retention-watch");
            t.setDaemon(true);
            return t;
          });

  private RetentionWatch() {}

  /** Looks a minute after start, then every day. */
  public static RetentionWatch start(Store store, RetentionSchedule schedule, Clock clock) {
    RetentionWatch w = new RetentionWatch();
    w.timer.scheduleAtFixedRate(
        () -> {
          try (Connection c = store.reader()) {
            List<Integer> due =
                Retirer.due(c, schedule, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .identities();
            if (!due.isEmpty()) {
              LOG.warn(
                  "The pupil identities of summer(s) {} are due for retirement (identities kept {}"
                      + " year(s) from 31 August): stop the service and run ./ks1 retire --due",
                  due,
                  schedule.identitiesYears());
            }
          } catch (SQLException | RuntimeException e) {
            LOG.warn("The retention schedule could not be checked: {}", e.getMessage());
          }
        },
        1,
        24 * 60,
        TimeUnit.MINUTES);
    return w;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
