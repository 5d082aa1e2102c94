package uk.ks1.app.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.ks1.app.CommandInputException;
import uk.ks1.core.text.LogText;
import uk.ks1.ingest.file.EntryKind;
import uk.ks1.ingest.file.FileFormat;
import uk.ks1.ingest.route.IgnoredFiles;

/**
 * The files a {@code load} will send, each with its LA: from files (their folder is the LA), an LA
 * folder ({@code 330/}), or a folder of LA folders ({@code collection/330/...}). What the inbox
 * ignores ({@link IgnoredFiles}) is left where it is: hidden files without a word, unfinished ones
 * ({@code *.part}...) named in {@link #unfinished()}. As the inbox does, a load takes regular files
 * only, never through a link: symbolic links (to files or folders, dangling or looping), named
 * pipes, devices and sockets are left where they are, not read, and named in {@link #notRegular()}.
 * A folder named on the command line is taken where it really is. A return, or a folder of files,
 * that is not in an LA folder is refused before anything starts.
 */
public final class LoadPlan {
  /** A file to load and the LA folder it is loaded through. */
  public record Item(String la, Path file) {}

  private final List<Item> items = new ArrayList<>();
  private final List<String> unfinished = new ArrayList<>();
  private final List<String> notRegular = new ArrayList<>();

  private LoadPlan() {}

  /** The files to load, in order. */
  public List<Item> items() {
    return List.copyOf(items);
  }

  /** The files left where they are as still being written, as LA/path (330/upload.part). */
  public List<String> unfinished() {
    return List.copyOf(unfinished);
  }

  /**
   * The entries left where they are as not regular files, as LA/path and what each is ({@code
   * 330/steal (a symbolic link)}).
   */
  public List<String> notRegular() {
    return List.copyOf(notRegular);
  }

  public static LoadPlan of(List<Path> paths) throws IOException {
    LoadPlan plan = new LoadPlan();
    for (Path path : paths) {
      if (Files.isDirectory(path) && isLaFolder(path)) {
        plan.addFolder(path.getFileName().toString(), path.toRealPath());
      } else if (Files.isDirectory(path)) {
        plan.addCollection(path.toRealPath());
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        String la = laOf(path.toAbsolutePath().getParent());
        plan.addEntry(la, path.getFileName(), path);
      } else {
        throw new CommandInputException(path + " does not exist");
      }
    }
    return plan;
  }

  /** A folder of LA folders: a return beside them, or another folder holding files, is refused. */
  private void addCollection(Path collection) throws IOException {
    List<Path> notLaFolders = new ArrayList<>();
    try (Stream<Path> children = Files.list(collection)) {
      for (Path child : children.sorted().toList()) {
        if (IgnoredFiles.hidden(child.getFileName())) {
          continue;
        }
        if (Files.isSymbolicLink(child) && isLaFolder(child)) {
          notRegular.add(child.getFileName() + " (a symbolic link)");
        } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          if (isLaFolder(child)) {
            addFolder(child.getFileName().toString(), child);
          } else if (holdsFiles(child)) {
            notLaFolders.add(child);
          }
        } else if (Files.isRegularFile(child)
            && FileFormat.of(child.getFileName().toString()).isPresent()) {
          // (other files beside the LA folders, such as a generator's manifest.json, are not
          // returns and are left alone)
          throw new CommandInputException(
              child
                  + " is not in an LA folder: lay files out as <LA code>/<files>, e.g."
                  + " 330/3302001_KS1.xml");
        }
      }
    }
    if (!notLaFolders.isEmpty()) {
      throw new CommandInputException(
          notLaFolders.stream().map(Path::toString).collect(Collectors.joining(", "))
              + (notLaFolders.size() == 1 ? " is not an LA folder" : " are not LA folders")
              + ": name each folder after its LA's 3-digit code (e.g. 330/) and lay files out as"
              + " <LA code>/<files>, e.g. 330/3302001_KS1.xml");
    }
  }

  /** Every entry of the folder but its folders; Files.walk does not follow links. */
  private void addFolder(String la, Path folder) throws IOException {
    try (Stream<Path> entries = Files.walk(folder)) {
      for (Path f :
          entries.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
        addEntry(la, folder.relativize(f), f);
      }
    }
  }

  /** A regular file is added (or left as unfinished); anything else is named and left. */
  private void addEntry(String la, Path inLaFolder, Path entry) throws IOException {
    BasicFileAttributes attributes = EntryKind.of(entry);
    if (attributes.isRegularFile() || IgnoredFiles.ignored(inLaFolder)) {
      add(la, inLaFolder, entry);
    } else {
      notRegular.add(
          la
              + "/"
              + LogText.escape(inLaFolder.toString().replace('\\', '/'))
              + " ("
              + EntryKind.describe(entry, attributes)
              + ")");
    }
  }

  private void add(String la, Path inLaFolder, Path file) {
    if (IgnoredFiles.unfinished(inLaFolder)) {
      unfinished.add(la + "/" + inLaFolder.toString().replace('\\', '/'));
    } else if (!IgnoredFiles.hidden(inLaFolder)) {
      items.add(new Item(la, file));
    }
  }

  /** Whether the folder holds a file the inbox would see (one not hidden). */
  private static boolean holdsFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .anyMatch(f -> !IgnoredFiles.hidden(folder.relativize(f)));
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
}
