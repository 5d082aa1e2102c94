package uk.ks1.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.ks1.ingest.Rejections.reasons;
import static uk.ks1.ingest.xlsx.Workbooks.changed;
import static uk.ks1.ingest.xlsx.Workbooks.padSheet;
import static uk.ks1.ingest.xlsx.Workbooks.renameSheet;
import static uk.ks1.ingest.xlsx.Workbooks.rewriteSheet;
import static uk.ks1.ingest.xlsx.Workbooks.withSheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.ingest.Ks1Registry;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;
import uk.ks1.testkit.Ks1Items;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

class XlsxParserTest {
  private final XlsxParser parser = new XlsxParser(Ks1Registry.KS1, 1000);

  private static final List<TestPupil> PUPILS =
      List.of(
          TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "GDS", "WTS", "EXS")
              .withNames("Zoë", "O'Connor-Brontë"),
          TestPupil.of(TestUpns.unique("330", "2001", 2), "PK1", "EM", "A", "HNM")
              .withSex("M")
              .withDob("2015-09-01"));

  private List<SchoolReturn> parse(String name, byte[] bytes) throws FileRejectedException {
    FileFacts facts = new FileFacts("id", "330", name, "sha", "XLSX", bytes.length, Instant.EPOCH);
    return parser.parse(new ByteArrayInputStream(bytes), facts, 2027);
  }

  private static TemplateBuilder template() {
    return TemplateBuilder.template().school("3302001", PUPILS);
  }

  @Test
  void readsAWorkbookWithNumberAndDateCellsAsTheCsvReadsText() throws Exception {
    SchoolReturn s = parse("ks1.xlsx", template().datesDayFirst().xlsx()).get(0);
    assertThat(s.laestab().value()).isEqualTo("3302001");
    assertThat(s.pupils())
        .extracting(
            PupilRecord::row,
            PupilRecord::upn,
            PupilRecord::forename,
            PupilRecord::dateOfBirth,
            PupilRecord::ncYear,
            Ks1Items::results)
        .containsExactly(
            tuple(
                2,
                PUPILS.get(0).upn(),
                "Zoë",
                "2016-01-15",
                "2",
                results("EXS", "GDS", "WTS", "EXS")),
            tuple(
                3,
                PUPILS.get(1).upn(),
                "Pupil",
                "2015-09-01",
                "2",
                results("PK1", "EM", "A", "HNM")));
  }

  @Test
  void excelHabitsInAWorkbookGiveTheSamePupils() throws Exception {
    List<PupilRecord> plain = parse("a.xlsx", template().xlsx()).get(0).pupils();
    for (TemplateBuilder variant :
        List.of(
            template().titleRow("KS1 2023").trailingBlankRows(3),
            template().otherHeaderNames().extraColumn(),
            template().leadingApostrophes(),
            template().datesDayFirst())) {
      List<PupilRecord> pupils = parse("a.xlsx", variant.xlsx()).get(0).pupils();
      assertThat(pupils)
          .extracting(PupilRecord::upn, PupilRecord::dateOfBirth, Ks1Items::results)
          .containsExactlyElementsOf(
              plain.stream()
                  .map(p -> tuple(p.upn(), p.dateOfBirth(), Ks1Items.results(p)))
                  .toList());
    }
  }

  @Test
  void readsAWorkbookMadeByLibreOfficeCalc() throws Exception {
    byte[] bytes = uk.ks1.testkit.Fixtures.bytes(uk.ks1.testkit.Fixtures.LIBREOFFICE_XLSX);
    List<SchoolReturn> schools = parse("ks1-libreoffice-2023.xlsx", bytes);
    assertThat(schools)
        .extracting(s -> s.laestab().value(), SchoolReturn::year)
        .containsExactly(tuple("3302005", 2023), tuple("3302006", 2023));
    assertThat(schools.get(0).pupils())
        .extracting(
            PupilRecord::row,
            PupilRecord::upn,
            PupilRecord::forename,
            PupilRecord::sex,
            PupilRecord::dateOfBirth,
            PupilRecord::ncYear,
            Ks1Items::results,
            Ks1Items::scores)
        .containsExactly(
            tuple(
                3,
                "K330200516001",
                "Amelia",
                "Female",
                "2016-03-05",
                "2",
                results("GDS", "EXS", "GDS", "EXS"),
                Map.of(ScaledScore.READING, "112", ScaledScore.MATHS, "108")),
            tuple(
                4,
                "Z330200516002",
                "Oliver",
                "Male",
                "2016-08-31",
                "2",
                results("EXS", "WTS", "EXS", "EXS"),
                Map.of(
                    ScaledScore.READING, "101", ScaledScore.MATHS, "99", ScaledScore.GPS, "100")),
            tuple(
                5,
                "N330200516003",
                "Zoë",
                "Female",
                "2015-09-01",
                "2",
                results("PK4", "PK3", "WTS", "HNM"),
                Map.of()));
    assertThat(schools.get(1).pupils())
        .extracting(PupilRecord::upn, PupilRecord::dateOfBirth)
        .containsExactly(
            tuple("U330200616001", "2015-12-12"), tuple("H330200616002", "2016-02-29"));
  }

  @Test
  void readsDatesOfBirthInTheWorkbooksDateSystem() throws Exception {
    // 2016-03-05 is day 42434 in Excel's 1900 system and day 40972 in its 1904 system (1462 fewer)
    byte[] book1904 =
        changed(
            template().datesDayFirst().xlsx(),
            book -> {
              book.getCTWorkbook().getWorkbookPr().setDate1904(true);
              book.getSheetAt(0).getRow(1).getCell(5).setCellValue(40972);
              book.getSheetAt(0).getRow(2).getCell(5).setCellValue(40786); // 2015-09-01
            });
    byte[] book1900 =
        changed(
            template().datesDayFirst().xlsx(),
            book -> book.getSheetAt(0).getRow(1).getCell(5).setCellValue(42434));
    assertThat(parse("mac.xlsx", book1904).get(0).pupils())
        .extracting(PupilRecord::dateOfBirth)
        .containsExactly("2016-03-05", "2015-09-01");
    assertThat(parse("pc.xlsx", book1900).get(0).pupils())
        .extracting(PupilRecord::dateOfBirth)
        .containsExactly("2016-03-05", "2015-09-01");
  }

  @Test
  void theDateSystemIsReadFromTheWorkbookPart() throws Exception {
    assertThat(is1904("<workbookPr date1904=\"true\"/>")).isTrue();
    assertThat(is1904("<workbookPr date1904=\" 1 \" defaultThemeVersion=\"124226\"/>")).isTrue();
    assertThat(is1904("<workbookPr date1904=\"false\"/>")).isFalse();
    assertThat(is1904("<workbookPr defaultThemeVersion=\"124226\"/>")).isFalse();
    assertThat(is1904("")).isFalse();
  }

  @Test
  void numbersAreReadAsStoredNotAsTheirFormatShowsThem() throws Exception {
    String first = PUPILS.get(0).upn();
    String second = PUPILS.get(1).upn();
    byte[] book =
        changed(
            template().score(first, "103", "97", "").score(second, "101", "99", "100").xlsx(),
            b -> {
              var sheet = b.getSheetAt(0);
              var whole = b.createCellStyle();
              whole.setDataFormat(b.createDataFormat().getFormat("0"));
              var thousands = b.createCellStyle();
              thousands.setDataFormat(b.createDataFormat().getFormat("#,##0"));
              var twoPlaces = b.createCellStyle();
              twoPlaces.setDataFormat(b.createDataFormat().getFormat("0.00"));
              var reading = sheet.getRow(1).getCell(11);
              reading.setCellValue(102.6); // shown as 103
              reading.setCellStyle(whole);
              var maths = sheet.getRow(2).getCell(12);
              maths.setCellValue(99.4); // shown as 99
              maths.setCellStyle(whole);
              sheet.getRow(2).getCell(13).setCellStyle(twoPlaces); // 100 shown as 100.00
              sheet.getRow(1).getCell(0).setCellStyle(thousands); // 3302001 shown as 3,302,001
            });
    SchoolReturn s = parse("formats.xlsx", book).get(0);
    assertThat(s.laestab().value()).isEqualTo("3302001");
    assertThat(s.pupils())
        .extracting(Ks1Items::scores)
        .containsExactly(
            Map.of(ScaledScore.READING, "102.6", ScaledScore.MATHS, "97"),
            Map.of(ScaledScore.READING, "101", ScaledScore.MATHS, "99.4", ScaledScore.GPS, "100"));
  }

  @Test
  void storedNumbersAreWrittenPlainly() {
    assertThat(CellValues.plain(102.6)).isEqualTo("102.6");
    assertThat(CellValues.plain(103.0)).isEqualTo("103");
    assertThat(CellValues.plain(3302001)).isEqualTo("3302001");
    assertThat(CellValues.plain(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(CellValues.plain(102.00000000000001)).isEqualTo("102");
    assertThat(CellValues.plain(-0.0)).isEqualTo("0");
    assertThat(CellValues.plain(1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void skipsAnInstructionsSheetBeforeTheData() throws Exception {
    byte[] book = withSheetBefore(template().xlsx());
    SchoolReturn s = parse("two-sheets.xlsx", book).get(0);
    assertThat(s.pupils())
        .extracting(PupilRecord::upn)
        .containsExactly(PUPILS.get(0).upn(), PUPILS.get(1).upn());
  }

  @Test
  void anExampleSheetBeforeTheDataIsPassedOverAndTheOutcomeSaysWhichSheetWasRead()
      throws Exception {
    TestPupil example =
        TestPupil.of(TestUpns.unique("330", "2001", 9), "EXS", "EXS", "EXS", "EXS")
            .withNames("Example", "Pupil");
    List<List<String>> exampleRows =
        TemplateBuilder.template().school("3302001", List.of(example)).rows();
    byte[] book = withSheet(template().xlsx(), "Example", 0, exampleRows);
    List<SchoolReturn> schools = parse("with-example.xlsx", book);
    assertThat(schools).hasSize(1);
    assertThat(schools.get(0).pupils())
        .extracting(PupilRecord::upn)
        .containsExactly(PUPILS.get(0).upn(), PUPILS.get(1).upn());
    assertThat(schools.get(0).skipped())
        .isEqualTo(Map.of("pupil rows on sheet 'Example' (sheet 'KS1' read)", 1));
  }

  @Test
  void pupilRowsOnTwoSheetsRejectTheFileNamingThem() {
    List<List<String>> classB =
        TemplateBuilder.template()
            .school("3302001", List.of(PUPILS.get(0).withUpn(TestUpns.unique("330", "2001", 7))))
            .rows();
    List<ValidationIssue> bad =
        reasons(() -> parse("classes.xlsx", withSheet(template().xlsx(), "Class 2B", 1, classB)));
    assertThat(bad)
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F12", "KS1, Class 2B"));
    assertThat(bad.get(0).message())
        .isEqualTo(
            "Sheets 'KS1' and 'Class 2B' of classes.xlsx each have the template's header and"
                + " pupil rows, but one sheet is read per file. Put every pupil on one sheet (or"
                + " send each sheet as a file of its own) and send it again; nothing in this file"
                + " was counted.");
  }

  @Test
  void aCodesSheetWhoseHeadingsLookLikeAHeaderDoesNotHideTheData() throws Exception {
    List<List<String>> codes =
        List.of(
            List.of("Reading", "Writing", "Maths", "Science"),
            List.of("GDS", "GDS", "GDS", "EXS"),
            List.of("EXS", "EXS", "EXS", "HNM"));
    byte[] book = withSheet(template().xlsx(), "Codes", 0, codes);
    assertThat(parse("codes-first.xlsx", book).get(0).pupils())
        .extracting(PupilRecord::upn)
        .containsExactly(PUPILS.get(0).upn(), PUPILS.get(1).upn());
    byte[] noData = withSheet(TemplateBuilder.hugeSheet(3, false), "Codes", 0, codes);
    List<ValidationIssue> bad = reasons(() -> parse("codes-only.xlsx", noData));
    assertThat(bad)
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F12", "School DFE, UPN, Forename, Surname, Gender, Date of birth"));
    assertThat(bad.get(0).message())
        .startsWith(
            "The header row (row 1) of codes-only.xlsx (sheet 'Codes') lacks the column(s)");
  }

  @Test
  void aFilledExampleBesideAnEmptyDataSheetIsNotCounted() {
    List<List<String>> headerOnly = List.of(template().rows().get(0));
    byte[] book = withSheet(template().xlsx(), "Data", 1, headerOnly);
    byte[] renamed = renameSheet(book, 0, "Example");
    List<ValidationIssue> bad = reasons(() -> parse("unfilled.xlsx", renamed));
    assertThat(bad)
        .extracting(ValidationIssue::ruleId, ValidationIssue::message)
        .containsExactly(
            tuple(
                "F10",
                "unfilled.xlsx (sheet 'Data') has a header row (row 1) but no pupil rows below"
                    + " it. Add one row per pupil."));
  }

  @Test
  void rejectsAHugeSheetAsSoonAsTheRowLimitIsPassed() throws Exception {
    XlsxParser small = new XlsxParser(Ks1Registry.KS1, 50);
    byte[] book = TemplateBuilder.hugeSheet(5_000, true);
    FileFacts facts =
        new FileFacts("id", "330", "huge.xlsx", "", "XLSX", book.length, Instant.EPOCH);
    List<ValidationIssue> bad =
        reasons(() -> small.parse(new ByteArrayInputStream(book), facts, 2023));
    assertThat(bad)
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F16", "more than 50"));
  }

  @Test
  void rejectsAnXlsxZipBomb() throws Exception {
    byte[] bomb = padSheet(template().xlsx(), 30_000_000);
    List<ValidationIssue> bad = reasons(() -> parse("bomb.xlsx", bomb));
    assertThat(bad).extracting(ValidationIssue::ruleId).containsExactly("F15");
    assertThat(bad.get(0).message()).contains("bomb.xlsx unpacks to far more than its size");
  }

  @Test
  void rejectsASheetWithADtd() throws Exception {
    byte[] book =
        rewriteSheet(
            template().xlsx(),
            xml ->
                xml.replaceFirst(
                    "<worksheet",
                    "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet"));
    assertThat(reasons(() -> parse("dtd.xlsx", book)))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F03");
  }

  @Test
  void rejectsJunkOldWorkbooksAndEmptyFilesWithAnXlsxName() {
    assertThat(reasons(() -> parse("junk.xlsx", "just some text".getBytes(StandardCharsets.UTF_8))))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F01");
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    assertThat(reasons(() -> parse("old.xlsx", ole)).get(0).message())
        .contains("old Excel 97-2003 workbook (.xls)");
    assertThat(reasons(() -> parse("empty.xlsx", new byte[0])))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F10");
    byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    List<ValidationIssue> damaged = reasons(() -> parse("damaged.xlsx", notAWorkbook));
    assertThat(damaged).extracting(ValidationIssue::ruleId).containsExactly("F01");
    assertThat(damaged.get(0).message())
        .contains("damaged.xlsx is a damaged or incomplete Excel workbook");
  }

  @Test
  void rejectsAWorkbookWithoutTheTemplateHeader() throws Exception {
    byte[] book = TemplateBuilder.template().school("3302001", PUPILS).xlsx();
    byte[] renamed = rewriteSheet(book, xml -> xml);
    assertThat(parse("ok.xlsx", renamed)).hasSize(1);
    byte[] noHeader = TemplateBuilder.hugeSheet(3, false);
    List<ValidationIssue> bad = reasons(() -> parse("nohead.xlsx", noHeader));
    assertThat(bad).extracting(ValidationIssue::ruleId).containsExactly("F12");
  }

  private static Map<Subject, String> results(String r, String w, String m, String s) {
    return Map.of(Subject.READING, r, Subject.WRITING, w, Subject.MATHS, m, Subject.SCIENCE, s);
  }

  private static boolean is1904(String workbookPr) throws Exception {
    String xml =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + workbookPr
            + "<sheets><sheet name=\"KS1\" sheetId=\"1\"/></sheets></workbook>";
    return DateSystem.is1904(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] withSheetBefore(byte[] xlsx) throws IOException {
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var info = book.createSheet("Instructions");
      info.createRow(0).createCell(0).setCellValue("Fill in one row per pupil on the next sheet.");
      info.createRow(1).createCell(0).setCellValue("Use the codes GDS, EXS, WTS...");
      book.setSheetOrder("Instructions", 0);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}
