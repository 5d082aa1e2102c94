package uk.ks1.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest holds each collection's part by id; one of the generator from before (one
 * collection's files and figures at the top) is still read, as the figures of the collection named
 * for it, and one whose figures were by subject is not reused.
 */
class ManifestTest {
  @TempDir Path dir;

  private static final String OLDER =
      """
      {"year":2023,"scale":0.003,"seed":5,"errorRate":0.02,"formats":["ctf"],"files":40,
       "rejectedFiles":1,"schools":40,"pupilsInFiles":1200,"mistakes":{"BLANK_RESULT":3},
       "national":{"schools":39,"pupils":1150,"counts":{"reading_eligible":1100}},
       "regions":{"London":{"schools":5,"pupils":150,"counts":{"reading_eligible":140}}},
       "las":{"201":{"schools":5,"pupils":150,"counts":{"reading_eligible":140}}}}
      """;

  @Test
  void aManifestIsWrittenAndReadBackByCollection() throws Exception {
    Manifest.Figures f = new Manifest.Figures(2, 40, Map.of("checked", 38L));
    Manifest.Collection c =
        new Manifest.Collection(
            2, 0, 2, 41, Map.of("BLANK_RESULT", 1L, "WRONG_LA_FOLDER", 0L), f, Map.of(), Map.of());
    Manifest m = new Manifest(2023, 0.1, 1, 0.01, List.of("ctf"), Map.of("A", c));
    m.write(dir);

    Manifest read = Manifest.read(dir);
    assertThat(read).isEqualTo(m);
    assertThat(read.collection("A").pupilsWithMistakes()).isEqualTo(1);
    assertThat(read.holdsExactly(List.of("A"))).isTrue();
    assertThat(read.holdsExactly(List.of("A", "B"))).isFalse();
    assertThat(Files.readString(dir.resolve(Manifest.FILE)))
        .contains("\"collections\"")
        .doesNotContain("pupilsWithMistakes")
        .doesNotContain("\"files\" : 2,\n  \"rejectedFiles\"");
    assertThatThrownBy(() -> read.collection("B"))
        .hasMessage("the manifest has no collection B (it has [A])");
  }

  @Test
  void anOlderGeneratorsManifestIsTheNamedCollectionsFigures() throws Exception {
    Files.writeString(dir.resolve(Manifest.FILE), OLDER);

    Manifest m = Manifest.read(dir, "KS1_TA");
    assertThat(m.year()).isEqualTo(2023);
    assertThat(m.formats()).containsExactly("ctf");
    assertThat(m.collections()).containsOnlyKeys("KS1_TA");
    Manifest.Collection ks1 = m.collection("KS1_TA");
    assertThat(ks1.files()).isEqualTo(40);
    assertThat(ks1.rejectedFiles()).isEqualTo(1);
    assertThat(ks1.national().counts()).containsExactly(Map.entry("reading_eligible", 1100L));
    assertThat(ks1.las().get("201").pupils()).isEqualTo(150);
    assertThat(m.holdsExactly(List.of("KS1_TA"))).isTrue();
    assertThat(Manifest.read(dir).collections()).isEmpty();
  }

  @Test
  void aManifestWhoseFiguresWereBySubjectIsNotReused() throws Exception {
    Files.writeString(
        dir.resolve(Manifest.FILE),
        OLDER.replace(
            "\"national\":{\"schools\":39,\"pupils\":1150,\"counts\":{\"reading_eligible\":1100}}",
            "\"national\":{\"schools\":39,\"pupils\":1150,\"subjects\":{}}"));
    assertThat(Manifest.read(dir, "KS1_TA").holdsExactly(List.of("KS1_TA"))).isFalse();
  }
}
