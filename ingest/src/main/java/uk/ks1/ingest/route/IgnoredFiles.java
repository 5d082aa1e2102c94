package uk.ks1.ingest.route;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What the inbox never reads, in one place for the inbox route and for {@code load} (which must not
 * stage a file the route will never take): hidden names, starting with '.' (a file's, or a folder's
 * on its way: Camel never looks inside those), and files still being written or downloaded, named
 * {@code *.tmp}, {@code *.part}, {@code *.crdownload} or {@code *.camelLock} in any case.
 */
public final class IgnoredFiles {
  /** The inbox route's {@code exclude} option: hidden names and unfinished files. */
  static final String EXCLUDE = "(^\\..*)|(.*\\.(tmp|part|crdownload|camelLock)$)";

  /** Camel compiles its exclude option ignoring case, and so does this. */
  private static final Pattern EXCLUDED = Pattern.compile(EXCLUDE, Pattern.CASE_INSENSITIVE);

  private IgnoredFiles() {}

  /**
   * Whether the inbox ignores the file at {@code relative}, its path inside the LA folder (or just
   * its name): a hidden name anywhere on the path, or an unfinished file.
   */
  public static boolean ignored(Path relative) {
    return hidden(relative) || unfinished(relative);
  }

  /** Whether a name on the path (the file's or a folder's) starts with '.'. */
  public static boolean hidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the file, not hidden, is named as one still being written ({@code *.part}...). */
  public static boolean unfinished(Path relative) {
    return !hidden(relative) && EXCLUDED.matcher(relative.getFileName().toString()).matches();
  }
}
