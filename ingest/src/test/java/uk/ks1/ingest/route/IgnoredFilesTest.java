package uk.ks1.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoredFilesTest {
  @Test
  void unfinishedFilesAreIgnoredInAnyCase() {
    for (String name :
        List.of(
            "upload.part",
            "3302001.xml.tmp",
            "Return.XLSX.crdownload",
            "a.csv.camelLock",
            "B.PART",
            "c.Tmp")) {
      assertTrue(IgnoredFiles.unfinished(Path.of(name)), name);
      assertTrue(IgnoredFiles.ignored(Path.of("sub", name)), name);
      assertFalse(IgnoredFiles.hidden(Path.of(name)), name);
    }
  }

  @Test
  void hiddenNamesAndFilesInHiddenFoldersAreIgnoredButNotUnfinished() {
    for (String path : List.of(".3302001.xml", ".DS_Store", ".git/3302001.xml", "a/.b/c.csv")) {
      assertTrue(IgnoredFiles.ignored(Path.of(path)), path);
      assertTrue(IgnoredFiles.hidden(Path.of(path)), path);
      assertFalse(IgnoredFiles.unfinished(Path.of(path)), path);
    }
    assertFalse(IgnoredFiles.unfinished(Path.of(".upload.part")));
  }

  @Test
  void returnsAndOtherFilesAreRead() {
    for (String path :
        List.of("3302001.xml", "part.csv", "upload.parts", "tmp", "sub/a.tmp.xml", "x.zip")) {
      assertFalse(IgnoredFiles.ignored(Path.of(path)), path);
    }
  }

  /** Camel's file consumer, with the route's exclude option, reads exactly what is not ignored. */
  @Test
  void camelReadsExactlyTheFilesNotIgnored(@TempDir Path inbox) throws Exception {
    List<String> all =
        List.of(
            "330/a.xml",
            "330/b.part",
            "330/C.TMP",
            "330/d.xlsx.crdownload",
            "330/e.csv.camelLock",
            "330/.f.xml",
            "330/.g/h.xml",
            "330/sub/i.csv",
            "801/j.zip");
    for (String f : all) {
      Path file = inbox.resolve(f);
      Files.createDirectories(file.getParent());
      Files.writeString(file, f);
    }
    Set<String> read = new TreeSet<>();
    try (DefaultCamelContext camel = new DefaultCamelContext()) {
      camel.start();
      ConsumerTemplate consumer = camel.createConsumerTemplate();
      String uri = "file:" + inbox + "?recursive=true&noop=true&exclude=" + IgnoredFiles.EXCLUDE;
      for (String body; (body = consumer.receiveBody(uri, 1000, String.class)) != null; ) {
        read.add(body);
      }
    }
    Set<String> notIgnored = new TreeSet<>();
    for (String f : all) {
      Path inLaFolder = Path.of(f).subpath(1, Path.of(f).getNameCount());
      if (!IgnoredFiles.ignored(inLaFolder)) {
        notIgnored.add(f);
      }
    }
    assertEquals(Set.of("330/a.xml", "330/sub/i.csv", "801/j.zip"), read);
    assertEquals(read, notIgnored);
  }
}
