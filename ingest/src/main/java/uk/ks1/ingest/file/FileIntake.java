package uk.ks1.ingest.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.ingest.csv.CsvParser;
import uk.ks1.ingest.ctf.ComponentMapping;
import uk.ks1.ingest.ctf.CtfParser;
import uk.ks1.ingest.xlsx.XlsxParser;
import uk.ks1.ingest.zip.ZipBundle;
import uk.ks1.ingest.zip.ZipEntryFile;
import uk.ks1.ingest.zip.ZipLimits;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;
import uk.ks1.validate.file.CollectionWindow;
import uk.ks1.validate.file.FileRules;

/**
 * Takes one file from an LA's drop folder to its submissions or its rejection: checks the folder,
 * the size and the type, parses the whole file, and applies the file-level rules (every school must
 * belong to the folder's LA). A zip is unpacked and each file in it taken as if dropped alone. The
 * rules are also run over accepted pupils, only so that the file's error report can list their
 * issues; the validate role decides what counts. Nothing here talks to Kafka.
 */
public final class FileIntake {
  /** Rows a CSV or a sheet may have. */
  public static final int MAX_ROWS = 100_000;

  private final LaRegistry las;
  private final Map<FileFormat, FileParser> parsers;
  private final long maxBytes;
  private final int defaultYear;
  private final ZipLimits zipLimits;
  private final SubmissionValidator validator;
  private final CollectionWindow window;

  public FileIntake(
      LaRegistry las,
      Map<FileFormat, FileParser> parsers,
      long maxBytes,
      int defaultYear,
      ZipLimits zipLimits,
      SubmissionValidator validator) {
    this(las, parsers, maxBytes, defaultYear, zipLimits, validator, CollectionWindow.ANY);
  }

  private FileIntake(
      LaRegistry las,
      Map<FileFormat, FileParser> parsers,
      long maxBytes,
      int defaultYear,
      ZipLimits zipLimits,
      SubmissionValidator validator,
      CollectionWindow window) {
    this.window = window;
    this.las = las;
    this.parsers = Map.copyOf(parsers);
    this.maxBytes = maxBytes;
    this.defaultYear = defaultYear;
    this.zipLimits = zipLimits;
    this.validator = validator;
  }

  public FileIntake(
      LaRegistry las, Map<FileFormat, FileParser> parsers, long maxBytes, int defaultYear) {
    this(
        las,
        parsers,
        maxBytes,
        defaultYear,
        ZipLimits.forFileLimit(maxBytes),
        new SubmissionValidator(RuleCatalogue.standard()));
  }

  /** Every format: CTF, CSV and XLSX parsers, zips, the standard rules for reports. */
  public static FileIntake standard(LaRegistry las, long maxBytes, int defaultYear) {
    return new FileIntake(las, standardParsers(MAX_ROWS), maxBytes, defaultYear);
  }

  /** The same, reporting what {@code validator} finds (the one the validate role uses). */
  public static FileIntake standard(
      LaRegistry las, long maxBytes, int defaultYear, SubmissionValidator validator) {
    return new FileIntake(
        las,
        standardParsers(MAX_ROWS),
        maxBytes,
        defaultYear,
        ZipLimits.forFileLimit(maxBytes),
        validator);
  }

  public static Map<FileFormat, FileParser> standardParsers(int maxRows) {
    return Map.of(
        FileFormat.CTF, new CtfParser(ComponentMapping.standard()),
        FileFormat.CSV, new CsvParser(maxRows),
        FileFormat.XLSX, new XlsxParser(maxRows));
  }

  /** The same intake, taking files only for the years of {@code window} (F06 for others). */
  public FileIntake within(CollectionWindow window) {
    return new FileIntake(las, parsers, maxBytes, defaultYear, zipLimits, validator, window);
  }

