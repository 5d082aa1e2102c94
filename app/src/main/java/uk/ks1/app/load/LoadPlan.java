package uk.ks1.app.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.ks1.app.CommandInputException;

/**
 * The files a {@code load} will send, each with its LA: from files (their folder is the LA), an LA
 * folder ({@code 330/}), or a folder of LA folders ({@code collection/330/...}).
 */
public final class LoadPlan {
  /** A file to load and the LA folder it is loaded through. */
  public record Item(String la, Path file) {}

  private LoadPlan() {}

  public static List<Item> of(List<Path> paths) throws IOException {
    List<Item> items = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        items.add(new Item(laOf(path.toAbsolutePath().getParent()), path));
      } else if (Files.isDirectory(path) && isLaFolder(path)) {
        addFolder(items, path.getFileName().toString(), path);
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> children = Files.list(path)) {
          for (Path child : children.sorted().toList()) {
            if (Files.isDirectory(child) && isLaFolder(child)) {
              addFolder(items, child.getFileName().toString(), child);
            } else if (Files.isRegularFile(child)
                && !hidden(child)
                && uk.ks1.ingest.file.FileFormat.of(child.getFileName().toString()).isPresent()) {
              // (other files beside the LA folders, such as a generator's manifest.json, are not
              // returns and are left alone)
              throw new CommandInputException(
                  child
                      + " is not in an LA folder: lay files out as <LA code>/<files>, e.g."
                      + " 330/3302001_KS1.xml");
            }
          }
        }
      } else {
        throw new CommandInputException(path + " does not exist");
      }
    }
    return items;
  }

  private static void addFolder(List<Item> items, String la, Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> !hidden(f))
          .sorted()
          .forEach(f -> items.add(new Item(la, f)));
    }
  }

  private static String laOf(Path folder) {
    if (folder == null || !isLaFolder(folder)) {
      throw new CommandInputException(
          "A file to load must sit in a folder named after its LA code (e.g. 330/), not in "
              + folder);
    }
    return folder.getFileName().toString();
  }

  private static boolean isLaFolder(Path folder) {
    return folder.getFileName() != null && folder.getFileName().toString().matches("\\d{3}");
  }

  private static boolean hidden(Path file) {
    return file.getFileName().toString().startsWith(".");
  }
}
