package uk.ks1.ingest.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What an inbox entry is, seen without following a link: the words name it in the log and in {@code
 * load}'s summary. Only a regular file or a real folder is ever taken.
 */
public final class EntryKind {
  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFSOCK = 0140000;

  private EntryKind() {}

  /** Its attributes, the link itself for a symbolic link. */
  public static BasicFileAttributes of(Path entry) throws IOException {
    return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  /** Whether the entry, seen without following a link, is a regular file or a real folder. */
  public static boolean taken(BasicFileAttributes a) {
    return a.isRegularFile() || a.isDirectory();
  }

  /** "a symbolic link", "a named pipe (FIFO)", "a device", "a socket"... */
  public static String describe(Path entry, BasicFileAttributes a) {
    if (a.isSymbolicLink()) {
      return "a symbolic link";
    }
    if (a.isRegularFile()) {
      return "a regular file";
    }
    if (a.isDirectory()) {
      return "a folder";
    }
    try {
      // the unix view (Linux, macOS) tells a pipe from a device or a socket
      int mode = (Integer) Files.getAttribute(entry, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      switch (mode & S_IFMT) {
        case S_IFIFO:
          return "a named pipe (FIFO)";
        case S_IFCHR:
        case S_IFBLK:
          return "a device";
        case S_IFSOCK:
          return "a socket";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // another platform: the general words below
    }
    return "a special file (a pipe, device or socket)";
  }
}
