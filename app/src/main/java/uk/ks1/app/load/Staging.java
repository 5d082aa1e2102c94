package uk.ks1.app.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a file into {@code inbox/<LA>/} the safe way: linked (or copied) under a hidden name, which
 * the route ignores, keeping its modification time, then renamed into place in one atomic step. The
 * source is never touched.
 */
public final class Staging {
  /**
   * A copy waiting under its hidden name; {@link #publish()} makes it visible to the route. When
   * the very same file is already waiting in the inbox (left there by a load that was killed),
   * there is no copy: the waiting file is the one to wait for.
   */
  public record Staged(Path hidden, Path target) {
    public String name() {
      return target.getFileName().toString();
    }

    public void publish() throws IOException {
      if (hidden != null) {
        Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  private Staging() {}

  public static Staged prepare(Path source, Path inbox, String la) throws IOException {
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      // a hard link to a symbolic link is a link the inbox would never take (and a copy would
      // read its target): the plan leaves such entries out, and so does this
      throw new IOException(source + " is not a regular file: it is not loaded");
    }
    Path dir = inbox.resolve(la);
    Files.createDirectories(dir);
    String name = source.getFileName().toString();
    Path target = dir.resolve(name);
    for (int n = 2; Files.exists(target); n++) {
      if (sameFile(source, target)) {
        return new Staged(null, target);
      }
      target = dir.resolve(withSuffix(name, n));
    }
    Path hidden = dir.resolve("." + target.getFileName() + ".loading");
    Files.deleteIfExists(hidden);
    try {
      // A hard link costs nothing and leaves the source as it is (moving the link to done/
      // renames the link, not the source); across file systems, or where links are refused, copy.
      Files.createLink(hidden, source);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(
          source, hidden, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }
    return new Staged(hidden, target);
  }

  private static boolean sameFile(Path source, Path waiting) throws IOException {
    return Files.size(source) == Files.size(waiting)
        // copies keep the time to the millisecond, not always to the nanosecond
        && Files.getLastModifiedTime(source).toMillis()
            == Files.getLastModifiedTime(waiting).toMillis()
        && Files.mismatch(source, waiting) == -1;
  }

  private static String withSuffix(String name, int n) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
  }
}
