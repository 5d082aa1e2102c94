package uk.ks1.ingest.route;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;

class SettledFilesTest {
  private static final Instant NOW = Instant.parse("2026-06-26T10:00:00Z");
  private final SettledFiles<File> settled =
      new SettledFiles<>(300, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aFileUnchangedForTheSettleTimeIsTaken() {
    assertTrue(settled.accept(file(NOW.toEpochMilli() - 300, false)));
    assertTrue(settled.accept(file(NOW.toEpochMilli() - 60_000, false)));
  }

  @Test
  void aFileChangedWithinTheSettleTimeIsLeftForALaterPoll() {
    assertFalse(settled.accept(file(NOW.toEpochMilli() - 299, false)));
    assertFalse(settled.accept(file(NOW.toEpochMilli(), false)));
  }

  @Test
  void aFolderIsAlwaysLookedInside() {
    assertTrue(settled.accept(file(NOW.toEpochMilli(), true)));
  }

  private static GenericFile<File> file(long lastModified, boolean directory) {
    GenericFile<File> f = new GenericFile<>();
    f.setLastModified(lastModified);
    f.setDirectory(directory);
    return f;
  }
}
