package uk.ks1.core.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.ValidationIssue;

/**
 * File-level rules: any of these makes the whole file an upload error, so nothing of it counts.
 * Ingest applies them before anything is sent.
 */
public final class FileRules {
  public static final RuleDefinition UNREADABLE =
      RuleDefinition.error(
          "F01",
          Effect.FILE,
          "File unreadable or malformed",
          "A well-formed CTF (XML), CSV or XLSX file as exported by the school's system");
  public static final RuleDefinition UNSUPPORTED_TYPE =
      RuleDefinition.error(
              "F02",
              Effect.FILE,
              "Unsupported file type",
              "CTF (.xml), .csv, .xlsx or a .zip of them")
          .withMessage(
              "'{name}' is not a file type we accept. Send a CTF (.xml), a CSV or XLSX template, or"
                  + " a .zip of them.");
  public static final RuleDefinition DTD =
      RuleDefinition.error(
          "F03",
          Effect.FILE,
          "DTD or entity declaration in an XML file",
          "A CTF without <!DOCTYPE> or <!ENTITY> declarations");
  public static final RuleDefinition SCHOOL_NOT_IN_FOLDER_LA =
      RuleDefinition.error(
              "F04",
              Effect.FILE,
              "School not in the LA whose folder the file came through",
              "Schools of the folder's LA only (the first 3 digits of the DfE number)")
          .withMessage(
              "School {school} belongs to LA {schoolLa}, but the file came through the folder of LA"
                  + " {folder} ({folderName}). Send it to LA {schoolLa} instead; nothing in this file"
                  + " was counted.");
  public static final RuleDefinition NO_RECORDS =
      RuleDefinition.error(
          "F05",
          Effect.FILE,
          "No records for the collection",
          "At least one pupil with KS1 teacher-assessment results");
  public static final RuleDefinition YEAR_OUTSIDE_WINDOW =
      RuleDefinition.error(
              "F06",
              Effect.FILE,
              "Assessment year outside the collection window",
              "A year inside the collection window set with --years (none by default: every year"
                  + " loads)")
          .withMessage(
              "The results of school {school} are for the summer of {year}, but this service takes"
                  + " files for {window} only; nothing in this file was counted. Send the {last}"
                  + " results, or ask the LA to load {year} on its own.");
  public static final RuleDefinition LAESTAB_MALFORMED =
      RuleDefinition.error(
          "F07",
          Effect.FILE,
          "School DfE number (LAESTAB) missing or malformed",
          "7 digits: the 3-digit LA code and the 4-digit establishment number");
  public static final RuleDefinition TOO_LARGE =
      RuleDefinition.error(
              "F08",
              Effect.FILE,
              "File over the size limit",
              "Files up to the configured size limit")
          .withMessage(
              "The file {name} is {size} bytes; the limit is {limit} bytes. Split it into smaller"
                  + " files (one per school, or a zip of them).");
  public static final RuleDefinition FOLDER_NOT_AN_LA =
      RuleDefinition.error(
              "F09",
              Effect.FILE,
              "Drop folder is not an English LA code",
              "A folder named after one of the 153 current LA codes, e.g. inbox/330/")
          .withMessage(
              "The file was dropped in folder '{folder}', which is not one of the 153 English LA"
                  + " codes. Put it in the folder of the school's LA, e.g. inbox/330/.");

  public static final RuleDefinition EMPTY =
      RuleDefinition.error(
          "F10",
          Effect.FILE,
          "File empty: no bytes, or no rows with pupil data",
          "A file with a header row and at least one pupil row");
  public static final RuleDefinition ENCODING =
      RuleDefinition.error(
          "F11",
          Effect.FILE,
          "Text encoding not recognised, or mixed encodings in one file",
          "CSV text in UTF-8 (with or without BOM) or Windows-1252, one encoding per file");
  public static final RuleDefinition NO_HEADER =
      RuleDefinition.error(
          "F12",
          Effect.FILE,
          "CSV or XLSX without the template's header row, or with required columns missing",
          "A header row (in the first 20 rows) naming School DFE, UPN, Forename, Surname, Gender,"
              + " Date of birth and Teacher Assessment: KS1 Reading, Writing, Maths, Science");
  public static final RuleDefinition UNSAFE_PATH =
      RuleDefinition.error(
          "F13",
          Effect.FILE,
          "Zip entry whose path leaves the zip (../, an absolute path or a drive letter)",
          "Zip entries named by plain relative paths, e.g. 3302001.csv or trust/3302001.csv");
  public static final RuleDefinition NESTED_ARCHIVE =
      RuleDefinition.error(
              "F14",
              Effect.FILE,
              "Archive inside a zip",
              "CTF, CSV or XLSX files directly inside the zip (unzip any inner zip first)")
          .withMessage(
              "{name} is an archive inside a zip; archives inside zips are not opened. Unzip it and"
                  + " put its files in the outer zip, or send it on its own.");
  public static final RuleDefinition ARCHIVE_LIMITS =
      RuleDefinition.error(
          "F15",
          Effect.FILE,
          "Zip or XLSX over the expansion limits (too many entries, too large once unpacked,"
              + " or compressed beyond "
              + FileLimits.MAX_EXPANSION_RATIO
              + ":1: a zip bomb)",
          "Zips of at most "
              + FileLimits.count(FileLimits.ZIP_MAX_ENTRIES)
              + " files, unpacking to at most "
              + FileLimits.ZIP_SIZE_LIMITS
              + " times the size limit, and workbooks that unpack normally");
  public static final RuleDefinition TOO_MANY_ROWS =
      RuleDefinition.error(
          "F16",
          Effect.FILE,
          "Sheet or CSV over the row limit",
          "At most "
              + FileLimits.count(FileLimits.MAX_ROWS)
              + " rows per file (split larger files by school)");
  public static final RuleDefinition YEAR_UNREADABLE =
      RuleDefinition.error(
          "F17",
          Effect.FILE,
          "Assessment year in a year column not a year, or more than one year for a school",
          "One year per school, written as 2023 or 2022/23 (or the column left out)");

  public static final List<RuleDefinition> ALL =
      List.of(
          UNREADABLE,
          UNSUPPORTED_TYPE,
          DTD,
          SCHOOL_NOT_IN_FOLDER_LA,
          NO_RECORDS,
          YEAR_OUTSIDE_WINDOW,
          LAESTAB_MALFORMED,
          TOO_LARGE,
          FOLDER_NOT_AN_LA,
          EMPTY,
          ENCODING,
          NO_HEADER,
          UNSAFE_PATH,
          NESTED_ARCHIVE,
          ARCHIVE_LIMITS,
          TOO_MANY_ROWS,
          YEAR_UNREADABLE);

  private FileRules() {}

  /**
   * An upload-error issue written from the rule's message template, {@code details} filling its
   * placeholders.
   */
  public static ValidationIssue issue(
      RuleDefinition rule, Integer row, Field field, String value, Map<String, ?> details) {
    Map<String, String> values = new HashMap<>();
    details.forEach((k, v) -> values.put(k, String.valueOf(v)));
    return issue(rule, row, field, value, MessageTemplate.render(rule.template(), values));
  }

  /** An upload-error issue for the file (or for a row of it, when the problem has a row). */
  public static ValidationIssue issue(
      RuleDefinition rule, Integer row, Field field, String value, String message) {
    return new ValidationIssue(
        rule.id(), rule.severity(), rule.effect(), row, field, value, message, rule.allowed());
  }
}
