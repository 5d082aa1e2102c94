package uk.ks1.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.generate.Manifest;
import uk.ks1.app.pipeline.Registered;

/**
 * The snapshot benchmark on a small collection: it loads the collection once, resends schools'
 * files while the snapshot is refreshed as the service refreshes it, and reports every probe from a
 * snapshot holding the whole collection. Times are not asserted: benchmarks, not timed tests.
 */
@Timeout(240)
class SnapshotBenchIT {
  @TempDir Path work;

  @Test
  void aSmallSnapshotBenchmarkTimesEveryProbeAgainstTheWholeStore() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      SnapshotBench.run(new SnapshotBench.Options(work, 0.003, 3, 2, 1, 7), out);
    }
    String report = bytes.toString(StandardCharsets.UTF_8);
    Manifest read =
        Manifest.read(
            NationalBench.collectionDir(
                new NationalBench.Options(work, 0.003, 1, 2023, 0.01, "ctf")));
    // resent files hold the same pupils: the store, and so its snapshot, stays the collection's,
    // each collection's pupils as its manifest counts them
    StringBuilder pupils = new StringBuilder();
    long schools = 0;
    for (var d : Registered.collections().all()) {
      Manifest.Collection m = read.collection(d.id());
      pupils.append(pupils.length() == 0 ? "" : ", ");
      pupils.append(String.format("%,d %s", m.national().pupils(), d.id()));
      schools = Math.max(schools, m.national().schools());
    }
    assertThat(report)
        .contains(
            String.format(
                "a store of %s pupils in %,d schools (scale 0.003), 3 probes", pupils, schools));
    assertThat(report)
        .containsPattern(
            "committed in the store to the analysts' snapshot showing it: +p50 \\d+ ms")
        .containsPattern("dropped in the inbox to the snapshot showing it: +p50 \\d+ ms");
  }
}
