package uk.ks1.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret behind pupil keys: from {@code KS1_PUPIL_KEY} (base64) if set, else {@code
 * data/pupil-key.secret}, created on first start and readable by its owner only. The same secret
 * must be used to rebuild a store, or pupil keys (and moved-pupil matching) change.
 */
public final class PupilKeySecret {
  private PupilKeySecret() {}

  public static byte[] load(Path dataDir) {
    String env = System.getenv("KS1_PUPIL_KEY");
    if (env != null && !env.isBlank()) {
      return Base64.getDecoder().decode(env.strip());
    }
    Path file = dataDir.resolve("pupil-key.secret");
    try {
      if (!Files.exists(file)) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(dataDir);
        Files.writeString(
            file, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
          // not a POSIX file system
        }
      }
      return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create " + file, e);
    }
  }
}
