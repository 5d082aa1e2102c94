package uk.ks1.ingest.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.CollectionWindow;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.rule.FileLimits;
import uk.ks1.core.rule.FileRules;
import uk.ks1.ingest.csv.CsvParser;
import uk.ks1.ingest.ctf.CtfParser;
import uk.ks1.ingest.xlsx.XlsxParser;
import uk.ks1.ingest.zip.ZipBundle;
import uk.ks1.ingest.zip.ZipEntryFile;

/**
 * Takes one file from an LA's drop folder to its submissions or its rejection: checks the folder,
 * the size and the type, parses the whole file, and applies the file-level rules (every school must
 * belong to the folder's LA, every year inside the window). A zip is unpacked and each file in it
 * taken as if dropped alone. No pupil rule runs here: the validate role runs them once, and an
 * accepted file's report is written from what it decided. Nothing here talks to Kafka.
 */
public final class FileIntake {
  /** Rows a CSV or a sheet may have. */
  public static final int MAX_ROWS = FileLimits.MAX_ROWS;

  private final IntakeSettings settings;
  private final Map<FileFormat, FileParser> parsers;

  public FileIntake(IntakeSettings settings, Map<FileFormat, FileParser> parsers) {
    this.settings = settings;
    this.parsers = Map.copyOf(parsers);
  }

  public FileIntake(
      CollectionRegistry collections,
      LaRegistry las,
      Map<FileFormat, FileParser> parsers,
      long maxBytes,
      int defaultYear) {
    this(IntakeSettings.of(collections, las, maxBytes, defaultYear), parsers);
  }

  /** Every format: CTF, CSV and XLSX parsers, and zips of them. */
  public static FileIntake standard(IntakeSettings settings) {
    return new FileIntake(settings, standardParsers(settings.collections(), MAX_ROWS));
  }

  /** Every format, with the standard zip limits for {@code maxBytes} and no collection window. */
  public static FileIntake standard(
      CollectionRegistry collections, LaRegistry las, long maxBytes, int defaultYear) {
    return standard(IntakeSettings.of(collections, las, maxBytes, defaultYear));
  }

  /** The CTF, CSV and XLSX parsers of the registered collections. */
  public static Map<FileFormat, FileParser> standardParsers(
      CollectionRegistry collections, int maxRows) {
    return Map.of(
        FileFormat.CTF, new CtfParser(collections),
        FileFormat.CSV, new CsvParser(collections, maxRows),
        FileFormat.XLSX, new XlsxParser(collections, maxRows));
  }

  /** The same intake, taking files only for the years of {@code window} (F06 for others). */
  public FileIntake within(CollectionWindow window) {
    return new FileIntake(settings.within(window), parsers);
  }

  /**
   * What became of a dropped file: one result, or for a zip that could be opened, one per file in
   * it followed by the zip's own (last, always the dropped file itself).
   */
  public List<IntakeResult> intake(Path file, String laFolder, Instant receivedAt)
      throws IOException {
    String name = file.getFileName().toString();
    BoundedRead read = BoundedRead.of(file, settings.maxBytes());
    long size = read.size();
    long modified = read.modifiedMillis();
    String format = formatOf(name);
    if (read.overLimit()) {
      FileFacts facts = facts(laFolder, name, "", format, size, modified, receivedAt);
      return List.of(rejected(facts, List.of(tooLarge(name, size)), receivedAt, null));
    }
    byte[] content = read.content();
    FileFacts facts = facts(laFolder, name, sha256(content), format, size, modified, receivedAt);
    if (!settings.las().isCurrent(laFolder)) {
      return List.of(rejected(facts, List.of(folderNotAnLa(laFolder)), receivedAt, null));
    }
    if (FileFormat.of(name).filter(f -> f == FileFormat.ZIP).isPresent()) {
      return bundle(content, facts, modified);
    }
    return List.of(one(content, facts, null));
  }