  /**
   * What became of a dropped file: one result, or for a zip that could be opened, one per file in
   * it followed by the zip's own (last, always the dropped file itself).
   */
  public List<IntakeResult> intake(Path file, String laFolder, Instant receivedAt)
      throws IOException {
    String name = file.getFileName().toString();
    BoundedRead read = BoundedRead.of(file, maxBytes);
    long size = read.size();
    long modified = read.modifiedMillis();
    String format = formatOf(name);
    if (read.overLimit()) {
      FileFacts facts = facts(laFolder, name, "", format, size, modified, receivedAt);
      return List.of(rejected(facts, List.of(tooLarge(name, size)), receivedAt, null));
    }
    byte[] content = read.content();
    FileFacts facts = facts(laFolder, name, sha256(content), format, size, modified, receivedAt);
    if (!las.isCurrent(laFolder)) {
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
    return FileRules.issue(
        FileRules.UNREADABLE,
        null,
        Field.FILE,
        "",
        "The file could not be read (" + cause.getClass().getSimpleName() + "). Tell the LA.");
  }

  private List<IntakeResult> bundle(byte[] zip, FileFacts facts, long modified) {
    ZipBundle.Unpacked unpacked;
    try {
      unpacked = ZipBundle.unpack(zip, facts.fileName(), maxBytes, zipLimits);
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
          parser.parse(new ByteArrayInputStream(content), facts, defaultYear);
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
    List<ValidationIssue> outside = new ArrayList<>();
    for (SchoolReturn s : schools) {
      if (!window.contains(s.year())) {
        outside.add(
            FileRules.issue(
                FileRules.YEAR_OUTSIDE_WINDOW,
                null,
                Field.FILE,
                String.valueOf(s.year()),
                "The results of school "
                    + s.laestab()
                    + " are for the summer of "
                    + s.year()
                    + ", but this service takes files for "
                    + window.describe()
                    + " only; nothing in this file was counted. Send the "
                    + window.last()
                    + " results, or ask the LA to load "
                    + s.year()
                    + " on its own."));
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
        String laName = las.current(laFolder).map(la -> la.name()).orElse(laFolder);
        wrong.add(
            FileRules.issue(
                FileRules.SCHOOL_NOT_IN_FOLDER_LA,
                null,
                Field.LAESTAB,
                s.laestab().value(),
                "School "
                    + s.laestab()
                    + " belongs to LA "
                    + s.laestab().laCode()
                    + ", but the file came through the folder of LA "
                    + laFolder
                    + " ("
                    + laName
                    + "). Send it to LA "
                    + s.laestab().laCode()
                    + " instead; nothing in this file was counted."));
      }
    }
    if (!wrong.isEmpty()) {
      throw new FileRejectedException(wrong);
    }
  }

  private IntakeResult accepted(FileFacts facts, List<SchoolReturn> schools, Instant receivedAt) {
    List<SubmissionReceived> submissions = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    Map<Field, String> columns = new EnumMap<>(Field.class);
    List<ValidationIssue> problems = new ArrayList<>();
    for (SchoolReturn s : schools) {
      String id = EventIds.submissionId(facts.fileId(), s.laestab().value());
      SubmissionReceived submission =
          new SubmissionReceived(
              id,
              CollectionYear.KS1_TA,
              s.year(),
              facts,
              s.laestab().value(),
              s.schoolName(),
              s.pupils(),
              s.parseIssues(),
              s.skipped());
      submissions.add(submission);
      problems.addAll(validator.validate(submission, receivedAt).issues());
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
            receivedAt);
    return new IntakeResult(facts, submissions, outcome, problems, columns, null);
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
        "The file "
            + name
            + " is "
            + size
            + " bytes; the limit is "
            + maxBytes
            + " bytes. Split it into smaller files (one per school, or a zip of them).");
  }

  private static ValidationIssue empty(String name) {
    return FileRules.issue(
        FileRules.EMPTY,
        null,
        Field.FILE,
        "0 bytes",
        name + " is empty (0 bytes). Export the file again and send it with its content.");
  }

  private static ValidationIssue nested(String name) {
    return FileRules.issue(
        FileRules.NESTED_ARCHIVE,
        null,
        Field.FILE,
        name,
        name
            + " is an archive inside a zip; archives inside zips are not opened. Unzip it and"
            + " put its files in the outer zip, or send it on its own.");
  }

  private static ValidationIssue unsupported(String name) {
    return FileRules.issue(
        FileRules.UNSUPPORTED_TYPE,
        null,
        Field.FILE,
        name,
        "'"
            + name
            + "' is not a file type we accept. Send a CTF (.xml), a CSV or XLSX template, or a"
            + " .zip of them.");
  }

  private ValidationIssue folderNotAnLa(String folder) {
    return FileRules.issue(
        FileRules.FOLDER_NOT_AN_LA,
        null,
        Field.FILE,
        folder,
        "The file was dropped in folder '"
            + folder
            + "', which is not one of the 153 English LA codes. Put it in the folder of the"
            + " school's LA, e.g. inbox/330/.");
  }
}
