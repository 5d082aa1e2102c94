package uk.ks1.app.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A settings file ({@code ks1.properties}): Java properties in UTF-8, read entry by entry so that
 * each entry keeps the line it starts on for messages. A key given twice takes its last value, as
 * {@link Properties} does.
 */
public final class ConfigFile {
  /** One {@code key=value} entry and the line it starts on (1 for the first line). */
  public record Entry(String key, String value, int line) {}

  private final Path path;
  private final List<Entry> entries;

  private ConfigFile(Path path, List<Entry> entries) {
    this.path = path;
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads the file. A line the properties format cannot read (a malformed {@code \\uXXXX} escape)
   * throws, naming its line.
   */
  public static ConfigFile read(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    List<Entry> entries = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int first = i;
      String start = lines.get(i).stripLeading();
      StringBuilder logical = new StringBuilder(lines.get(i));
      boolean comment = start.isEmpty() || start.startsWith("#") || start.startsWith("!");
      while (!comment && continues(lines.get(i)) && i + 1 < lines.size()) {
        logical.append('\n').append(lines.get(++i));
      }
      i++;
      if (comment) {
        continue;
      }
      Properties one = new Properties();
      try {
        one.load(new StringReader(logical.toString()));
      } catch (IllegalArgumentException e) {
        throw new IOException("line " + (first + 1) + " is not a property: " + e.getMessage(), e);
      }
      for (String key : one.stringPropertyNames()) {
        entries.add(new Entry(key, one.getProperty(key), first + 1));
      }
    }
    return new ConfigFile(path, entries);
  }

  /** A line ending in an odd number of backslashes goes on on the next line. */
  private static boolean continues(String line) {
    int slashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }

  public Path path() {
    return path;
  }

  /** Every entry in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entry a key has last. */
  public Optional<Entry> get(String key) {
    Entry found = null;
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }
}