  /**
   * The outcome of a file whose intake failed with {@code cause} (an {@code Error} from a parser,
   * say): kept aside as unreadable (F01), not read again, so that one file never stops the intake.
   */
  public List<IntakeResult> unreadable(
      Path file, String laFolder, Instant receivedAt, Throwable cause) {
    String name = file.getFileName().toString();
    long size = 0;
    long modified = 0;
    try {
      java.nio.file.attribute.BasicFileAttributes a = EntryKind.of(file);
      size = a.size();
      modified = a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      // gone: the facts say 0 bytes
    }
    FileFacts facts = facts(laFolder, name, "", formatOf(name), size, modified, receivedAt);
    return List.of(rejected(facts, List.of(unreadable(cause)), receivedAt, null));
  }

  private static ValidationIssue unreadable(Throwable cause) {
    return FileRules.INTAKE_FAILED.issue(
        null, Field.FILE, "", Map.of("exception", cause.getClass().getSimpleName()));
  }

  private List<IntakeResult> bundle(byte[] zip, FileFacts facts, long modified) {
    ZipBundle.Unpacked unpacked;
    try {
      unpacked = ZipBundle.unpack(zip, facts.fileName(), settings.maxBytes(), settings.zipLimits());
    } catch (FileRejectedException e) {
      return List.of(rejected(facts, e.reasons(), facts.receivedAt(), null));
    }
    List<IntakeResult> results = new ArrayList<>();
    for (ZipEntryFile entry : unpacked.files()) {
      String name = ZipBundle.entryName(facts.fileName(), entry.path());
      String format = formatOf(entry.path());
      Instant at = facts.receivedAt();
      if (entry.kind() == ZipEntryFile.Kind.TOO_LARGE) {
        FileFacts f = facts(facts.laFolder(), name, "", format, entry.size(), modified, at);
        results.add(rejected(f, List.of(tooLarge(name, entry.size())), at, null));
      } else if (entry.kind() == ZipEntryFile.Kind.NESTED_ARCHIVE) {
        FileFacts f = facts(facts.laFolder(), name, "", format, entry.size(), modified, at);
        results.add(rejected(f, List.of(nested(name)), at, null));
      } else {
        byte[] bytes = entry.content();
        FileFacts f =
            facts(facts.laFolder(), name, sha256(bytes), format, bytes.length, modified, at);
        results.add(one(bytes, f, bytes));
      }
    }
    FileProcessed opened =
        new FileProcessed(
            facts, true, List.of(), List.of(), List.of(), unpacked.skipped(), facts.receivedAt());
    results.add(new IntakeResult(facts, List.of(), opened, List.of(), Map.of(), null));
    return results;
  }

  /** One file's content, dropped alone or out of a zip ({@code unpacked} is then its bytes). */
  private IntakeResult one(byte[] content, FileFacts facts, byte[] unpacked) {
    String name = facts.fileName();
    Instant at = facts.receivedAt();
    try {
      if (content.length == 0) {
        throw new FileRejectedException(empty(name));
      }
      FileParser parser =
          FileFormat.of(name)
              .map(parsers::get)
              .orElseThrow(() -> new FileRejectedException(unsupported(name)));
      List<SchoolReturn> schools =
          parser.parse(new ByteArrayInputStream(content), facts, settings.defaultYear());
      checkSchoolsBelongToFolder(schools, facts.laFolder());
      checkYearsInWindow(schools);
      return accepted(facts, schools, at);
    } catch (FileRejectedException e) {
      return rejected(facts, e.reasons(), at, unpacked);
    } catch (RuntimeException e) {
      // A parser bug must not block the inbox: the file is kept aside with the reason.
      return rejected(facts, List.of(unreadable(e)), at, unpacked);
    }
  }

  private void checkYearsInWindow(List<SchoolReturn> schools) throws FileRejectedException {
    CollectionWindow window = settings.window();
    List<ValidationIssue> outside = new ArrayList<>();
    for (SchoolReturn s : schools) {
      if (!window.contains(s.year())) {
        outside.add(
            FileRules.issue(
                FileRules.YEAR_OUTSIDE_WINDOW,
                null,
                Field.FILE,
                String.valueOf(s.year()),
                Map.of(
                    "school", s.laestab(),
                    "year", s.year(),
                    "window", window.describe(),
                    "last", window.last())));
      }
    }
    if (!outside.isEmpty()) {
      throw new FileRejectedException(outside);
    }
  }

