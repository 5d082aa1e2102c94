package uk.ks1.reporting.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import uk.ks1.core.health.IntakeLiveness;

/**
 * What {@code /metrics} says about the intake: whether it runs (1) or is stalled (0), the seconds
 * since it last polled the inbox or finished a file, and how long it has held the file in hand.
 */
public final class IntakeMetrics {
  private IntakeMetrics() {}

  public static void bind(IntakeLiveness intake, Duration limit, MeterRegistry registry) {
    Gauge.builder("ks1.intake.up", intake, i -> i.stalled(limit).isEmpty() ? 1 : 0)
        .description("1 while the inbox is polled and no file is held too long, else 0")
        .register(registry);
    Gauge.builder("ks1.intake.idle.seconds", intake, i -> i.sinceLastActivity().toMillis() / 1000.0)
        .description("Seconds since the intake began a poll of the inbox or finished a file")
        .register(registry);
    Gauge.builder(
            "ks1.intake.file.in.hand.seconds", intake, i -> i.fileInHandFor().toMillis() / 1000.0)
        .description("Seconds the intake has held the file it is reading (0 when none)")
        .register(registry);
  }
}
