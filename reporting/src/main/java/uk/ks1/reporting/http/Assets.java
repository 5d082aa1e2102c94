package uk.ks1.reporting.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's files from the classpath: our own pages under {@code /uk/ks1/reporting/web/},
 * GOV.UK Frontend and Chart.js from their WebJars. Read once and kept; tagged by content.
 */
final class Assets {
  static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
  static final String CHARTJS = "META-INF/resources/webjars/chart.js/4.4.1/dist/";
  static final String OWN = "uk/ks1/reporting/web/";

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "woff2", "font/woff2",
          "woff", "font/woff",
          "png", "image/png",
          "svg", "image/svg+xml",
          "ico", "image/x-icon");

  private final Map<String, Optional<Reply>> cache = new ConcurrentHashMap<>();

  /** The file at {@code base + path}, or empty; paths that climb out of the base never match. */
  Optional<Reply> get(String base, String path) {
    if (path.contains("..") || path.startsWith("/") || path.contains("\\")) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(base + path, Assets::load);
  }

  private static Optional<Reply> load(String resource) {
    String ext = resource.substring(resource.lastIndexOf('.') + 1);
    String type = TYPES.get(ext);
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new Reply(200, in.readAllBytes(), type, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
