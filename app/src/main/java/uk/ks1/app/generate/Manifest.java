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

  /** One measure: eligible pupils, EXS+ (science: EXS) and GDS. */
  public record Measure(long eligible, long exsPlus, long gds) {}

  /** A level's figures: schools and pupils that count, and each measure. */
  public record Figures(
      long schools,
      long pupils,
      Measure reading,
      Measure writing,
      Measure maths,
      Measure science,
      Measure rwm) {}

  public static final String FILE = "manifest.json";

  public void write(Path dir) throws IOException {
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(FILE).toFile(), this);
  }

  public static Manifest read(Path dir) throws IOException {
    return Json.mapper().readValue(dir.resolve(FILE).toFile(), Manifest.class);
  }
}
