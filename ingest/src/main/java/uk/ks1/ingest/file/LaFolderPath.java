package uk.ks1.ingest.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The last check before a dropped file is read: its real path (every link on the way resolved) must
 * be inside the real path of its LA folder, itself no link. The inbox never enters a linked folder,
 * so this fails only for a folder swapped for a link since the poll looked.
 */
public final class LaFolderPath {
  private LaFolderPath() {}

  public static void requireInside(Path file, Path laFolder) throws NotARegularFileException {
    boolean inside;
    try {
      inside =
          !Files.isSymbolicLink(laFolder)
              && file.toRealPath().startsWith(laFolder.toRealPath())
              && !file.toRealPath().equals(laFolder.toRealPath());
    } catch (IOException e) {
      inside = false;
    }
    if (!inside) {
      throw new NotARegularFileException(file, "outside its LA folder (reached through a link)");
    }
  }
}
