package uk.ks1.validate.file;

import java.util.List;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.validate.rule.RuleDefinition;

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
          "F02", Effect.FILE, "Unsupported file type", "CTF (.xml), .csv, .xlsx or a .zip of them");
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
          "Schools of the folder's LA only (the first 3 digits of the DfE number)");
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
          "A year inside the configured collection window");
  public static final RuleDefinition LAESTAB_MALFORMED =
      RuleDefinition.error(
          "F07",
          Effect.FILE,
          "School DfE number (LAESTAB) missing or malformed",
          "7 digits: the 3-digit LA code and the 4-digit establishment number");
  public static final RuleDefinition TOO_LARGE =
      RuleDefinition.error(
          "F08", Effect.FILE, "File over the size limit", "Files up to the configured size limit");
  public static final RuleDefinition FOLDER_NOT_AN_LA =
      RuleDefinition.error(
          "F09",
          Effect.FILE,
          "Drop folder is not an English LA code",
          "A folder named after one of the 153 current LA codes, e.g. inbox/330/");

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
          FOLDER_NOT_AN_LA);

  private FileRules() {}

  /** An upload-error issue for the file (or for a row of it, when the problem has a row). */
  public static ValidationIssue issue(
      RuleDefinition rule, Integer row, Field field, String value, String message) {
    return new ValidationIssue(
        rule.id(), rule.severity(), rule.effect(), row, field, value, message, rule.allowed());
  }
}
