package uk.ks1.app.toy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.bench.ManifestCheck;
import uk.ks1.app.generate.CollectionGenerator;
import uk.ks1.app.generate.Manifest;
import uk.ks1.app.load.LoadPlan;
import uk.ks1.app.load.Loader;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * Two collections generated into one tree (KS1 TA and the toy reading check, whose measure reads
 * its NC-year item) in all three formats with mistakes, loaded through the real intake, broker,
 * validation and DuckDB store: each collection's national, regional and LA figures equal its part
 * of the one manifest, count for count.
 */
@Timeout(300)
class GeneratedCollectionsIT {
  private static final CollectionRegistry COLLECTIONS =
      CollectionRegistry.of(Ks1Ta.definition(), ReadingCheck.DEFINITION);

  @TempDir Path tmp;

  @Test
  void twoGeneratedCollectionsLoadToExactlyTheirManifests() throws Exception {
    Path out = tmp.resolve("collection");
    Manifest manifest =
        new CollectionGenerator(COLLECTIONS.all())
            .generate(
                new CollectionGenerator.Options(
                    out, 0.002, 2023, 7, 0.05, List.of("ctf", "csv", "xlsx")),
                n -> {},
                n -> {});

    assertThat(manifest.collections().keySet()).containsExactly("KS1_TA", "READING_CHECK");
    assertThat(Manifest.read(out)).isEqualTo(manifest);
    Manifest.Collection ks1 = manifest.collection("KS1_TA");
    Manifest.Collection toy = manifest.collection("READING_CHECK");
    assertThat(toy.schools()).as("the same schools in each").isEqualTo(ks1.schools());
    assertThat(toy.files()).isEqualTo(ks1.files());
    // every pupil of the toy is in Year 1: the tally gave its NC-year item the files' NC year
    assertThat(toy.national().counts().get("met_in_year_1"))
        .isPositive()
        .isEqualTo(toy.national().counts().get("met"));
    assertThat(ks1.pupilsWithMistakes()).as("KS1 mistakes").isGreaterThan(10);
    // the toy's rules catch no item mistake, so none is made in it; the others are
    assertThat(toy.mistakes())
        .doesNotContainKeys("BLANK_RESULT", "CODE_OF_ANOTHER_SUBJECT")
        .containsKey("WRONG_CHECK_LETTER");
    try (Stream<Path> files = Files.walk(out)) {
      Map<String, Long> byToken =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches(".*\\.(xml|csv|xlsx)"))
              .collect(
                  Collectors.groupingBy(
                      n -> n.contains("RC") ? "RC" : "KS1", Collectors.counting()));
      assertThat(byToken).containsOnlyKeys("RC", "KS1");
      assertThat(byToken.get("RC") + byToken.get("KS1")).isEqualTo(manifest.files());
    }

    Path data = tmp.resolve("data");
    Loader.Outcome outcome =
        Loader.load(
            Ks1Config.withDefaults(data, 2023),
            COLLECTIONS,
            LoadPlan.of(List.of(out)).items(),
            Duration.ofMinutes(2),
            n -> {},
            null,
            null);
    assertThat(outcome.waiter().rejected()).isEqualTo(manifest.rejectedFiles());

    Path store = Ks1Config.storeIn(data);
    assertThat(ManifestCheck.differences(store, manifest, COLLECTIONS))
        .containsExactly(Map.entry("KS1_TA", List.of()), Map.entry("READING_CHECK", List.of()));
    assertThat(
            rows(
                store,
                "SELECT DISTINCT collection FROM submissions WHERE status = 'successful'"
                    + " ORDER BY collection"))
        .containsExactly("KS1_TA", "READING_CHECK");
    assertThat(rows(store, "SELECT DISTINCT nc_year FROM reading_check_pupil_records"))
        .containsExactly("1");
  }

  private static List<String> rows(Path store, String sql) throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store, readOnly);
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
