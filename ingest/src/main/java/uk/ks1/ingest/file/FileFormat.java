package uk.ks1.ingest.file;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file accepted in a drop folder, known by their extension. */
public enum FileFormat {
  CTF,
  CSV,
  XLSX,
  ZIP;

  public static Optional<FileFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml") || name.endsWith(".ctf")) {
      return Optional.of(CTF);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    if (name.endsWith(".zip")) {
      return Optional.of(ZIP);
    }
    return Optional.empty();
  }
}
