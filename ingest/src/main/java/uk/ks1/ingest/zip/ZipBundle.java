package uk.ks1.ingest.zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.ks1.core.codes.Field;
import uk.ks1.core.rule.FileLimits;
import uk.ks1.core.rule.FileMessage;
import uk.ks1.core.rule.FileRules;
import uk.ks1.ingest.file.FileRejectedException;

/**
 * Unpacks a zip of returns (a trust's or an LA's bulk upload) in memory, safely: every byte
 * inflated is counted against {@link ZipLimits} whatever the entry headers claim, an entry whose
 * path could leave the zip ({@code ../}, absolute, a drive letter) rejects the whole zip, archives
 * inside it are not opened, and operating-system clutter ({@code __MACOSX/}, {@code .DS_Store},
 * {@code Thumbs.db}) is skipped and counted. Pure: no files are written.
 */
public final class ZipBundle {
  /** Between the zip's name and an entry's path in the names entries are known by. */
  public static final String SEPARATOR = "!";

  public static final String SYSTEM_FILES = "system files in the zip (__MACOSX, .DS_Store...)";

  private static final Set<String> ARCHIVES =
      Set.of(".zip", ".7z", ".rar", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".cab");
  private static final Set<String> CLUTTER = Set.of("thumbs.db", "desktop.ini");
  private static final int MAX_PATH = 200;

  /** The files of a zip in their order in it, and what was skipped. */
  public record Unpacked(List<ZipEntryFile> files, Map<String, Integer> skipped) {
    public Unpacked {
      files = List.copyOf(files);
      skipped = Map.copyOf(skipped);
    }
  }

  private ZipBundle() {}

  /**
   * The name a file inside a zip goes by in outcomes, the store and reports: the zip's name, {@code
   * !}, and its path with folders joined by {@code !} (e.g. {@code bundle.zip!trust!3302001.csv}),
   * so it is one plain file name wherever it is written.
   */
  public static String entryName(String zipName, String path) {
    return zipName + SEPARATOR + path.replace("/", SEPARATOR);
  }

  /** The zip an entry name came from ({@code bundle.zip} for {@code bundle.zip!a.csv}). */
  public static Optional<String> bundleOf(String fileName) {
    int i = fileName.toLowerCase(Locale.ROOT).indexOf(".zip" + SEPARATOR);
    return i < 0 ? Optional.empty() : Optional.of(fileName.substring(0, i + 4));
  }

