package uk.ks1.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for values as bytes in every file under a folder (a data folder: store, snapshot, Parquet,
 * done/, failed/, reports, Kafka's log segments), as someone with the disk would.
 */
public final class BytesOnDisk {
  private BytesOnDisk() {}

  /** "value in path" (path relative to {@code dir}) for each value found in each file. */
  public static List<String> found(Path dir, Collection<String> values) throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.walk(dir)) {
      all = files.filter(Files::isRegularFile).toList();
    }
    List<String> found = new ArrayList<>();
    for (Path f : all) {
      String bytes;
      try {
        bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      } catch (java.nio.file.NoSuchFileException gone) {
        continue; // removed while looking (a running service's temporary file)
      }
      for (String v : values) {
        if (bytes.contains(v)) {
          found.add(v + " in " + dir.relativize(f));
        }
      }
    }
    return found;
  }
}
