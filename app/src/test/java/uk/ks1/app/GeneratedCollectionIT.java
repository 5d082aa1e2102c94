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
import uk.ks1.app.generate.Manifest;
import uk.ks1.app.pipeline.Registered;

/**
 * A generated collection in all three formats, with mistakes of every kind, through the real
 * pipeline: national, regional and LA figures equal the generator's manifest, count for count.
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
    Manifest.Collection manifest =
        Manifest.read(collection).collection(Registered.defaultCollection().id());
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

    assertThat(
            ManifestCheck.differences(
                data.resolve("ks1.duckdb"), manifest, Registered.defaultCollection()))
        .isEmpty();
    assertThat(
            StoreQueries.one(
                data.resolve("ks1.duckdb"),
                "SELECT count(*) FROM files WHERE outcome = 'rejected'"))
        .isEqualTo(String.valueOf(manifest.rejectedFiles()));
    assertThat(
            StoreQueries.rows(
                data.resolve("ks1.duckdb"),
                "SELECT DISTINCT year FROM submissions WHERE year IS NOT NULL"))
        .containsExactly("2023");
    assertThat(List.of(manifest.national().pupils())).allMatch(n -> n > 2000);
  }
}
