package uk.ks1.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample CTFs the project was given ({@code shared/samples/}), kept in the repository so the
 * tests run from any clone: {@code ks1-synthetic.ctf.xml} (a KS1 return) and {@code
 * mtc-ks2.ctf.xml} (a multiplication-check file, no KS1 records).
 */
public final class Samples {
  private Samples() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
