package uk.ks1.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.ks1.ingest.Rejections.reasons;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.rule.FileLimits;
import uk.ks1.core.rule.FileMessage;
import uk.ks1.core.rule.FileRules;
import uk.ks1.ingest.csv.CsvParser;
import uk.ks1.ingest.ctf.CtfParser;
import uk.ks1.ingest.file.FileIntake;
import uk.ks1.ingest.file.FileParser;
import uk.ks1.ingest.file.IntakeResult;
import uk.ks1.ingest.xlsx.Workbooks;
import uk.ks1.ingest.xlsx.XlsxParser;
import uk.ks1.ingest.zip.ZipBundle;
import uk.ks1.ingest.zip.ZipLimits;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.Samples;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;
import uk.ks1.testkit.ZipBuilder;

/**
 * Every message a reader rejects a file with, word for word as the school reads it: one file that
 * provokes each of the file rules' messages (and the two rules with one template the readers
 * raise), through the parser that raises it. A message added to {@link FileRules} without a case
 * here fails {@link #everyMessageOfTheCatalogueHasACase}.
 */
class FileMessagesTest {
  private static final List<TestPupil> PUPILS =
      List.of(
          TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "GDS", "WTS", "EXS"),
          TestPupil.of(TestUpns.unique("330", "2001", 2), "PK1", "EM", "A", "HNM"));
  private static final String TEMPLATE_HEADER =
      "School DFE, UPN, Forename, Surname, Gender, Date of birth, NC Year, Teacher Assessment:"
          + " KS1 Reading, ...: KS1 Writing, ...: KS1 Maths, ...: KS1 Science.";
  private static final String ONE_ENCODING =
      ", which is not UTF-8 (Windows-1252 text?). One file must use one encoding: open it, check"
          + " the names, and save it again as 'CSV UTF-8 (Comma delimited)'.";
  private static final String ZIP_BOMB =
      ": it looks like a zip bomb, so it was not unpacked and nothing in it was counted. Zip the"
          + " schools' files again and send that.";
  private static final String FULL_DFE =
      ". Write the school's full DfE number, LA code first (e.g. 3302001).";

  /** A zip's limits for a file limit of 10,000 bytes, but 5 files at most. */
  private static final ZipLimits ZIP_LIMITS =
      new ZipLimits(5, FileLimits.ZIP_SIZE_LIMITS * 10_000L, 100, 1_000);

  /** A message as raised: its rule, its name in the catalogue, and the text the school reads. */
  private record Case(String rule, String message, List<ValidationIssue> reasons, String text) {}

  /** Every case, raised once for the class: some files take a while to provoke. */
  private static final List<Case> cases = new ArrayList<>();

  @BeforeAll
  static void raiseEveryMessage(@TempDir Path dir) throws Exception {
    ctf();
    csv();
    xlsx();
    zip();
    intake(dir);
  }

  private static void expect(
      String rule, String message, List<ValidationIssue> reasons, String text) {
    cases.add(new Case(rule, message, reasons, text));
  }

  @Test
  void everyReaderWordsEachOfItsMessagesExactly() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    for (Case c : cases) {
      softly
          .assertThat(c.reasons())
          .as(c.rule() + " " + c.message())
          .extracting(ValidationIssue::ruleId, ValidationIssue::message)
          .contains(tuple(c.rule(), c.text()));
    }
    softly.assertAll();
  }

  @Test
  void everyMessageOfTheCatalogueHasACase() throws Exception {
    List<String> raised =
        cases.stream().map(c -> c.rule() + " " + c.message()).distinct().sorted().toList();
    List<String> catalogue = new ArrayList<>();
    FileRules.messages().forEach(m -> catalogue.add(m.rule().id() + " " + m.name()));
    catalogue.add("F13 template");
    catalogue.add("F16 template");
    assertThat(raised).containsExactlyElementsOf(catalogue.stream().sorted().toList());
  }

  @Test
  void aMessageMissingADetailOrGivenOneItDoesNotNameFailsLoudly() {
    FileMessage zipFiles = FileRules.ZIP_TOO_MANY_FILES;
    assertThat(zipFiles.render(Map.of("name", "bundle.zip", "limit", FileLimits.ZIP_MAX_ENTRIES)))
        .isEqualTo(
            "bundle.zip holds more than 1000 files; the limit is 1000. Send it as several zips.");
    assertThatThrownBy(() -> zipFiles.render(Map.of("name", "bundle.zip")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No value for {limit} in: " + zipFiles.template());
    assertThatThrownBy(() -> zipFiles.render(Map.of("name", "bundle.zip", "limit", 5, "files", 6)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No placeholder for [files] in: " + zipFiles.template());
    assertThatThrownBy(
            () ->
                FileRules.issue(FileRules.UNREADABLE, null, null, "", Map.of("name", "bundle.zip")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("F01 has several messages: raise it with one of FileRules' FileMessages");
  }

  private static void ctf() throws Exception {
    expect(
        "F01",
        "not-ctf",
        ctf("<html><body/></html>"),
        "This XML file is not a Common Transfer File: its root element is <html>, not <CTfile>."
            + " Export a CTF from the school's MIS.");
    expect(
        "F01",
        "xml-too-deep",
        ctf("<CTfile>" + "<a>".repeat(64)),
        "The XML is nested more than 64 levels deep: this is not a CTF.");
    expect(
        "F01",
        "xml",
        ctf("<CTfile><Header></CTfile>"),
        // Woodstox's own words, its location line included
        "The file is not well-formed XML (Unexpected close tag </CTfile>; expected </Header>.\n"
            + " at [row,col {unknown-source}]: [1,24] at line 1, column 24). It may be truncated or"
            + " not a CTF: export it again from the school's MIS.");
    expect(
        "F01",
        "ctf-not-utf8",
        ctf(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CTfile>\u00ff</CTfile>"
                .getBytes(StandardCharsets.ISO_8859_1)),
        "The file says it is UTF-8 (or says nothing, which means UTF-8) but byte 46 is not valid"
            + " UTF-8: it is not a CTF, or it was saved in another encoding without saying so."
            + " Export the CTF again from the school's MIS.");
    expect(
        "F03",
        "ctf",
        ctf("<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile>\n<CTfile/>"),
        "The file declares a DTD (<!DOCTYPE ...> at line 2, column 1). CTFs must not contain"
            + " DTDs or entity declarations, so the file was not read. Export the CTF again from"
            + " the school's MIS.");
    expect(
        "F05",
        "no-results",
        ctf(Samples.bytes("mtc-ks2.ctf.xml")),
        "The file has 2 pupil(s) but no KS1 teacher-assessment results (skipped: 2 assessments of"
            + " other stages, 2 pupils without KS1 TA results for the year). Export the KS1 TA CTF"
            + " from the school's MIS.");
    expect(
        "F05",
        "no-pupils",
        ctf(CtfBuilder.school("3302001").xml()),
        "The file has 0 pupil(s) but no KS1 teacher-assessment results. Export the KS1 TA CTF"
            + " from the school's MIS.");
    expect(
        "F07",
        "ctf",
        ctf(
            CtfBuilder.school("3302001")
                .pupil(PUPILS.get(0))
                .xml()
                .replace("<Estab>2001</Estab>", "<Estab>20X1</Estab>")),
        "The CTF header's source school (Header/SourceSchool LEA and Estab) gives '33020X1',"
            + " which is not a 7-digit DfE number. Check the school's details in its MIS.");
  }

  private static void csv() throws Exception {
    String template = TemplateBuilder.template().school("3302001", PUPILS).csvText();
    String header = template.lines().findFirst().orElseThrow() + "\r\n";
    String pupilRow = template.lines().skip(1).findFirst().orElseThrow();
    expect(
        "F01",
        "csv",
        csv(template.replaceFirst(",EXS,", ",\"EXS,")),
        "ks1.csv is not a well-formed CSV ((startline 2) EOF reached before encapsulated token finished). A quoted value is"
            + " probably not closed: open the file in the spreadsheet, check that row, and save it"
            + " as CSV again.");
    expect(
        "F01",
        "csv-is-zip",
        csv(ZipBuilder.zip().entry("a.csv", new byte[1]).bytes()),
        "ks1.csv is not CSV text: it is a zip or an Excel workbook (.xlsx) saved under a .csv"
            + " name. Send it with its real extension (.xlsx or .zip), or save it as CSV.");
    expect(
        "F01",
        "csv-is-xls",
        csv(HexFormat.of().parseHex("D0CF11E0A1B11AE1")),
        "ks1.csv is not CSV text: it is an old Excel 97-2003 workbook (.xls) or a"
            + " password-protected workbook. Save it as CSV UTF-8 or as .xlsx, without a"
            + " password.");
    expect(
        "F01",
        "csv-binary",
        csv(header + "3302001,\u0000"),
        "ks1.csv is not CSV text: row 2 holds binary data (byte 0x00). Export the template from"
            + " the spreadsheet as CSV and send that.");
    expect("F10", "no-content", csv(new byte[0]), "ks1.csv is empty (0 bytes).");
    expect(
        "F10",
        "no-text",
        csv(",,,\r\n,,\r\n"),
        "ks1.csv has no rows with any text. Fill in the template and send it again.");
    expect(
        "F10",
        "no-pupil-rows",
        csv(header + ",,,,\r\n"),
        "ks1.csv has a header row (row 1) but no pupil rows below it. Add one row per pupil.");
    expect(
        "F11",
        "neither",
        csv(bytes(header, new byte[] {'3', (byte) 0x81})),
        "Row 2 of ks1.csv has the byte 0x81, which is a character neither in UTF-8 nor in"
            + " Windows-1252, so the text cannot be read unambiguously. Save the file again as"
            + " 'CSV UTF-8 (Comma delimited)'.");
    expect(
        "F11",
        "utf-16",
        csv(new byte[] {(byte) 0xFF, (byte) 0xFE, 'S', 0}),
        "ks1.csv is written in UTF-16 (Excel's 'Unicode Text'). Save it as 'CSV UTF-8 (Comma"
            + " delimited)' instead.");
    expect(
        "F11",
        "mixed-bom",
        csv(bytes("\uFEFF" + header, new byte[] {'Z', (byte) 0xE9})),
        "ks1.csv starts with a UTF-8 byte-order mark, but row 2 has the byte 0xE9" + ONE_ENCODING);
    expect(
        "F11",
        "mixed",
        csv(bytes(header + "Zo\u00eb\r\n", new byte[] {'Z', (byte) 0xE9})),
        "ks1.csv has UTF-8 text in row 2, but row 3 has the byte 0xE9" + ONE_ENCODING);
    expect(
        "F12",
        "missing-columns",
        csv(template.replace("Forename,Surname", "First,Last")),
        "The header row (row 1) of ks1.csv lacks the column(s) Forename, Surname. Use the"
            + " template's column names (any case and spacing); extra columns are fine.");
    expect(
        "F12",
        "no-header",
        csv("Name,Score\r\nAlice,3\r\n"),
        "No header row with the template's column names was found in the first 20 rows of"
            + " ks1.csv (its first row with text has 2 cells, none of them the template's column"
            + " names). The template's header is: "
            + TEMPLATE_HEADER);
    String rows = template.replaceFirst("\r\n3302001,", "\r\n2001,");
    rows = rows.replaceFirst("\r\n3302001,", "\r\n,") + "33X2001" + pupilRow.substring(7);
    List<ValidationIssue> schools = csv(rows + "\r\n");
    expect(
        "F07",
        "no-la-code",
        schools,
        "Row 2 of ks1.csv: column 'School DFE' holds '2001', an establishment number without its"
            + " LA code"
            + FULL_DFE);
    expect("F07", "blank", schools, "Row 3 of ks1.csv: column 'School DFE' is blank" + FULL_DFE);
    expect(
        "F07",
        "not-7-digits",
        schools,
        "Row 4 of ks1.csv: column 'School DFE' holds '33X2001', which is not a 7-digit DfE number"
            + FULL_DFE);
    StringBuilder many = new StringBuilder(header);
    for (int i = 0; i < 53; i++) {
      many.append("2001").append(pupilRow.substring(7)).append("\r\n");
    }
    expect("F07", "more", csv(many.toString()), "... and 3 more row(s) with the same problem.");
    expect(
        "F17",
        "not-a-year",
        csv(TemplateBuilder.template().school("3302001", PUPILS).yearColumn("Summer").csvText()),
        "Row 2 of ks1.csv: column 'Year' holds 'Summer', which is not an assessment year. Write"
            + " the summer assessed (e.g. 2023) or the academic year (2022/23).");
    String years =
        TemplateBuilder.template().school("3302001", PUPILS).yearColumn("2023").csvText();
    expect(
        "F17",
        "mixed-years",
        csv(years.replaceFirst(",2023\r\n", ",2022\r\n")),
        "School 3302001 has rows for more than one year in ks1.csv (column 'Year': [2022, 2023])."
            + " Send one file per year.");
    StringBuilder big = new StringBuilder(template);
    for (int i = 0; i < 3; i++) {
      big.append(pupilRow).append("\r\n");
    }
    expect(
        "F16",
        "template",
        parse(
            new CsvParser(Ks1Registry.KS1, 3),
            "big.csv",
            big.toString().getBytes(StandardCharsets.UTF_8)),
        "big.csv has more than 3 rows; the limit is 3. Split it into smaller files (one per"
            + " school, or a zip of them).");
  }

  private static void xlsx() throws Exception {
    byte[] book = TemplateBuilder.template().school("3302001", PUPILS).xlsx();
    expect(
        "F01",
        "xls",
        xlsx("old.xlsx", HexFormat.of().parseHex("D0CF11E0A1B11AE1")),
        "old.xlsx is an old Excel 97-2003 workbook (.xls) or a password-protected workbook, not"
            + " an .xlsx. Save it as 'Excel Workbook (.xlsx)' without a password.");
    expect(
        "F01",
        "xlsx-not-zip",
        xlsx("junk.xlsx", "just some text".getBytes(StandardCharsets.UTF_8)),
        "junk.xlsx is not an Excel workbook: an .xlsx file is a zip, and this one is not. Open it"
            + " in the spreadsheet and save it as 'Excel Workbook (.xlsx)'.");
    expect(
        "F01",
        "ods",
        xlsx(
            "calc.xlsx",
            ZipBuilder.zip()
                .entry(
                    "mimetype",
                    "application/vnd.oasis.opendocument.spreadsheet"
                        .getBytes(StandardCharsets.US_ASCII))
                .entry("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8))
                .entry(
                    "settings.xml", "<office:document-settings/>".getBytes(StandardCharsets.UTF_8))
                .bytes()),
        "calc.xlsx is an OpenDocument spreadsheet (.ods) renamed .xlsx. Save it as 'Excel"
            + " Workbook (.xlsx)'.");
    expect(
        "F01",
        "xlsx-damaged",
        xlsx("damaged.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9}),
        "damaged.xlsx is a damaged or incomplete Excel workbook and could not be read"
            + " (IOException). Open it in the spreadsheet, save it again as .xlsx and"
            + " send that.");
    expect("F10", "no-content", xlsx("empty.xlsx", new byte[0]), "empty.xlsx is empty (0 bytes).");
    expect(
        "F03",
        "xlsx",
        xlsx(
            "dtd.xlsx",
            Workbooks.rewriteSheet(
                book, xml -> xml.replaceFirst("<worksheet", "<!DOCTYPE worksheet><worksheet"))),
        "dtd.xlsx has a part with a DTD (<!DOCTYPE ...>), which workbooks never need, so it was"
            + " not read. Save the template again from the spreadsheet.");
    expect(
        "F15",
        "xlsx",
        xlsx("bomb.xlsx", Workbooks.padSheet(book, 3_000_000)),
        "bomb.xlsx unpacks to far more than its size (a part would exceed 200 MB, or is"
            + " compressed beyond 100:1): it was not read. Save the template again from the"
            + " spreadsheet; if it is really this large, split it.");
    List<List<String>> notes = List.of(List.of("Fill in the next sheet"));
    expect(
        "F12",
        "no-sheet",
        xlsx(
            "notes.xlsx",
            Workbooks.withSheet(TemplateBuilder.hugeSheet(3, false), "Notes", 0, notes)),
        "No sheet of notes.xlsx (Notes, Data) has the template's header row in its first 20 rows: "
            + TEMPLATE_HEADER);
    List<List<String>> classB =
        TemplateBuilder.template()
            .school("3302001", List.of(PUPILS.get(0).withUpn(TestUpns.unique("330", "2001", 7))))
            .rows();
    expect(
        "F12",
        "two-sheets",
        xlsx("classes.xlsx", Workbooks.withSheet(book, "Class 2B", 1, classB)),
        "Sheets 'KS1' and 'Class 2B' of classes.xlsx each have the template's header and pupil"
            + " rows, but one sheet is read per file. Put every pupil on one sheet (or send each"
            + " sheet as a file of its own) and send it again; nothing in this file was counted.");
  }

  private static void zip() throws Exception {
    byte[] good = ZipBuilder.zip().entry("a.csv", "x".repeat(500).getBytes()).bytes();
    expect(
        "F01",
        "not-zip",
        zip("not a zip".getBytes(StandardCharsets.UTF_8)),
        "bundle.zip is not a zip file. Make it with 'Send to > Compressed (zipped) folder'.");
    expect(
        "F01",
        "zip-cut-short",
        zip(java.util.Arrays.copyOf(good, good.length / 2)),
        "bundle.zip is a damaged or incomplete zip: it ends before its table of contents (was the"
            + " upload cut short?). Zip the files again and send that.");
    byte[] encrypted = good.clone();
    encrypted[6] |= 1; // the local header's general-purpose flag: encrypted
    expect(
        "F01",
        "zip-password",
        zip(encrypted),
        "bundle.zip is password-protected, so it cannot be read. Zip the files again without a"
            + " password.");
    byte[] corrupt = good.clone();
    corrupt[30 + "a.csv".length()] = (byte) 0xFF; // the first byte of the deflated data
    expect(
        "F01",
        "zip-damaged",
        zip(corrupt),
        "bundle.zip is a damaged or incomplete zip (invalid block type). Zip the files again and"
            + " send that.");
    expect(
        "F10",
        "empty-zip",
        zip(ZipBuilder.zip().entry("__MACOSX/._a", new byte[1]).bytes()),
        "bundle.zip holds no files to read. Put the schools' CTF, CSV or XLSX files in it.");
    ZipBuilder many = ZipBuilder.zip();
    for (int i = 0; i < 6; i++) {
      many.entry(i + ".csv", new byte[1]);
    }
    expect(
        "F15",
        "zip-files",
        zip(many.bytes()),
        "bundle.zip holds more than 5 files; the limit is 5. Send it as several zips.");
    ZipBuilder heavy = ZipBuilder.zip();
    for (int i = 0; i < 5; i++) {
      byte[] text = new byte[9_000];
      new java.util.Random(i).nextBytes(text);
      heavy.entry(i + ".csv", text);
    }
    expect(
        "F15",
        "zip-size",
        zip(heavy.bytes()),
        "bundle.zip unpacks to more than 40000 bytes, the limit for a zip (4 times the size limit"
            + " for one file)"
            + ZIP_BOMB);
    byte[] bomb = ZipBuilder.zip().zeros("bomb.csv", 30_000).bytes();
    expect(
        "F15",
        "zip-ratio",
        zip(bomb),
        "bundle.zip unpacks to more than 100 times its own size ("
            + bomb.length
            + " bytes)"
            + ZIP_BOMB);
    expect(
        "F13",
        "template",
        zip(ZipBuilder.zip().entry("../evil.csv", new byte[1]).bytes()),
        "bundle.zip holds an entry named '../evil.csv', a path that leads outside the zip (../,"
            + " an absolute path or a drive letter). Nothing in the zip was read. Zip the files"
            + " again from their folder.");
  }

  private static void intake(Path dir) throws IOException {
    FileIntake intake =
        FileIntake.standard(Ks1Registry.KS1, LaRegistry.standard(), 1_000_000, 2027);
    Path empty = Files.write(dir.resolve("3302001.csv"), new byte[0]);
    expect(
        "F10",
        "zero-bytes",
        problems(intake.intake(empty, "330", Instant.EPOCH)),
        "3302001.csv is empty (0 bytes). Export the file again and send it with its content.");
    expect(
        "F01",
        "failed",
        problems(intake.unreadable(empty, "330", Instant.EPOCH, new OutOfMemoryError())),
        "The file could not be read (OutOfMemoryError). Tell the LA.");
  }

  private static List<ValidationIssue> problems(List<IntakeResult> results) {
    return results.get(results.size() - 1).problems();
  }

  private static List<ValidationIssue> ctf(String xml) {
    return ctf(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ValidationIssue> ctf(byte[] bytes) {
    return parse(new CtfParser(Ks1Registry.KS1), "f.xml", bytes);
  }

  private static List<ValidationIssue> csv(String text) {
    return csv(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ValidationIssue> csv(byte[] bytes) {
    return parse(new CsvParser(Ks1Registry.KS1, 1000), "ks1.csv", bytes);
  }

  private static List<ValidationIssue> xlsx(String name, byte[] bytes) {
    return parse(new XlsxParser(Ks1Registry.KS1, 1000), name, bytes);
  }

  private static List<ValidationIssue> zip(byte[] bytes) {
    return reasons(() -> ZipBundle.unpack(bytes, "bundle.zip", 10_000, ZIP_LIMITS));
  }

  private static List<ValidationIssue> parse(FileParser parser, String name, byte[] bytes) {
    FileFacts facts = new FileFacts("id", "330", name, "sha", "", bytes.length, Instant.EPOCH);
    return reasons(() -> parser.parse(new ByteArrayInputStream(bytes), facts, 2027));
  }

  private static byte[] bytes(String text, byte[] then) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(then);
    return out.toByteArray();
  }
}
