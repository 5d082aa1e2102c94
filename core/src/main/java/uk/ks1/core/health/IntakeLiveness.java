package uk.ks1.core.health;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether the intake is running, for {@code /health} and {@code /metrics}: the ingest role keeps
 * it, the reporting role reads it, and neither depends on the other.
 */
public interface IntakeLiveness {
  /**
   * Why the intake is not running, or empty: it has held one file, or not polled the inbox at all,
   * for longer than {@code limit}.
   */
  Optional<String> stalled(Duration limit);

  /** Since the intake last showed life: a poll of the inbox began, or a file was finished. */
  Duration sinceLastActivity();

  /** How long the file in hand has been (zero when there is none). */
  Duration fileInHandFor();
}
