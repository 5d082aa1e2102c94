package uk.ks1.ingest.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
import uk.ks1.validate.file.FileRules;

/**
 * Takes one file from an LA's drop folder to its submissions or its rejection: checks the folder,
 * the size and the type, parses the whole file, and applies the file-level rules (every school must
 * belong to the folder's LA). Nothing here talks to Kafka.
 */
public final class FileIntake {
  private final LaRegistry las;
  private final Map<FileFormat, FileParser> parsers;
  private final long maxBytes;
  private final int defaultYear;

  public FileIntake(
      LaRegistry las, Map<FileFormat, FileParser> parsers, long maxBytes, int defaultYear) {
    this.las = las;
    this.parsers = Map.copyOf(parsers);
    this.maxBytes = maxBytes;
    this.defaultYear = defaultYear;
  }

  public IntakeResult intake(Path file, String laFolder, Instant receivedAt) throws IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    long modified = Files.getLastModifiedTime(file).toMillis();
    String format = FileFormat.of(name).map(Enum::name).orElse("unknown");
    if (size > maxBytes) {
      FileFacts facts = facts(laFolder, name, "", format, size, modified, receivedAt);
      return rejected(facts, List.of(tooLarge(size)), receivedAt);
    }
    byte[] content = Files.readAllBytes(file);
    String sha256 = HexFormat.of().formatHex(EventIds.sha256().digest(content));
    FileFacts facts = facts(laFolder, name, sha256, format, size, modified, receivedAt);
    try {
      if (!las.isCurrent(laFolder)) {
        throw new FileRejectedException(folderNotAnLa(laFolder));
      }
      FileParser parser =
          FileFormat.of(name)
              .map(parsers::get)
              .orElseThrow(() -> new FileRejectedException(unsupported(name)));
      List<SchoolReturn> schools =
          parser.parse(new ByteArrayInputStream(content), facts, defaultYear);
      checkSchoolsBelongToFolder(schools, laFolder);
      return accepted(facts, schools, receivedAt);
    } catch (FileRejectedException e) {
      return rejected(facts, e.reasons(), receivedAt);
    } catch (RuntimeException e) {
      // A parser bug must not block the inbox: the file is kept aside with the reason.
      ValidationIssue reason =
          FileRules.issue(
              FileRules.UNREADABLE,
              null,
              Field.FILE,
              "",
              "The file could not be read (" + e.getClass().getSimpleName() + "). Tell the LA.");
      return rejected(facts, List.of(reason), receivedAt);
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

  private static IntakeResult accepted(
      FileFacts facts, List<SchoolReturn> schools, Instant receivedAt) {
    List<SubmissionReceived> submissions = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    for (SchoolReturn s : schools) {
      String id = EventIds.submissionId(facts.fileId(), s.laestab().value());
      submissions.add(
          new SubmissionReceived(
              id,
              CollectionYear.KS1_TA,
              s.year(),
              facts,
              s.laestab().value(),
              s.schoolName(),
              s.pupils(),
              s.parseIssues(),
              s.skipped()));
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
    return new IntakeResult(facts, submissions, outcome);
  }

  private static IntakeResult rejected(
      FileFacts facts, List<ValidationIssue> reasons, Instant receivedAt) {
    FileProcessed outcome =
        new FileProcessed(facts, false, List.of(), List.of(), reasons, Map.of(), receivedAt);
    return new IntakeResult(facts, List.of(), outcome);
  }

  private static FileFacts facts(
      String la, String name, String sha, String format, long size, long modified, Instant at) {
    String fileId = EventIds.fileId(la, name, sha.isEmpty() ? "size:" + size : sha, modified);
    return new FileFacts(fileId, la, name, sha, format, size, at);
  }

  private ValidationIssue tooLarge(long size) {
    return FileRules.issue(
        FileRules.TOO_LARGE,
        null,
        Field.FILE,
        String.valueOf(size),
        "The file is "
            + size
            + " bytes; the limit is "
            + maxBytes
            + " bytes. Split it into smaller files (one per school, or a zip of them).");
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
