package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.bench.ManifestCheck;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.generate.Manifest;
import uk.ks1.app.pipeline.Registered;

/**
 * A generated collection of every registered collection with a sample, in all three formats, with
 * mistakes of every kind, through the real pipeline: each collection's national, regional and LA
 * figures equal its part of the generator's manifest, count for count.
 */
@Timeout(240)
class GeneratedCollectionIT {
  @TempDir Path tmp;

  @Test
  void aGeneratedCollectionLoadsToExactlyItsManifest() throws Exception {
    Path collection = tmp.resolve("collection");
    assertThat(
            Ks1.execute(
                "generate",
                "--out",
                collection.toString(),
                "--scale",
                "0.005",
                "--seed",
                "11",
                "--errors",
                "0.05",
                "--formats",
                "ctf,csv,xlsx"))
        .isZero();
    Manifest all = Manifest.read(collection);
    Manifest.Collection manifest = all.collection(Registered.defaultCollection().id());
    assertThat(manifest.mistakes().values().stream().mapToLong(Long::longValue).sum())
        .as("mistakes were made")
        .isGreaterThan(50);
    try (Stream<Path> files = Files.walk(collection)) {
      assertThat(
              files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).count())
          .as("workbooks among the files")
          .isPositive();
    }

    Path data = tmp.resolve("data");
    assertThat(Ks1.execute("load", "--data", data.toString(), collection.toString())).isZero();

    // every registered collection with a sample was generated (the default), and each loads exactly
    assertThat(all.collections().keySet())
        .containsExactlyElementsOf(
            CollectionChoice.generatable(Registered.collections()).stream()
                .map(d -> d.id())
                .toList());
    assertThat(ManifestCheck.differences(data.resolve("ks1.duckdb"), all, Registered.collections()))
        .allSatisfy((id, diffs) -> assertThat(diffs).as(id).isEmpty());
    assertThat(
            StoreQueries.one(
                data.resolve("ks1.duckdb"),
                "SELECT count(*) FROM files WHERE outcome = 'rejected'"))
        .isEqualTo(String.valueOf(all.rejectedFiles()));
    assertThat(
            StoreQueries.rows(
                data.resolve("ks1.duckdb"),
                "SELECT DISTINCT year FROM submissions WHERE year IS NOT NULL"))
        .containsExactly("2023");
    assertThat(List.of(manifest.national().pupils())).allMatch(n -> n > 2000);
  }
}
