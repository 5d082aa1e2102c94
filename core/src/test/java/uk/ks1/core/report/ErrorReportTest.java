package uk.ks1.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.ValidationIssue;

class ErrorReportTest {
  private static final Field READING = Field.item("reading", "Reading");

  @TempDir Path dir;

  private static final List<ValidationIssue> ISSUES =
      List.of(
          new ValidationIssue(
              "R01",
              Severity.ERROR,
              Effect.SUBJECT,
              3,
              READING,
              "=HYPERLINK(\"http://x\")",
              "'=HYPERLINK' is not a KS1 reading code for 2023.",
              "GDS, EXS"),
          new ValidationIssue(
              "U02",
              Severity.QUERY,
              Effect.NONE,
              2,
              Field.UPN,
              "@SUM(A1)",
              "Temporary UPN, \"check\"",
              "-"),
          new ValidationIssue(
              "F04",
              Severity.ERROR,
              Effect.FILE,
              null,
              Field.LAESTAB,
              "+9302001",
              "Wrong LA",
              "Schools of 330"));

  private final ErrorReport report =
      ErrorReport.of("ks1.csv", ISSUES, Map.of(READING, "KS1 Reading TA"));

  @Test
  void listsFileProblemsFirstThenRowsNamingTheSchoolsColumns() {
    assertThat(report.lines())
        .extracting(ErrorReport.Line::row, ErrorReport.Line::column, ErrorReport.Line::ruleId)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(null, "School DfE number", "F04"),
            org.assertj.core.api.Assertions.tuple(2, "UPN", "U02"),
            org.assertj.core.api.Assertions.tuple(3, "KS1 Reading TA", "R01"));
  }

  @Test
  void theCsvNeverHoldsAFormulaAndOpensInExcelAsUtf8() throws Exception {
    Path csv = dir.resolve("r.csv");
    ErrorReportCsv.write(csv, report);
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(text.split("\r\n"))
        .containsExactly(
            "file,row,column,value,rule id,severity,message,allowed",
            "ks1.csv,,School DfE number,'+9302001,F04,error,Wrong LA,Schools of 330",
            "ks1.csv,2,UPN,'@SUM(A1),U02,query,\"Temporary UPN, \"\"check\"\"\",'-",
            "ks1.csv,3,KS1 Reading TA,\"'=HYPERLINK(\"\"http://x\"\")\",R01,error,'=HYPERLINK' is not"
                + " a KS1 reading code for 2023.,\"GDS, EXS\"");
  }

  @Test
  void theWorkbookHoldsTextCellsOnlyQuotePrefixedWhereRisky() throws Exception {
    Path xlsx = dir.resolve("r.xlsx");
    ErrorReportXlsx.write(xlsx, report);
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("rule id");
      var value = sheet.getRow(3).getCell(3);
      assertThat(value.getCellType()).isEqualTo(CellType.STRING);
      assertThat(value.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(value.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(3).getCell(6).getCellStyle().getQuotePrefixed()).isFalse();
      for (var row : sheet) {
        for (var cell : row) {
          assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        }
      }
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(book.getSheetName(0)).isEqualTo("Problems");
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isFalse();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H4");
      assertThat(sheet.getColumnWidth(6)).isEqualTo(80 * 256);
    }
  }

  @Test
  void writesAWorkbookOfThousandsOfRowsWithAnyCharacters() throws Exception {
    var lines = new java.util.ArrayList<ErrorReport.Line>();
    for (int i = 0; i < 2000; i++) {
      lines.add(
          new ErrorReport.Line(
              "f.csv", i + 2, "Surname", "O'Brien <&> \"Zoë\" \u0001", "P02", "error", "m", "a"));
    }
    Path xlsx = dir.resolve("big.xlsx");
    ErrorReportXlsx.write(xlsx, new ErrorReport(lines));
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(2000);
      assertThat(sheet.getRow(2000).getCell(3).getStringCellValue())
          .isEqualTo("O'Brien <&> \"Zoë\" ");
      assertThat(sheet.getRow(2000).getCell(1).getStringCellValue()).isEqualTo("2001");
    }
  }
}
