package uk.ks1.app.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.CommandInputException;

/** What a load takes, leaves and refuses, before anything starts. */
class LoadPlanTest {
  @TempDir Path tmp;

  private Path file(String relative) throws Exception {
    Path f = tmp.resolve(relative);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, relative);
  }

  private static List<String> items(LoadPlan plan) {
    return plan.items().stream().map(i -> i.la() + ":" + i.file().getFileName()).toList();
  }

  @Test
  void unfinishedFilesAreLeftAndNamedHiddenOnesLeftQuietly() throws Exception {
    file("c/330/3302001.xml");
    file("c/330/upload.part");
    file("c/330/sub/Return.XLSX.crdownload");
    file("c/330/.DS_Store");
    file("c/330/.staging/3302002.xml");
    file("c/801/8012001.csv");
    file("c/801/8012002.csv.TMP");
    file("c/801/x.camelLock");
    file("c/.git/config");
    file("c/manifest.json");
    file("c/notes/.keep");

    LoadPlan plan = LoadPlan.of(List.of(tmp.resolve("c")));

    assertThat(items(plan)).containsExactly("330:3302001.xml", "801:8012001.csv");
    assertThat(plan.unfinished())
        .containsExactly(
            "330/sub/Return.XLSX.crdownload",
            "330/upload.part",
            "801/8012002.csv.TMP",
            "801/x.camelLock");
  }

  @Test
  void linksPipesAndLinkedFoldersAreLeftUnreadAndNamedAsTheInboxLeavesThem() throws Exception {
    file("c/330/3302001.xml");
    Path outside = file("elsewhere/3302002.xml");
    Files.createSymbolicLink(tmp.resolve("c/330/linked.xml"), outside);
    Files.createSymbolicLink(tmp.resolve("c/330/folder"), outside.getParent());
    Files.createSymbolicLink(tmp.resolve("c/330/dangling.xml"), tmp.resolve("nowhere.xml"));
    Files.createSymbolicLink(tmp.resolve("c/801"), tmp.resolve("elsewhere"));
    Process mkfifo = new ProcessBuilder("mkfifo", tmp.resolve("c/330/f.csv").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    LoadPlan plan = LoadPlan.of(List.of(tmp.resolve("c")));

    assertThat(items(plan)).containsExactly("330:3302001.xml");
    assertThat(plan.notRegular())
        .containsExactly(
            "330/dangling.xml (a symbolic link)",
            "330/f.csv (a named pipe (FIFO))",
            "330/folder (a symbolic link)",
            "330/linked.xml (a symbolic link)",
            "801 (a symbolic link)");
    // and a link named on the command line is not followed either
    LoadPlan named = LoadPlan.of(List.of(tmp.resolve("c/330/linked.xml")));
    assertThat(named.items()).isEmpty();
    assertThat(named.notRegular()).containsExactly("330/linked.xml (a symbolic link)");
  }

  @Test
  void anUnfinishedFileNamedOnTheCommandLineIsLeftAndNamedToo() throws Exception {
    Path part = file("330/upload.part");
    Path xml = file("330/3302001.xml");

    LoadPlan plan = LoadPlan.of(List.of(part, xml));

    assertThat(items(plan)).containsExactly("330:3302001.xml");
    assertThat(plan.unfinished()).containsExactly("330/upload.part");
  }

  @Test
  void foldersBesideTheLaFoldersThatHoldFilesAreRefusedEachNamed() throws Exception {
    file("c/330/3302001.xml");
    file("c/3301/3302002.xml");
    file("c/xyz/deep/notes.txt");
    file("c/empty/.keep");
    Files.createDirectories(tmp.resolve("c/nothing"));

    assertThatThrownBy(() -> LoadPlan.of(List.of(tmp.resolve("c"))))
        .isInstanceOf(CommandInputException.class)
        .hasMessage(
            tmp.resolve("c/3301")
                + ", "
                + tmp.resolve("c/xyz")
                + " are not LA folders: name each folder after its LA's 3-digit code (e.g."
                + " 330/) and lay files out as <LA code>/<files>, e.g. 330/3302001_KS1.xml");
  }

  @Test
  void oneFolderIsNamedInTheSingular() throws Exception {
    file("c/330/3302001.xml");
    file("c/xyz/3302002.xml");

    assertThatThrownBy(() -> LoadPlan.of(List.of(tmp.resolve("c"))))
        .hasMessageStartingWith(tmp.resolve("c/xyz") + " is not an LA folder: name each folder");
  }
}
