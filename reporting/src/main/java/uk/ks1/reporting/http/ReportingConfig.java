package uk.ks1.reporting.http;

import uk.ks1.reporting.access.AccessTokens;

/**
 * How the HTTP server is started: where it listens (127.0.0.1:8080 by default; port 0 picks a free
 * one), the access tokens, and the year shown before any figures exist.
 */
public record ReportingConfig(String host, int port, AccessTokens tokens, int defaultYear) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
}
