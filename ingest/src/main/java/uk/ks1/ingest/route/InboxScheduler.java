package uk.ks1.ingest.route;

import org.apache.camel.support.DefaultScheduledPollConsumerScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.core.text.LogText;

/**
 * Runs the inbox's polls, every {@code delayMillis} after the last ended, as Camel's own scheduler
 * does, but survives anything a poll throws: Camel rethrows an {@code Error} (an {@code
 * OutOfMemoryError}, say) from its poll task, and a scheduled task that throws never runs again, so
 * one file could stop the intake for good. Each run tells the liveness that the inbox is polled,
 * and ends the run for the entries left alone.
 */
final class InboxScheduler extends DefaultScheduledPollConsumerScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(InboxScheduler.class);

  private final InboxLiveness liveness;
  private final NotRegularEntries notRegular;

  InboxScheduler(long delayMillis, InboxLiveness liveness, NotRegularEntries notRegular) {
    this.liveness = liveness;
    this.notRegular = notRegular;
    setDelay(delayMillis);
    setInitialDelay(1000); // Camel's default: the route is up before the first poll
    setUseFixedDelay(true);
  }

  @Override
  public void scheduleTask(Runnable task) {
    super.scheduleTask(() -> runSurviving(task));
  }

  void runSurviving(Runnable task) {
    liveness.pollBegan();
    try {
      task.run();
      notRegular.runEnded();
    } catch (Throwable t) {
      // not rethrown: the next poll must run
      LOG.error(
          "A poll of the inbox failed ({}); the next poll runs as usual",
          LogText.escape(t.toString()));
    }
  }
}
