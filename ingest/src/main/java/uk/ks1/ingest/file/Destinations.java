package uk.ks1.ingest.file;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a processed file goes: {@code done/<LA>/} when accepted, {@code failed/<LA>/} when
 * rejected, under its own name, or with its file id added when that name is already taken (a file
 * sent again must not overwrite the earlier one).
 */
public final class Destinations {
  private Destinations() {}

  public static Path of(Path dataDir, IntakeResult result) {
    String la = result.facts().laFolder().isEmpty() ? "_no_la" : result.facts().laFolder();
    Path dir = dataDir.resolve(result.accepted() ? "done" : "failed").resolve(la);
    String name = result.facts().fileName();
    Path target = dir.resolve(name);
    if (!Files.exists(target)) {
      return target;
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    return dir.resolve(stem + "." + result.facts().fileId() + ext);
  }

  /** The readable report kept beside a rejected file. */
  public static Path reportFor(Path destination) {
    return destination.resolveSibling(destination.getFileName() + ".report.txt");
  }
}
