package uk.ks1.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;

/**
 * A dropped file's bytes, read without trusting what the file claims: only a regular file is
 * opened, never through a link (a named pipe would block the one intake thread, a link to {@code
 * /dev/zero} would never end), and at most the size limit plus one byte is read, so a file that
 * grows past the limit while it is read is over it, whatever size it reported.
 *
 * @param size the bytes it holds, or for a file over the limit what it claimed or was seen to hold
 *     (the larger)
 * @param content its bytes, or null when it is over the limit
 */
public record BoundedRead(long size, long modifiedMillis, byte[] content) {
  /** Java arrays stop a little short of 2 GiB. */
  private static final long MOST_IN_ONE_ARRAY = Integer.MAX_VALUE - 16;

  public boolean overLimit() {
    return content == null;
  }

  /**
   * Reads {@code file} if it is a regular file, at most {@code limit + 1} bytes.
   *
   * @throws NotARegularFileException for a link, a pipe, a device or a socket, never opened
   * @throws IOException when it cannot be read, or was replaced while it was read
   */
  public static BoundedRead of(Path file, long limit) throws IOException {
    BasicFileAttributes before = EntryKind.of(file);
    if (!before.isRegularFile()) {
      throw new NotARegularFileException(file, EntryKind.describe(file, before));
    }
    long claimed = before.size();
    long modified = before.lastModifiedTime().toMillis();
    if (claimed > limit) {
      return new BoundedRead(claimed, modified, null);
    }
    byte[] bytes;
    // NOFOLLOW_LINKS: a link put in its place since the look above is refused, not followed
    try (SeekableByteChannel channel =
            Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        InputStream in = Channels.newInputStream(channel)) {
      bytes = in.readNBytes((int) Math.min(limit + 1, MOST_IN_ONE_ARRAY));
    }
    BasicFileAttributes after = EntryKind.of(file);
    if (!after.isRegularFile()
        || (before.fileKey() != null && !Objects.equals(before.fileKey(), after.fileKey()))) {
      throw new IOException(file.getFileName() + " was replaced while it was read");
    }
    if (bytes.length > limit) {
      return new BoundedRead(Math.max(claimed, bytes.length), modified, null);
    }
    return new BoundedRead(bytes.length, modified, bytes);
  }
}