  public static Unpacked unpack(byte[] zip, String zipName, long maxFileBytes, ZipLimits limits)
      throws FileRejectedException {
    if (!isZip(zip)) {
      throw reject(FileRules.ZIP_NOT_A_ZIP, "", Map.of("name", zipName));
    }
    if (!hasDirectory(zip)) {
      throw reject(FileRules.ZIP_CUT_SHORT, "", Map.of("name", zipName));
    }
    List<ZipEntryFile> files = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    Counter counter = new Counter(zip.length, zipName, limits);
    // Entries not flagged as UTF-8 are named in the DOS code page, as Windows' own zip writes them.
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), CP437)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        String path = safePath(e.getName(), zipName);
        if (isClutter(path)) {
          counter.read(in, -1);
          skipped.merge(SYSTEM_FILES, 1, Integer::sum);
          continue;
        }
        if (files.size() == limits.maxEntries()) {
          throw reject(
              FileRules.ZIP_TOO_MANY_FILES,
              "more than " + limits.maxEntries(),
              Map.of("name", zipName, "limit", limits.maxEntries()));
        }
        if (isArchive(path)) {
          long size = counter.read(in, -1);
          files.add(new ZipEntryFile(path, size, null, ZipEntryFile.Kind.NESTED_ARCHIVE));
          continue;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        long size = counter.read(in, maxFileBytes, content);
        files.add(
            size > maxFileBytes
                ? new ZipEntryFile(path, size, null, ZipEntryFile.Kind.TOO_LARGE)
                : new ZipEntryFile(path, size, content.toByteArray(), ZipEntryFile.Kind.FILE));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw damaged(zipName, e);
    }
    if (files.isEmpty()) {
      throw reject(FileRules.ZIP_EMPTY, "0 files", Map.of("name", zipName));
    }
    return new Unpacked(files, skipped);
  }

  private static final Charset CP437 = Charset.forName("IBM437");

  /** Counts inflated bytes across the whole zip and stops at the first limit passed. */
  private static final class Counter {
    private final long packed;
    private final String zipName;
    private final ZipLimits limits;
    private final byte[] buffer = new byte[64 * 1024];
    private long total;

    Counter(long packed, String zipName, ZipLimits limits) {
      this.packed = packed;
      this.zipName = zipName;
      this.limits = limits;
    }

    long read(ZipInputStream in, long keepUpTo) throws IOException, FileRejectedException {
      return read(in, keepUpTo, null);
    }

    /** Reads the current entry to its end; keeps its bytes in {@code out} while within limit. */
    long read(ZipInputStream in, long keepUpTo, ByteArrayOutputStream out)
        throws IOException, FileRejectedException {
      long size = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        size += n;
        total += n;
        if (total > limits.maxTotalBytes()) {
          throw bomb(
              FileRules.ZIP_TOO_LARGE,
              Map.of("limit", limits.maxTotalBytes(), "times", FileLimits.ZIP_SIZE_LIMITS));
        }
        if (total > limits.ratioFloorBytes() && total > limits.maxRatio() * packed) {
          throw bomb(FileRules.ZIP_RATIO, Map.of("ratio", limits.maxRatio(), "packed", packed));
        }
        if (out != null && size <= keepUpTo) {
          out.write(buffer, 0, n);
        }
      }
      return size;
    }

    private FileRejectedException bomb(FileMessage message, Map<String, ?> limit) {
      Map<String, Object> details = new HashMap<>(limit);
      details.put("name", zipName);
      return reject(message, String.valueOf(total), details);
    }
  }

  /** The entry's path with forward slashes, or the whole zip is rejected. */
  static String safePath(String raw, String zipName) throws FileRejectedException {
    String path = raw.replace('\\', '/');
    boolean unsafe =
        path.startsWith("/")
            || path.matches("^[A-Za-z]:.*")
            || path.length() > MAX_PATH
            || path.chars().anyMatch(c -> c < 0x20 || c == ':');
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        unsafe = true;
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    if (unsafe || parts.isEmpty()) {
      String shown = raw.replaceAll("\\p{Cntrl}", "?");
      throw new FileRejectedException(
          FileRules.issue(
              FileRules.UNSAFE_PATH,
              null,
              Field.FILE,
              shown,
              Map.of("name", zipName, "entry", shown)));
    }
    return String.join("/", parts);
  }

  private static boolean isClutter(String path) {
    String base = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return path.startsWith("__MACOSX/") || base.startsWith(".") || CLUTTER.contains(base);
  }

  private static boolean isArchive(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return ARCHIVES.stream().anyMatch(lower::endsWith);
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4
        && b[0] == 'P'
        && b[1] == 'K'
        && ((b[2] == 3 && b[3] == 4) || (b[2] == 5 && b[3] == 6));
  }

  /** A complete zip ends with its directory record (PK 5 6) in its last 64 KB. */
  private static boolean hasDirectory(byte[] b) {
    int stop = Math.max(0, b.length - 22 - 65_535);
    for (int i = b.length - 22; i >= stop; i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }

  private static FileRejectedException damaged(String zipName, Exception e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    boolean encrypted = m.toLowerCase(Locale.ROOT).contains("encrypt");
    return encrypted
        ? reject(FileRules.ZIP_PASSWORD, "", Map.of("name", zipName))
        : reject(FileRules.ZIP_DAMAGED, "", Map.of("name", zipName, "problem", m));
  }

  private static FileRejectedException reject(
      FileMessage message, String value, Map<String, ?> details) {
    return new FileRejectedException(message.issue(null, Field.FILE, value, details));
  }
}
