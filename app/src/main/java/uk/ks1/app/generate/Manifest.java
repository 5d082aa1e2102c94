package uk.ks1.app.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.ks1.core.json.Json;

/**
 * What a generated collection holds and the figures a correct load must produce from it, written as
 * {@code manifest.json} beside the LA folders: the options it was generated with, then each
 * collection's files and figures by collection id, in the order they were generated.
 */
public record Manifest(
    int year,
    double scale,
    long seed,
    double errorRate,
    List<String> formats,
    Map<String, Collection> collections) {

  /** One collection's files, mistakes and the figures a correct load must give. */
  public record Collection(
      long files,
      long rejectedFiles,
      long schools,
      long pupilsInFiles,
      Map<String, Long> mistakes,
      Figures national,
      Map<String, Figures> regions,
      Map<String, Figures> las) {

    /** Whether its figures are a collection's counts (not an older generator's by subject). */
    boolean hasCounts() {
      return national != null && national.counts() != null;
    }

    /** The pupils with a mistake made on purpose (not the files in another LA's folder). */
    public long pupilsWithMistakes() {
      return mistakes.entrySet().stream()
          .filter(e -> !e.getKey().equals(WRONG_LA_FOLDER))
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  /**
   * A level's figures: schools and pupils that count, and each of the collection's counts by the
   * store's column name (school_counts' columns for KS1 TA), in the collection's order.
   */
  public record Figures(long schools, long pupils, Map<String, Long> counts) {}

  public static final String FILE = "manifest.json";

  /** The mistake count of files written to another LA's folder (rejected whole). */
  public static final String WRONG_LA_FOLDER = "WRONG_LA_FOLDER";

  public Manifest {
    formats = List.copyOf(formats);
    collections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(collections));
  }

  /** The collection's part; a collection not generated here is a programming error. */
  public Collection collection(String id) {
    Collection c = collections.get(id);
    if (c == null) {
      throw new IllegalArgumentException(
          "the manifest has no collection " + id + " (it has " + collections.keySet() + ")");
    }
    return c;
  }

  /** Every collection's files. */
  public long files() {
    return collections.values().stream().mapToLong(Collection::files).sum();
  }

  /** Every collection's files in another LA's folder. */
  public long rejectedFiles() {
    return collections.values().stream().mapToLong(Collection::rejectedFiles).sum();
  }

  /** Every collection's pupils in its files. */
  public long pupilsInFiles() {
    return collections.values().stream().mapToLong(Collection::pupilsInFiles).sum();
  }

  /**
   * Whether it holds exactly these collections, each with its figures as counts: a folder is reused
   * only then.
   */
  public boolean holdsExactly(List<String> ids) {
    return List.copyOf(collections.keySet()).equals(ids)
        && collections.values().stream().allMatch(Collection::hasCounts);
  }

  public void write(Path dir) throws IOException {
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(FILE).toFile(), this);
  }

  /**
   * The manifest in {@code dir}; one of a generator from before manifests held several collections
   * (its figures at the top) has no collections.
   */
  public static Manifest read(Path dir) throws IOException {
    return read(dir, null);
  }

  /**
   * The manifest in {@code dir}; one of a generator from before manifests held several collections
   * (one collection's files and figures at the top) is read as the figures of {@code
   * olderManifestsCollection} (the only collection generated then), or as none when that is null.
   */
  public static Manifest read(Path dir, String olderManifestsCollection) throws IOException {
    JsonNode tree = Json.mapper().readTree(dir.resolve(FILE).toFile());
    if (tree.has("collections")) {
      return Json.mapper().treeToValue(tree, Manifest.class);
    }
    Map<String, Collection> older =
        olderManifestsCollection == null
            ? Map.of()
            : Map.of(olderManifestsCollection, Json.mapper().treeToValue(tree, Collection.class));
    return new Manifest(
        tree.path("year").asInt(),
        tree.path("scale").asDouble(),
        tree.path("seed").asLong(),
        tree.path("errorRate").asDouble(),
        tree.has("formats")
            ? Json.mapper()
                .convertValue(
                    tree.get("formats"),
                    Json.mapper()
                        .getTypeFactory()
                        .constructCollectionType(List.class, String.class))
            : List.of(),
        older);
  }
}
