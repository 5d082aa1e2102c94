package uk.ks1.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only a regular file is opened, and never more than the limit plus one byte is read. */
@Timeout(10)
class BoundedReadTest {
  @TempDir Path dir;

  static void mkfifo(Path path) throws Exception {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(p.waitFor()).isZero();
  }

  @Test
  void aFileWithinTheLimitIsReadWhole() throws Exception {
    Path f = Files.writeString(dir.resolve("a.csv"), "0123456789");

    BoundedRead read = BoundedRead.of(f, 10);

    assertThat(read.overLimit()).isFalse();
    assertThat(read.size()).isEqualTo(10);
    assertThat(new String(read.content())).isEqualTo("0123456789");
    assertThat(read.modifiedMillis()).isEqualTo(Files.getLastModifiedTime(f).toMillis());
  }

  @Test
  void aFileClaimingMoreThanTheLimitIsNotRead() throws Exception {
    Path f = Files.writeString(dir.resolve("a.csv"), "0123456789");

    BoundedRead read = BoundedRead.of(f, 9);

    assertThat(read.overLimit()).isTrue();
    assertThat(read.size()).isEqualTo(10);
  }

  @Test
  void aFileHoldingMoreThanItClaimsIsOverTheLimitOnceLimitPlusOneBytesAreRead() throws Exception {
    // a regular file that says it is 0 bytes and holds more, as one growing while it is read
    Path maps = Path.of("/proc/self/maps");
    assertThat(Files.size(maps)).isZero();

    BoundedRead read = BoundedRead.of(maps, 100);

    assertThat(read.overLimit()).isTrue();
    assertThat(read.size()).isEqualTo(101);
  }

  @Test
  void aFileHoldingMoreThanItClaimsButWithinTheLimitIsReadWhole() throws Exception {
    // /proc/self/cmdline claims 0 bytes and holds this JVM's command line, NUL-separated
    Path cmdline = Path.of("/proc/self/cmdline");
    assertThat(Files.size(cmdline)).isZero();

    BoundedRead read = BoundedRead.of(cmdline, 1_000_000);

    assertThat(read.overLimit()).isFalse();
    assertThat(new String(read.content(), java.nio.charset.StandardCharsets.UTF_8))
        .isNotEmpty()
        .endsWith("\0")
        .isEqualTo(Files.readString(cmdline)); // every byte, read on past the 0 it claimed
    assertThat(read.size()).isEqualTo(read.content().length);
  }

  @Test
  void aLinkIsNeverFollowedNeitherToAFileNorToADevice() throws Exception {
    Path passwd = Files.createSymbolicLink(dir.resolve("x.xml"), Path.of("/etc/passwd"));
    Path zero = Files.createSymbolicLink(dir.resolve("z.xml"), Path.of("/dev/zero"));

    assertThatThrownBy(() -> BoundedRead.of(passwd, 1000))
        .isInstanceOf(NotARegularFileException.class)
        .hasMessage("x.xml is a symbolic link, not a regular file; it was not read");
    assertThatThrownBy(() -> BoundedRead.of(zero, 1000))
        .isInstanceOf(NotARegularFileException.class)
        .hasMessage("z.xml is a symbolic link, not a regular file; it was not read");
  }

  @Test
  void aNamedPipeIsNeverOpened() throws Exception {
    Path fifo = dir.resolve("f.csv");
    mkfifo(fifo);

    // opening it would block until something writes to it (the timeout would fail the test)
    assertThatThrownBy(() -> BoundedRead.of(fifo, 1000))
        .isInstanceOf(NotARegularFileException.class)
        .hasMessage("f.csv is a named pipe (FIFO), not a regular file; it was not read");
  }

  @Test
  void aFileReachedThroughALinkedFolderIsOutsideItsLaFolder() throws Exception {
    Path other = Files.createDirectories(dir.resolve("done/886"));
    Files.writeString(other.resolve("archived.xml"), "<CTfile/>");
    Path la = Files.createDirectories(dir.resolve("inbox/330"));
    Files.createSymbolicLink(la.resolve("steal"), Path.of("../../done/886"));
    Files.writeString(la.resolve("own.xml"), "<CTfile/>");

    assertThatThrownBy(() -> LaFolderPath.requireInside(la.resolve("steal/archived.xml"), la))
        .isInstanceOf(NotARegularFileException.class)
        .hasMessage(
            "archived.xml is outside its LA folder (reached through a link), not a regular file;"
                + " it was not read");
    LaFolderPath.requireInside(la.resolve("own.xml"), la);
  }
}
