package uk.ks1.ingest.route;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import uk.ks1.core.health.IntakeLiveness;

/**
 * Whether the inbox route is alive: when it last began a poll or finished a file, and the file it
 * holds now and since when. Stalled when it has held one file, or done nothing at all, for longer
 * than the limit: the poll task has died, or a file blocks the one intake thread.
 */
public final class InboxLiveness implements IntakeLiveness {
  private record InHand(String laFolder, Instant since) {}

  private final Clock clock;
  private volatile Instant lastActivity;
  private final AtomicReference<InHand> inHand = new AtomicReference<>();

  public InboxLiveness(Clock clock) {
    this.clock = clock;
    this.lastActivity = clock.instant(); // starting counts as life
  }

  void pollBegan() {
    lastActivity = clock.instant();
  }

  void taking(String laFolder) {
    inHand.set(new InHand(laFolder, clock.instant()));
  }

  void finished() {
    inHand.set(null);
    lastActivity = clock.instant();
  }

  @Override
  public Optional<String> stalled(Duration stall) {
    InHand held = inHand.get();
    if (held != null) {
      Duration heldFor = Duration.between(held.since(), clock.instant());
      return heldFor.compareTo(stall) > 0
          ? Optional.of(
              "the intake has held one file "
                  + (held.laFolder().isEmpty()
                      ? "at the top of the inbox"
                      : "of LA " + held.laFolder())
                  + " for "
                  + heldFor.toSeconds()
                  + " s (the limit is "
                  + stall.toSeconds()
                  + " s): no other file is taken meanwhile")
          : Optional.empty();
    }
    Duration idle = sinceLastActivity();
    return idle.compareTo(stall) > 0
        ? Optional.of(
            "the inbox has not been polled for "
                + idle.toSeconds()
                + " s (the limit is "
                + stall.toSeconds()
                + " s): files dropped now are not taken")
        : Optional.empty();
  }

  @Override
  public Duration sinceLastActivity() {
    return Duration.between(lastActivity, clock.instant());
  }

  @Override
  public Duration fileInHandFor() {
    InHand held = inHand.get();
    return held == null ? Duration.ZERO : Duration.between(held.since(), clock.instant());
  }
}
