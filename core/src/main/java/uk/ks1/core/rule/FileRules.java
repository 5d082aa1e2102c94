package uk.ks1.core.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.ValidationIssue;

/**
 * File-level rules: any of these makes the whole file an upload error, so nothing of it counts.
 * Ingest applies them before anything is sent. A rule raised in one situation has one message, its
 * template; a rule raised in several (F01 for a damaged zip, an .xls renamed .xlsx, malformed
 * XML...) has a {@link FileMessage} for each, declared below it. Either way every message a school
 * can receive is here and in docs/rules.md, and a limit it states is a detail given from the
 * constant applied ({@link FileLimits}, the XLSX and zip limits of ingest).
 */
public final class FileRules {
  /** The messages of rules with several, in the order declared (before any of them). */
  private static final List<FileMessage> MESSAGES = new ArrayList<>();

  public static final RuleDefinition UNREADABLE =
      RuleDefinition.error(
          "F01",
          Effect.FILE,
          "File unreadable or malformed",
          "A well-formed CTF (XML), CSV or XLSX file as exported by the school's system");
  public static final FileMessage INTAKE_FAILED =
      message(UNREADABLE, "failed", "The file could not be read ({exception}). Tell the LA.");
  public static final FileMessage NOT_A_CTF =
      message(
          UNREADABLE,
          "not-ctf",
          "This XML file is not a Common Transfer File: its root element is <{root}>, not"
              + " <CTfile>. Export a CTF from the school's MIS.");
  public static final FileMessage XML_TOO_DEEP =
      message(
          UNREADABLE,
          "xml-too-deep",
          "The XML is nested more than {depth} levels deep: this is not a CTF.");
  public static final FileMessage XML_MALFORMED =
      message(
          UNREADABLE,
          "xml",
          "The file is not well-formed XML ({problem}{where}). It may be truncated or not a"
              + " CTF: export it again from the school's MIS.");
  public static final FileMessage CTF_NOT_UTF8 =
      message(
          UNREADABLE,
          "ctf-not-utf8",
          "The file says it is UTF-8 (or says nothing, which means UTF-8) but byte {offset}"
              + " is not valid UTF-8: it is not a CTF, or it was saved in another encoding"
              + " without saying so. Export the CTF again from the school's MIS.");
  public static final FileMessage CSV_MALFORMED =
      message(
          UNREADABLE,
          "csv",
          "{name} is not a well-formed CSV ({problem}). A quoted value is probably not"
              + " closed: open the file in the spreadsheet, check that row, and save it as CSV"
              + " again.");
  public static final FileMessage CSV_IS_ZIP =
      message(
          UNREADABLE,
          "csv-is-zip",
          "{name} is not CSV text: it is a zip or an Excel workbook (.xlsx) saved under a"
              + " .csv name. Send it with its real extension (.xlsx or .zip), or save it as CSV.");
  public static final FileMessage CSV_IS_XLS =
      message(
          UNREADABLE,
          "csv-is-xls",
          "{name} is not CSV text: it is an old Excel 97-2003 workbook (.xls) or a"
              + " password-protected workbook. Save it as CSV UTF-8 or as .xlsx, without a"
              + " password.");
  public static final FileMessage CSV_BINARY =
      message(
          UNREADABLE,
          "csv-binary",
          "{name} is not CSV text: row {row} holds binary data (byte {byte}). Export the"
              + " template from the spreadsheet as CSV and send that.");
  public static final FileMessage XLSX_IS_XLS =
      message(
          UNREADABLE,
          "xls",
          "{name} is an old Excel 97-2003 workbook (.xls) or a password-protected workbook,"
              + " not an .xlsx. Save it as 'Excel Workbook (.xlsx)' without a password.");
  public static final FileMessage XLSX_NOT_A_ZIP =
      message(
          UNREADABLE,
          "xlsx-not-zip",
          "{name} is not an Excel workbook: an .xlsx file is a zip, and this one is not."
              + " Open it in the spreadsheet and save it as 'Excel Workbook (.xlsx)'.");
  public static final FileMessage XLSX_IS_ODS =
      message(
          UNREADABLE,
          "ods",
          "{name} is an OpenDocument spreadsheet (.ods) renamed .xlsx. Save it as 'Excel"
              + " Workbook (.xlsx)'.");
  public static final FileMessage XLSX_DAMAGED =
      message(
          UNREADABLE,
          "xlsx-damaged",
          "{name} is a damaged or incomplete Excel workbook and could not be read"
              + " ({exception}). Open it in the spreadsheet, save it again as .xlsx and send"
              + " that.");
  public static final FileMessage ZIP_NOT_A_ZIP =
      message(
          UNREADABLE,
          "not-zip",
          "{name} is not a zip file. Make it with 'Send to > Compressed (zipped) folder'.");
  public static final FileMessage ZIP_CUT_SHORT =
      message(
          UNREADABLE,
          "zip-cut-short",
          "{name} is a damaged or incomplete zip: it ends before its table of contents (was"
              + " the upload cut short?). Zip the files again and send that.");
  public static final FileMessage ZIP_PASSWORD =
      message(
          UNREADABLE,
          "zip-password",
          "{name} is password-protected, so it cannot be read. Zip the files again without"
              + " a password.");
  public static final FileMessage ZIP_DAMAGED =
      message(
          UNREADABLE,
          "zip-damaged",
          "{name} is a damaged or incomplete zip ({problem}). Zip the files again and send"
              + " that.");
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
  public static final FileMessage CTF_DTD =
      message(
          DTD,
          "ctf",
          "The file declares a DTD (<!DOCTYPE ...>{where}). CTFs must not contain DTDs or"
              + " entity declarations, so the file was not read. Export the CTF again from the"
              + " school's MIS.");
  public static final FileMessage XLSX_DTD =
      message(
          DTD,
          "xlsx",
          "{name} has a part with a DTD (<!DOCTYPE ...>), which workbooks never need, so it"
              + " was not read. Save the template again from the spreadsheet.");
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
          "F05", Effect.FILE, "No records for the collection", "At least one pupil with {results}");
  public static final FileMessage NO_RESULTS =
      message(
          NO_RECORDS,
          "no-results",
          "The file has {pupils} pupil(s) but no {results} (skipped: {skipped}). Export the"
              + " {export} from the school's MIS.");
  public static final FileMessage NO_PUPILS =
      message(
          NO_RECORDS,
          "no-pupils",
          "The file has {pupils} pupil(s) but no {results}. Export the {export} from the"
              + " school's MIS.");
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
  public static final FileMessage CTF_SCHOOL_MALFORMED =
      message(
          LAESTAB_MALFORMED,
          "ctf",
          "The CTF header's source school (Header/SourceSchool LEA and Estab) gives"
              + " '{written}', which is not a 7-digit DfE number. Check the school's details in"
              + " its MIS.");
  public static final FileMessage SCHOOL_BLANK =
      message(
          LAESTAB_MALFORMED,
          "blank",
          "Row {row} of {name}: column '{column}' is blank. Write the school's full DfE"
              + " number, LA code first (e.g. 3302001).");
  public static final FileMessage SCHOOL_WITHOUT_LA =
      message(
          LAESTAB_MALFORMED,
          "no-la-code",
          "Row {row} of {name}: column '{column}' holds '{written}', an establishment"
              + " number without its LA code. Write the school's full DfE number, LA code first"
              + " (e.g. 3302001).");
  public static final FileMessage SCHOOL_MALFORMED =
      message(
          LAESTAB_MALFORMED,
          "not-7-digits",
          "Row {row} of {name}: column '{column}' holds '{written}', which is not a 7-digit"
              + " DfE number. Write the school's full DfE number, LA code first (e.g. 3302001).");
  public static final FileMessage SCHOOL_MALFORMED_MORE =
      message(LAESTAB_MALFORMED, "more", "... and {count} more row(s) with the same problem.");
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
  public static final FileMessage ZERO_BYTES =
      message(
          EMPTY,
          "zero-bytes",
          "{name} is empty (0 bytes). Export the file again and send it with its content.");
  public static final FileMessage NO_CONTENT =
      message(EMPTY, "no-content", "{name} is empty (0 bytes).");
  public static final FileMessage NO_TEXT =
      message(
          EMPTY,
          "no-text",
          "{name} has no rows with any text. Fill in the template and send it again.");
  public static final FileMessage NO_PUPIL_ROWS =
      message(
          EMPTY,
          "no-pupil-rows",
          "{name} has a header row (row {row}) but no pupil rows below it. Add one row per"
              + " pupil.");
  public static final FileMessage ZIP_EMPTY =
      message(
          EMPTY,
          "empty-zip",
          "{name} holds no files to read. Put the schools' CTF, CSV or XLSX files in it.");
  public static final RuleDefinition ENCODING =
      RuleDefinition.error(
          "F11",
          Effect.FILE,
          "Text encoding not recognised, or mixed encodings in one file",
          "CSV text in UTF-8 (with or without BOM) or Windows-1252, one encoding per file");
  public static final FileMessage NEITHER_ENCODING =
      message(
          ENCODING,
          "neither",
          "Row {row} of {name} has the byte {byte}, which is a character neither in UTF-8"
              + " nor in Windows-1252, so the text cannot be read unambiguously. Save the file"
              + " again as 'CSV UTF-8 (Comma delimited)'.");
  public static final FileMessage UTF16 =
      message(
          ENCODING,
          "utf-16",
          "{name} is written in UTF-16 (Excel's 'Unicode Text'). Save it as 'CSV UTF-8"
              + " (Comma delimited)' instead.");
  public static final FileMessage MIXED_AFTER_BOM =
      message(
          ENCODING,
          "mixed-bom",
          "{name} starts with a UTF-8 byte-order mark, but row {row} has the byte {byte},"
              + " which is not UTF-8 (Windows-1252 text?). One file must use one encoding: open"
              + " it, check the names, and save it again as 'CSV UTF-8 (Comma delimited)'.");
  public static final FileMessage MIXED =
      message(
          ENCODING,
          "mixed",
          "{name} has UTF-8 text in row {utfRow}, but row {row} has the byte {byte}, which"
              + " is not UTF-8 (Windows-1252 text?). One file must use one encoding: open it,"
              + " check the names, and save it again as 'CSV UTF-8 (Comma delimited)'.");
  public static final RuleDefinition NO_HEADER =
      RuleDefinition.error(
          "F12",
          Effect.FILE,
          "CSV or XLSX without the template's header row, or with required columns missing",
          "A header row (in the first "
              + FileLimits.HEADER_ROWS
              + " rows) naming School DFE, UPN, Forename, Surname, Gender,"
              + " Date of birth and {itemColumns}");
  public static final FileMessage COLUMNS_MISSING =
      message(
          NO_HEADER,
          "missing-columns",
          "The header row (row {row}) of {name} lacks the column(s) {columns}. Use the"
              + " template's column names (any case and spacing); extra columns are fine.");
  public static final FileMessage NO_HEADER_ROW =
      message(
          NO_HEADER,
          "no-header",
          "No header row with the template's column names was found in the first {within}"
              + " rows of {name} (its first row with text has {cells} cells, none of them the"
              + " template's column names). The template's header is: School DFE, UPN, Forename,"
              + " Surname, Gender, Date of birth, NC Year, {itemHeader}.");
  public static final FileMessage NO_SHEET =
      message(
          NO_HEADER,
          "no-sheet",
          "No sheet of {name} ({sheets}) has the template's header row in its first"
              + " {within} rows: School DFE, UPN, Forename, Surname, Gender, Date of birth, NC"
              + " Year, {itemHeader}.");
  public static final FileMessage TWO_SHEETS =
      message(
          NO_HEADER,
          "two-sheets",
          "Sheets {sheets} of {name} each have the template's header and pupil rows, but"
              + " one sheet is read per file. Put every pupil on one sheet (or send each sheet as"
              + " a file of its own) and send it again; nothing in this file was counted.");
  public static final RuleDefinition UNSAFE_PATH =
      RuleDefinition.error(
              "F13",
              Effect.FILE,
              "Zip entry whose path leaves the zip (../, an absolute path or a drive letter)",
              "Zip entries named by plain relative paths, e.g. 3302001.csv or trust/3302001.csv")
          .withMessage(
              "{name} holds an entry named '{entry}', a path that leads outside the zip"
                  + " (../, an absolute path or a drive letter). Nothing in the zip was read. Zip"
                  + " the files again from their folder.");
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
  public static final FileMessage XLSX_BOMB =
      message(
          ARCHIVE_LIMITS,
          "xlsx",
          "{name} unpacks to far more than its size (a part would exceed {partMb} MB, or is"
              + " compressed beyond {ratio}:1): it was not read. Save the template again from the"
              + " spreadsheet; if it is really this large, split it.");
  public static final FileMessage ZIP_TOO_MANY_FILES =
      message(
          ARCHIVE_LIMITS,
          "zip-files",
          "{name} holds more than {limit} files; the limit is {limit}. Send it as several"
              + " zips.");
  public static final FileMessage ZIP_TOO_LARGE =
      message(
          ARCHIVE_LIMITS,
          "zip-size",
          "{name} unpacks to more than {limit} bytes, the limit for a zip ({times} times"
              + " the size limit for one file): it looks like a zip bomb, so it was not unpacked"
              + " and nothing in it was counted. Zip the schools' files again and send that.");
  public static final FileMessage ZIP_RATIO =
      message(
          ARCHIVE_LIMITS,
          "zip-ratio",
          "{name} unpacks to more than {ratio} times its own size ({packed} bytes): it"
              + " looks like a zip bomb, so it was not unpacked and nothing in it was counted."
              + " Zip the schools' files again and send that.");
  public static final RuleDefinition TOO_MANY_ROWS =
      RuleDefinition.error(
              "F16",
              Effect.FILE,
              "Sheet or CSV over the row limit",
              "At most "
                  + FileLimits.count(FileLimits.MAX_ROWS)
                  + " rows per file (split larger files by school)")
          .withMessage(
              "{name} has more than {limit} rows; the limit is {limit}. Split it into"
                  + " smaller files (one per school, or a zip of them).");
  public static final RuleDefinition YEAR_UNREADABLE =
      RuleDefinition.error(
          "F17",
          Effect.FILE,
          "Assessment year in a year column not a year, or more than one year for a school",
          "One year per school, written as 2023 or 2022/23 (or the column left out)");
  public static final FileMessage YEAR_NOT_A_YEAR =
      message(
          YEAR_UNREADABLE,
          "not-a-year",
          "Row {row} of {name}: column '{column}' holds '{written}', which is not an"
              + " assessment year. Write the summer assessed (e.g. 2023) or the academic year"
              + " (2022/23).");
  public static final FileMessage MIXED_YEARS =
      message(
          YEAR_UNREADABLE,
          "mixed-years",
          "School {school} has rows for more than one year in {name} (column '{column}':"
              + " {years}). Send one file per year.");

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

  /** The messages of the rules with several, in the order they are declared here. */
  public static List<FileMessage> messages() {
    return List.copyOf(MESSAGES);
  }

  /** The messages of {@code rule}: none when it has one message, its template. */
  public static List<FileMessage> messages(RuleDefinition rule) {
    return MESSAGES.stream().filter(m -> m.rule().equals(rule)).toList();
  }

  private static FileMessage message(RuleDefinition rule, String name, String template) {
    if (rule.template() != null) {
      throw new IllegalStateException(rule.id() + " has one message, its template");
    }
    FileMessage m = new FileMessage(rule, name, template);
    if (!messages(rule).stream().filter(other -> other.name().equals(name)).toList().isEmpty()) {
      throw new IllegalStateException(rule.id() + " has two messages named " + name);
    }
    MESSAGES.add(m);
    return m;
  }

  /**
   * An upload-error issue worded by the rule's one message template, {@code details} filling its
   * placeholders; a rule with several messages is raised through its {@link FileMessage}s.
   */
  public static ValidationIssue issue(
      RuleDefinition rule, Integer row, Field field, String value, Map<String, ?> details) {
    if (rule.template() == null) {
      throw new IllegalStateException(
          rule.id() + " has several messages: raise it with one of FileRules' FileMessages");
    }
    return issue(rule, row, field, value, render(rule.template(), details));
  }

  /**
   * An upload-error issue of a message whose texts name the file's collection ({@code {results}},
   * {@code {itemColumns}}...: {@link IntakeWording#placeholders()}): {@code wording} fills those of
   * the message and of what its rule allows, {@code details} the others, each of which the message
   * or the allowed text must name.
   */
  public static ValidationIssue issue(
      FileMessage message,
      IntakeWording wording,
      Integer row,
      Field field,
      String value,
      Map<String, ?> details) {
    RuleDefinition rule = message.rule();
    Set<String> named = new LinkedHashSet<>(message.placeholders());
    named.addAll(MessageTemplate.placeholders(rule.allowed()));
    Set<String> extra = new LinkedHashSet<>(details.keySet());
    extra.removeAll(named);
    if (!extra.isEmpty()) {
      throw new IllegalStateException("No placeholder for " + extra + " in: " + message.template());
    }
    Map<String, String> values = new HashMap<>(wording.placeholders());
    details.forEach((k, v) -> values.put(k, String.valueOf(v)));
    return new ValidationIssue(
        rule.id(),
        rule.severity(),
        rule.effect(),
        row,
        field,
        value,
        MessageTemplate.render(message.template(), values),
        MessageTemplate.render(rule.allowed(), values));
  }

  /**
   * The rule as a collection's files get it: the placeholders of what it checks and allows that
   * {@code words} names ({@link uk.ks1.core.collection.CollectionIntake#ruleWords()}) filled, any
   * other left as written. The catalogue lists the rules with their placeholders; a list of one
   * collection's rules (KS1 TA's, as the store's {@code rules} table has it) shows them worded.
   */
  public static RuleDefinition worded(RuleDefinition rule, Map<String, String> words) {
    return new RuleDefinition(
        rule.id(),
        rule.severity(),
        rule.effect(),
        fill(rule.checks(), words),
        fill(rule.allowed(), words),
        rule.template());
  }

  private static String fill(String text, Map<String, String> words) {
    StringBuilder out = new StringBuilder();
    MessageTemplate.walk(
        text,
        new MessageTemplate.Parts() {
          @Override
          public void text(String t) {
            out.append(t);
          }

          @Override
          public void placeholder(String name) {
            out.append(words.getOrDefault(name, "{" + name + "}"));
          }
        });
    return out.toString();
  }

  /** An upload-error issue for the file (or for a row of it, when the problem has a row). */
  static ValidationIssue issue(
      RuleDefinition rule, Integer row, Field field, String value, String message) {
    if (!MessageTemplate.placeholders(rule.allowed()).isEmpty()) {
      throw new IllegalStateException(
          rule.id()
              + "'s allowed text names the collection: raise it with FileRules.issue(message,"
              + " wording, ...)");
    }
    return new ValidationIssue(
        rule.id(), rule.severity(), rule.effect(), row, field, value, message, rule.allowed());
  }

  /** {@code template} filled by exactly its placeholders: a missing or an extra detail throws. */
  static String render(String template, Map<String, ?> details) {
    Set<String> extra = new LinkedHashSet<>(details.keySet());
    extra.removeAll(MessageTemplate.placeholders(template));
    if (!extra.isEmpty()) {
      throw new IllegalStateException("No placeholder for " + extra + " in: " + template);
    }
    Map<String, String> values = new HashMap<>();
    details.forEach((k, v) -> values.put(k, String.valueOf(v)));
    return MessageTemplate.render(template, values);
  }
}
