package uk.ks1.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The blind number that stands for a pupil everywhere outside the identities table: a keyed hash
 * (HMAC-SHA256) of the normalised UPN. Without the key, a UPN cannot be checked against it.
 */
public final class PupilKeys {

  public PupilKeys(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("The pupil-key secret needs at least 16 bytes");
    }
    SecretKeySpec key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.mac =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(key);
                return m;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
              }
            });
  }

  /** The pupil key for a raw UPN, or null when no UPN was given. */
  public String of(String rawUpn) {
    String upn = Upn.normalise(rawUpn);
    if (upn.isEmpty()) {
      return null;
    }
    byte[] digest = mac.get().doFinal(upn.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 10);
  }

  /** One initialised Mac per thread: looking one up and keying it costs more than using it. */
  private final ThreadLocal<Mac> mac;
}
