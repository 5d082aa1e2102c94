package uk.ks1.identities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every data key: from {@code KS1_MASTER_KEY} (base64 of 32 bytes) if set, else
 * the key file {@code master-key.secret} in the data folder, created on first start readable by its
 * owner only, and refused afterwards if anyone else may read it. Losing it loses the identities in
 * the log and the key store, never the figures (pupil keys are separate). Keep a copy apart from
 * the data folder's backups, or set {@code KS1_MASTER_KEY} from a secrets manager and keep no file
 * at all.
 */
public final class MasterKey {
  public static final String ENV = "KS1_MASTER_KEY";
  public static final String FILE = "master-key.secret";
  static final int BYTES = 32;

  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private MasterKey() {}

  /** The master key for a data folder, as this process's environment gives it. */
  public static SecretKey load(Path dataDir) {
    return load(dataDir, System.getenv(ENV));
  }

  static SecretKey load(Path dataDir, String env) {
    if (env != null && !env.isBlank()) {
      return decode(env, ENV);
    }
    Path file = dataDir.resolve(FILE);
    try {
      SecretFile.createOnce(file, BYTES);
      checkPermissions(file);
      return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create " + file, e);
    }
  }

  private static void checkPermissions(Path file) throws IOException {
    Set<PosixFilePermission> perms;
    try {
      perms = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException e) {
      return;
    }
    if (perms.stream().anyMatch(OTHERS::contains)) {
      throw new IllegalStateException(
          "The master key "
              + file
              + " may be read or changed by others ("
              + PosixFilePermissions.toString(perms)
              + "): run 'chmod 600 "
              + file
              + "' (and check who has read it), or give the key in "
              + ENV
              + " instead.");
    }
  }

  private static SecretKey decode(String base64, String where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The master key in "
              + where
              + " is not valid base64: make one with 'openssl rand"
              + " -base64 32'.");
    }
    if (key.length != BYTES) {
      throw new IllegalArgumentException(
          "The master key in "
              + where
              + " is "
              + key.length
              + " bytes: it must be 32 (AES-256), e.g. from 'openssl rand -base64 32'.");
    }
    return new SecretKeySpec(key, "AES");
  }
}
