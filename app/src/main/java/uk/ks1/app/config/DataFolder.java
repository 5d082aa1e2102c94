package uk.ks1.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The data folder's check: a path, and for the commands that write to it, one they can write. */
final class DataFolder {
  private DataFolder() {}

  /** The data folder; empty (and a problem) when it is no path, or {@code writable} and is not. */
  static Optional<Path> check(Checks checks, boolean writable) {
    SettingValue value = checks.valueOrDefault(Setting.DATA);
    Optional<Path> data = checks.path(value);
    if (writable) {
      Optional<String> why = data.flatMap(DataFolder::whyNotWritable);
      why.ifPresent(w -> checks.problem(value, value.quoted() + " " + w));
      return why.isPresent() ? Optional.empty() : data;
    }
    return data;
  }

  /** Checked without creating anything: the folder, or the nearest folder above it that exists. */
  private static Optional<String> whyNotWritable(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      if (!Files.isDirectory(absolute)) {
        return Optional.of("is a file, not a folder: give a folder this user can write to.");
      }
      return Files.isWritable(absolute)
          ? Optional.empty()
          : Optional.of("is a folder this user cannot write to: give one it can write to.");
    }
    Path above = absolute.getParent();
    while (above != null && !Files.exists(above)) {
      above = above.getParent();
    }
    if (above == null || !Files.isDirectory(above) || !Files.isWritable(above)) {
      return Optional.of(
          "cannot be created: "
              + (above == null ? "nothing above it exists" : above + " is not a folder")
              + " this user can write to.");
    }
    return Optional.empty();
  }
}
