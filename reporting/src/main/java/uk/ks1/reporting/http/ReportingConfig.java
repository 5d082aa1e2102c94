package uk.ks1.reporting.http;

import java.time.Duration;
import uk.ks1.reporting.access.AccessTokens;

/**
 * How the HTTP server is started: where it listens (127.0.0.1:8080 by default; port 0 picks a free
 * one), the access tokens, the year shown before any figures exist, and how long the intake may
 * hold one file or go without polling the inbox before {@code /health} says DOWN.
 */
public record ReportingConfig(
    String host, int port, AccessTokens tokens, int defaultYear, Duration intakeStall) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final Duration DEFAULT_INTAKE_STALL = Duration.ofSeconds(120);

  public ReportingConfig(String host, int port, AccessTokens tokens, int defaultYear) {
    this(host, port, tokens, defaultYear, DEFAULT_INTAKE_STALL);
  }
}
