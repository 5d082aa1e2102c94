package uk.ks1.reporting.http;

import java.time.Duration;
import uk.ks1.reporting.access.AccessTokens;

/**
 * How the HTTP server is started: where it listens (127.0.0.1:8080 by default; port 0 picks a free
 * one), the access tokens, the year shown before any figures exist, how long the intake may hold
 * one file or go without polling the inbox before {@code /health} says DOWN, and the change feed's
 * limits.
 */
public record ReportingConfig(
    String host,
    int port,
    AccessTokens tokens,
    int defaultYear,
    Duration intakeStall,
    Events events) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final Duration DEFAULT_INTAKE_STALL = Duration.ofSeconds(120);

  public ReportingConfig(String host, int port, AccessTokens tokens, int defaultYear) {
    this(host, port, tokens, defaultYear, DEFAULT_INTAKE_STALL, Events.DEFAULT);
  }

  public ReportingConfig(
      String host, int port, AccessTokens tokens, int defaultYear, Duration intakeStall) {
    this(host, port, tokens, defaultYear, intakeStall, Events.DEFAULT);
  }

  public ReportingConfig(
      String host, int port, AccessTokens tokens, int defaultYear, Events events) {
    this(host, port, tokens, defaultYear, DEFAULT_INTAKE_STALL, events);
  }

  /**
   * The change feed ({@code /api/events}): how often an open stream is written to when nothing has
   * changed (a write is the only way to find a client that has gone, so this bounds how long a
   * closed one holds its connection: about two heartbeats), and how many may listen at once.
   */
  public record Events(Duration heartbeat, int maxSubscribers) {
    public static final Events DEFAULT = new Events(Duration.ofSeconds(5), 2000);

    public Events {
      if (heartbeat.isNegative() || heartbeat.isZero() || maxSubscribers < 1) {
        throw new IllegalArgumentException(
            "The change feed needs a heartbeat above 0 and room for at least one subscriber");
      }
    }
  }
}
