package uk.ks1.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import uk.ks1.identities.SecretFile;

/**
 * The secret behind pupil keys: from {@code KS1_PUPIL_KEY} (base64) if set, else {@code
 * data/pupil-key.secret}, created on first start and readable by its owner only. The same secret
 * must be used to rebuild a store, or pupil keys (and moved-pupil matching) change.
 */
public final class PupilKeySecret {
  /** The environment variable that gives the secret. */
  public static final String ENV = "KS1_PUPIL_KEY";

  /** The file in the data folder that holds it otherwise. */
  public static final String FILE = "pupil-key.secret";

  /** Fewer bytes than this would make pupil keys guessable. */
  public static final int MIN_BYTES = 16;

  private PupilKeySecret() {}

  public static byte[] load(Path dataDir) {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return decode(env, ENV);
    }
    Path file = dataDir.resolve(FILE);
    try {
      SecretFile.createOnce(file, 32);
      return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create " + file, e);
    }
  }

  /**
   * Why {@code base64} cannot be the secret (never showing it); empty when it can: valid base64 of
   * at least {@link #MIN_BYTES} bytes.
   */
  public static Optional<String> whyNot(String base64) {
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      return Optional.of("is not valid base64" + advice());
    }
    if (secret.length < MIN_BYTES) {
      return Optional.of("is " + secret.length + " byte(s), too short" + advice());
    }
    return Optional.empty();
  }

  private static String advice() {
    return ": use at least "
        + MIN_BYTES
        + " random bytes in base64, e.g. from 'openssl rand -base64 32'.";
  }

  private static byte[] decode(String base64, String where) {
    whyNot(base64)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException("The pupil-key secret in " + where + " " + why);
            });
    return Base64.getDecoder().decode(base64.strip());
  }
}
