package uk.ks1.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files made outside the tests and committed, such as a workbook saved by LibreOffice Calc. */
public final class Fixtures {
  /** Five pupils of schools 3302005 and 3302006, saved by LibreOffice Calc (see HOW-MADE.txt). */
  public static final String LIBREOFFICE_XLSX = "libreoffice/ks1-libreoffice-2023.xlsx";

  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
