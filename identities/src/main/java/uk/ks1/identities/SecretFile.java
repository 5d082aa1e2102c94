package uk.ks1.identities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret kept in a file of the data folder (the master key, the pupil-key secret): made once,
 * even when two processes start on a new data folder at once. The random bytes are written whole,
 * in base64, to a file of this process's own, readable by its owner only, then linked into place;
 * linking fails if another process got there first, whose secret is then the one.
 */
public final class SecretFile {
  private SecretFile() {}

  /** Makes {@code file} with {@code bytes} random bytes unless it exists. */
  public static void createOnce(Path file, int bytes) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    byte[] secret = new byte[bytes];
    new SecureRandom().nextBytes(secret);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path mine = Files.createTempFile(dir, file.getFileName().toString(), ".new");
    try {
      try {
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system
      }
      Files.writeString(
          mine, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
      try {
        Files.createLink(file, mine);
      } catch (FileAlreadyExistsException theirs) {
        // another process made it first: its secret is the data folder's
      } catch (UnsupportedOperationException noLinks) {
        Files.move(mine, file);
      }
    } finally {
      Files.deleteIfExists(mine);
    }
  }
}