  private void checkSchoolsBelongToFolder(List<SchoolReturn> schools, String laFolder)
      throws FileRejectedException {
    List<ValidationIssue> wrong = new ArrayList<>();
    for (SchoolReturn s : schools) {
      if (!s.laestab().laCode().equals(laFolder)) {
        String laName = settings.las().current(laFolder).map(la -> la.name()).orElse(laFolder);
        wrong.add(
            FileRules.issue(
                FileRules.SCHOOL_NOT_IN_FOLDER_LA,
                null,
                Field.LAESTAB,
                s.laestab().value(),
                Map.of(
                    "school",
                    s.laestab(),
                    "schoolLa",
                    s.laestab().laCode(),
                    "folder",
                    laFolder,
                    "folderName",
                    laName)));
      }
    }
    if (!wrong.isEmpty()) {
      throw new FileRejectedException(wrong);
    }
  }

  private static IntakeResult accepted(
      FileFacts facts, List<SchoolReturn> schools, Instant receivedAt) {
    List<SubmissionReceived> submissions = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    Map<Field, String> columns = new LinkedHashMap<>();
    Map<String, Set<String>> collectionsOf = new HashMap<>();
    for (SchoolReturn s : schools) {
      collectionsOf.computeIfAbsent(s.laestab().value(), k -> new HashSet<>()).add(s.collection());
    }
    for (SchoolReturn s : schools) {
      String school = s.laestab().value();
      String id =
          collectionsOf.get(school).size() > 1
              ? EventIds.submissionId(facts.fileId(), school, s.collection())
              : EventIds.submissionId(facts.fileId(), school);
      SubmissionReceived submission =
          new SubmissionReceived(
              id,
              s.collection(),
              s.year(),
              facts,
              s.laestab().value(),
              s.schoolName(),
              s.pupils(),
              s.parseIssues(),
              s.skipped());
      submissions.add(submission);
      columns.putAll(s.columns());
      s.skipped().forEach((k, v) -> skipped.merge(k, v, Integer::sum));
    }
    FileProcessed outcome =
        new FileProcessed(
                facts,
                true,
                submissions.stream().map(SubmissionReceived::submissionId).toList(),
                submissions.stream().map(SubmissionReceived::laestab).toList(),
                List.of(),
                skipped,
                receivedAt)
            .withReportColumns(columns);
    return new IntakeResult(facts, submissions, outcome, List.of(), columns, null);
  }

  private static IntakeResult rejected(
      FileFacts facts, List<ValidationIssue> reasons, Instant receivedAt, byte[] unpacked) {
    FileProcessed outcome =
        new FileProcessed(facts, false, List.of(), List.of(), reasons, Map.of(), receivedAt);
    return new IntakeResult(facts, List.of(), outcome, reasons, Map.of(), unpacked);
  }

  private static FileFacts facts(
      String la, String name, String sha, String format, long size, long modified, Instant at) {
    String fileId = EventIds.fileId(la, name, sha.isEmpty() ? "size:" + size : sha, modified);
    return new FileFacts(fileId, la, name, sha, format, size, at);
  }

  private static String sha256(byte[] content) {
    return HexFormat.of().formatHex(EventIds.sha256().digest(content));
  }

  private static String formatOf(String name) {
    return FileFormat.of(name).map(Enum::name).orElse("unknown");
  }

  private ValidationIssue tooLarge(String name, long size) {
    return FileRules.issue(
        FileRules.TOO_LARGE,
        null,
        Field.FILE,
        String.valueOf(size),
        Map.of("name", name, "size", size, "limit", settings.maxBytes()));
  }

  private static ValidationIssue empty(String name) {
    return FileRules.ZERO_BYTES.issue(null, Field.FILE, "0 bytes", Map.of("name", name));
  }

  private static ValidationIssue nested(String name) {
    return FileRules.issue(FileRules.NESTED_ARCHIVE, null, Field.FILE, name, Map.of("name", name));
  }

  private static ValidationIssue unsupported(String name) {
    return FileRules.issue(
        FileRules.UNSUPPORTED_TYPE, null, Field.FILE, name, Map.of("name", name));
  }

  private static ValidationIssue folderNotAnLa(String folder) {
    return FileRules.issue(
        FileRules.FOLDER_NOT_AN_LA, null, Field.FILE, folder, Map.of("folder", folder));
  }
}
