package uk.ks1.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes zips for tests, entry names exactly as given (so hostile ones such as {@code ../x.csv} or
 * {@code /etc/x} can be made), each entry deflated or stored.
 */
public final class ZipBuilder {
  private record Entry(String name, byte[] content) {}

  private final List<Entry> entries = new ArrayList<>();

  private ZipBuilder() {}

  public static ZipBuilder zip() {
    return new ZipBuilder();
  }

  public ZipBuilder entry(String name, byte[] content) {
    entries.add(new Entry(name, content));
    return this;
  }

  /** An entry of {@code size} zero bytes: tiny once deflated, the stuff of zip bombs. */
  public ZipBuilder zeros(String name, int size) {
    return entry(name, new byte[size]);
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Entry e : entries) {
        zip.putNextEntry(new ZipEntry(e.name()));
        zip.write(e.content());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
