package uk.ks1.ingest.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InboxLivenessTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  /** A clock the test moves on. */
  private static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-06-26T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void pass(long seconds) {
      now = now.plusSeconds(seconds);
    }
  }

  private final TestClock clock = new TestClock();
  private final InboxLiveness liveness = new InboxLiveness(clock);

  @Test
  void anInboxPolledWithinTheLimitIsLive() {
    clock.pass(59);
    liveness.pollBegan();
    clock.pass(60);
    assertThat(liveness.stalled(LIMIT)).isEmpty();
    assertThat(liveness.sinceLastActivity()).isEqualTo(Duration.ofSeconds(60));
    assertThat(liveness.fileInHandFor()).isZero();
  }

  @Test
  void anInboxNotPolledForLongerThanTheLimitIsStalledUntilItIsPolledAgain() {
    clock.pass(61);
    assertThat(liveness.stalled(LIMIT))
        .hasValue(
            "the inbox has not been polled for 61 s (the limit is 60 s): files dropped now are"
                + " not taken");
    liveness.pollBegan();
    assertThat(liveness.stalled(LIMIT)).isEmpty();
  }

  @Test
  void oneFileHeldLongerThanTheLimitStallsTheIntakeUntilItIsFinished() {
    liveness.taking("330");
    clock.pass(30);
    assertThat(liveness.stalled(LIMIT)).isEmpty();
    assertThat(liveness.fileInHandFor()).isEqualTo(Duration.ofSeconds(30));
    clock.pass(65);
    assertThat(liveness.stalled(LIMIT))
        .hasValue(
            "the intake has held one file of LA 330 for 95 s (the limit is 60 s): no other file"
                + " is taken meanwhile");
    liveness.finished();
    assertThat(liveness.stalled(LIMIT)).isEmpty();
    assertThat(liveness.fileInHandFor()).isZero();
  }
}
