package uk.ks1.app.pipeline;

import java.nio.file.Path;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.identities.DataKeys;
import uk.ks1.identities.IdentitySeal;
import uk.ks1.identities.MasterKey;

/**
 * The seal every role of a data folder uses: its key store ({@code keys/data-keys.json}), unwrapped
 * with its master key ({@code KS1_MASTER_KEY} or {@code master-key.secret}), and its pupil keys.
 */
public final class Identities {
  private Identities() {}

  public static IdentitySeal seal(Path dataDir) {
    return new IdentitySeal(
        DataKeys.open(dataDir, MasterKey.load(dataDir)),
        new PupilKeys(PupilKeySecret.load(dataDir)));
  }
}
