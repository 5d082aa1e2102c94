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
import java.util.Arrays;
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
      bytes = upTo(in, (int) claimed, (int) Math.min(limit + 1, MOST_IN_ONE_ARRAY));
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

  /**
   * The stream's bytes, at most {@code most}: the {@code expected} bytes the file claimed straight
   * into one array of that size (the usual case: no copy), then whatever more there is.
   */
  private static byte[] upTo(InputStream in, int expected, int most) throws IOException {
    byte[] claimed = new byte[Math.min(expected, most)];
    int n = in.readNBytes(claimed, 0, claimed.length);
    int next = n < claimed.length ? -1 : in.read();
    if (next < 0) {
      return n == claimed.length ? claimed : Arrays.copyOf(claimed, n);
    }
    // it has grown since it was looked at: read on, still no further than the limit allows
    byte[] more = in.readNBytes(Math.max(0, most - claimed.length - 1));
    byte[] all = Arrays.copyOf(claimed, claimed.length + 1 + more.length);
    all[claimed.length] = (byte) next;
    System.arraycopy(more, 0, all, claimed.length + 1, more.length);
    return all;
  }
}
