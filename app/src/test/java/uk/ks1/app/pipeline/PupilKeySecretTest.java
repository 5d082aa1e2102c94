package uk.ks1.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PupilKeySecretTest {
  @TempDir Path data;

  @Test
  void processesStartingTogetherOnANewDataFolderGetOneSecretReadableByItsOwnerOnly()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> secrets = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        secrets.add(pool.submit(() -> PupilKeySecret.load(data)));
      }
      Set<String> distinct = new HashSet<>();
      for (Future<byte[]> s : secrets) {
        distinct.add(HexFormat.of().formatHex(s.get()));
      }
      assertThat(distinct).hasSize(1);
      try (var files = Files.list(data)) {
        assertThat(files.map(f -> f.getFileName().toString())).containsExactly(PupilKeySecret.FILE);
      }
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(data.resolve(PupilKeySecret.FILE))))
          .isEqualTo("rw-------");
    } finally {
      pool.shutdownNow();
    }
  }
}
