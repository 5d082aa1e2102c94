package uk.ks1.testkit;

import java.nio.file.Path;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.identities.DataKeys;
import uk.ks1.identities.IdentitySeal;
import uk.ks1.identities.MasterKey;

/** A real seal for a test's folder: its own master key file and key store, made on first use. */
public final class Seals {
  private Seals() {}

  public static IdentitySeal in(Path dir) {
    return new IdentitySeal(DataKeys.open(dir, MasterKey.load(dir)), new PupilKeys(new byte[32]));
  }
}
