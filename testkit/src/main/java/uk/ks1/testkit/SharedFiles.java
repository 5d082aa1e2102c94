package uk.ks1.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's {@code ../shared/} folder (samples and reference figures) from any module.
 */
public final class SharedFiles {
  private SharedFiles() {}

  public static Path path(String relative) {
    String configured = System.getProperty("ks1.shared.dir");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured).resolve(relative);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("samples"))) {
        return candidate.resolve(relative);
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("Cannot find ../shared/ from " + Path.of("").toAbsolutePath());
  }
}
