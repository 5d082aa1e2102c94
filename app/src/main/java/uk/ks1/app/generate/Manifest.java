package uk.ks1.app.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.ks1.core.json.Json;

/**
 * What a generated collection holds and the figures a correct load must produce from it, written as
 * {@code manifest.json} beside the LA folders.
 */
public record Manifest(
    int year,
    double scale,
    long seed,
    double errorRate,
    List<String> formats,
    long files,
    long rejectedFiles,
    long schools,
    long pupilsInFiles,
    Map<String, Long> mistakes,
    Figures national,
    Map<String, Figures> regions,
    Map<String, Figures> las) {

  /**
   * A level's figures: schools and pupils that count, and each of the collection's counts by the
   * store's column name (school_counts' columns for KS1 TA), in the collection's order.
   */
  public record Figures(long schools, long pupils, Map<String, Long> counts) {}

  public static final String FILE = "manifest.json";

  public void write(Path dir) throws IOException {
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(FILE).toFile(), this);
  }

  public static Manifest read(Path dir) throws IOException {
    return Json.mapper().readValue(dir.resolve(FILE).toFile(), Manifest.class);
  }
}
