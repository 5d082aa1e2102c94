package uk.ks1.ingest.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inbox's filter lets through: real folders and regular files, nothing else. */
class RegularFilesOnlyTest {
  @TempDir Path data;
  private Path inbox;
  private final List<String> passedOn = new ArrayList<>();
  private final NotRegularEntries notRegular = new NotRegularEntries();
  private RegularFilesOnly<File> filter;

  @BeforeEach
  void inbox() throws Exception {
    inbox = Files.createDirectories(data.resolve("inbox"));
    filter =
        new RegularFilesOnly<>(
            f -> {
              passedOn.add(f.getRelativeFilePath());
              return true;
            },
            notRegular);
  }

  private boolean accept(String relative) {
    GenericFile<File> f = new GenericFile<>();
    Path path = inbox.resolve(relative);
    f.setAbsoluteFilePath(path.toString());
    f.setRelativeFilePath(relative);
    f.setFile(path.toFile());
    return filter.accept(f);
  }

  @Test
  void realFoldersAndRegularFilesGoOnToTheSettleCheck() throws Exception {
    Files.createDirectories(inbox.resolve("330/trust"));
    Files.writeString(inbox.resolve("330/trust/3302001.xml"), "x");

    assertThat(accept("330")).isTrue();
    assertThat(accept("330/trust")).isTrue();
    assertThat(accept("330/trust/3302001.xml")).isTrue();
    assertThat(passedOn).containsExactly("330", "330/trust", "330/trust/3302001.xml");
    assertThat(notRegular.current()).isEmpty();
  }

  @Test
  void linksPipesAndLinkedFoldersAreLeftAloneEachNamedUntilGone() throws Exception {
    Path la = Files.createDirectories(inbox.resolve("330"));
    Files.createDirectories(data.resolve("done/886"));
    Files.createSymbolicLink(la.resolve("steal"), Path.of("../../done/886"));
    Files.createSymbolicLink(la.resolve("x.xml"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(la.resolve("dangling.xml"), la.resolve("nowhere.xml"));
    Files.createSymbolicLink(la.resolve("loop.xml"), la.resolve("loop.xml"));
    Files.createSymbolicLink(inbox.resolve("926"), Path.of("../done/886"));
    Process mkfifo = new ProcessBuilder("mkfifo", la.resolve("f.csv").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    for (String entry :
        List.of("330/steal", "330/x.xml", "330/dangling.xml", "330/loop.xml", "330/f.csv", "926")) {
      assertThat(accept(entry)).as(entry).isFalse();
    }
    assertThat(passedOn).isEmpty();
    assertThat(notRegular.current())
        .containsExactly(
            "330/dangling.xml (a symbolic link)",
            "330/f.csv (a named pipe (FIFO))",
            "330/loop.xml (a symbolic link)",
            "330/steal (a symbolic link)",
            "330/x.xml (a symbolic link)",
            "926 (a symbolic link)");

    // a run of polls that saw only one of them forgets the others (gone)
    notRegular.runEnded();
    accept("330/steal");
    notRegular.runEnded();
    assertThat(notRegular.current()).containsExactly("330/steal (a symbolic link)");
  }
}
