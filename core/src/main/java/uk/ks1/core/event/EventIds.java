package uk.ks1.core.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Deterministic identifiers: the same file (LA folder, name, content, modification time) read
 * twice, say after a crash, gets the same ids, so replays count once.
 */
public final class EventIds {
  private EventIds() {}

  public static String fileId(String laFolder, String fileName, String sha256, long lastModified) {
    return sha256Hex(laFolder + "\n" + fileName + "\n" + sha256 + "\n" + lastModified)
        .substring(0, 16);
  }

  /** Readable and unique: the school's LAESTAB, then a hash of the file id and the school. */
  public static String submissionId(String fileId, String laestab) {
    return laestab + "-" + sha256Hex(fileId + "\n" + laestab).substring(0, 10);
  }

  /**
   * The id of a school's submission of one collection from a file that holds the school's returns
   * of several (a CTF with KS1 TA and phonics); a file with one collection of the school keeps
   * {@link #submissionId(String, String)}, so ids of such files are as they always were.
   */
  public static String submissionId(String fileId, String laestab, String collection) {
    return laestab + "-" + sha256Hex(fileId + "\n" + laestab + "\n" + collection).substring(0, 10);
  }

  /** The school (LAESTAB) a school's submission id names; empty for any other text. */
  public static Optional<String> schoolOf(String submissionId) {
    if (submissionId == null || !submissionId.matches("\\d{7}-[0-9a-f]{10}")) {
      return Optional.empty();
    }
    return Optional.of(submissionId.substring(0, 7));
  }

  /** The submission id given to a rejected file (an upload error belongs to no school). */
  public static String uploadErrorId(String fileId) {
    return "F-" + fileId;
  }

  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM lacks SHA-256", e);
    }
  }

  /** A new random id for a command's event: {@code <kind>-<32 hex digits>}. */
  public static String random(String kind) {
    return kind + "-" + java.util.UUID.randomUUID().toString().replace("-", "");
  }
}
