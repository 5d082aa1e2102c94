package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.json.Json;
import uk.ks1.testkit.ExpectedFigures;
import uk.ks1.testkit.ExpectedFigures.Figures;
import uk.ks1.testkit.TestPupil;

/**
 * The reports, read back: the school summary PDF's text (figures, gaps, notes) and its chart, the
 * LA summary PDF's schools, and the pupil list's cells (identities, results, formula-safe text).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class ReportsIT {
  @TempDir static Path tmp;
  private LiveService service;
  private final ReportingFixture fixture = new ReportingFixture();

  @BeforeAll
  void startAndLoad() throws Exception {
    service = LiveService.start(tmp.resolve("data"));
    fixture.loadInto(service);
  }

  @AfterAll
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  private static long halfUp(long x, long n) {
    return (200 * x + n) / (2 * n);
  }

  /** A row of the measures table as an LA's own view prints it. */
  private static String row(String label, ExpectedFigures.Measure m, boolean gds) {
    return row(label, m, gds, false);
  }

  /**
   * A row of the measures table; a school's published one prints its percentages only, c where the
   * count or its complement is 1 or 2 (or fewer than 6 are eligible).
   */
  private static String row(String label, ExpectedFigures.Measure m, boolean gds, boolean pub) {
    if (pub) {
      return label
          + " "
          + published(m.exsPlus(), m.eligible())
          + " "
          + (gds ? published(m.gds(), m.eligible()) : "z");
    }
    return label
        + " "
        + count(m.eligible(), pub)
        + " "
        + count(m.exsPlus(), pub)
        + " "
        + percent(m.exsPlus(), m.eligible(), pub)
        + " "
        + (gds ? count(m.gds(), pub) + " " + percent(m.gds(), m.eligible(), pub) : "z z");
  }

  private static String published(long n, long eligible) {
    boolean hidden = eligible < 6 || n == 1 || n == 2 || eligible - n == 1 || eligible - n == 2;
    return hidden ? "c" : String.valueOf(halfUp(n, eligible));
  }

  /** A percentage of 6 or more pupils, hidden with its count when that is 1 or 2. */
  private static String percent(long n, long eligible, boolean pub) {
    return pub && (n == 1 || n == 2) ? "c" : String.valueOf(halfUp(n, eligible));
  }

  private static String count(long n, boolean pub) {
    return pub && (n == 1 || n == 2) ? "c" : String.valueOf(n);
  }

  private Figures figures(java.util.function.Predicate<String> schools) {
    List<TestPupil> pupils = new ArrayList<>();
    fixture.counting.forEach(
        (s, list) -> {
          if (schools.test(s)) {
            pupils.addAll(list);
          }
        });
    return ExpectedFigures.of(pupils);
  }

  @Test
  void theSchoolSummaryPdfCarriesItsFiguresGapsAndChart() throws Exception {
    HttpResponse<byte[]> r =
        service.bytes("/reports/schools/" + ReportingFixture.BIG + "/summary.pdf", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"ks1-3302001-summary.pdf\"");
    Figures s = figures(ReportingFixture.BIG::equals);
    Figures la = figures(x -> x.startsWith("330"));
    try (PDDocument pdf = Loader.loadPDF(r.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(
              "KS1 provisional summary: Alder Primary School",
              "School 3302001, LA 330, West Midlands",
              "Provisional figures for 2022/23, covering 11-30 pupils in 1 school",
              "Measure % EXS+ % GDS",
              "vs Birmingham vs West Midlands vs England",
              "RWM (reading, writing and maths combined) is not a DfE KS1 measure.");
      // the PDF prints the cells the API publishes for the same caller: percentages only
      JsonNode api =
          Json.mapper().readTree(service.get("/api/schools/" + ReportingFixture.BIG, null).body());
      for (JsonNode m : api.get("measures")) {
        String label = m.get("label").asText() + (m.get("dfeMeasure").asBoolean() ? "" : "*");
        assertThat(text)
            .contains(
                label
                    + " "
                    + m.get("exsPlusPctRounded").asText()
                    + " "
                    + m.get("gdsPctRounded").asText()
                    + "\n");
        assertThat(m.has("eligible")).isFalse();
      }
      String gap = api.at("/gaps/0/measures/0/exsPlusRounded").asText();
      String expectedGap = gap.matches("[1-9]\\d*") ? "+" + gap : gap;
      assertThat(text)
          .containsPattern("(?m)^Reading " + java.util.regex.Pattern.quote(expectedGap) + " ");
      // the LA's own token gets the counts
      try (PDDocument own =
          Loader.loadPDF(
              service
                  .bytes(
                      "/reports/schools/" + ReportingFixture.BIG + "/summary.pdf",
                      LiveService.TOKEN_330)
                  .body())) {
        String ownText = new PDFTextStripper().getText(own);
        assertThat(ownText)
            .contains(
                "covering 20 pupils in 1 school",
                row("Reading", s.reading(), true),
                row("Science", s.science(), false));
        assertThat(la.reading().eligible()).isEqualTo(23);
      }
      PDPage page = pdf.getPage(0);
      List<String> images = new ArrayList<>();
      page.getResources().getXObjectNames().forEach(n -> images.add(n.getName()));
      assertThat(images).as("the gap-analysis chart").hasSize(1);
    }
  }

  @Test
  void theSchoolSummaryIsSuppressedForTheTinySchoolUnlessItsLaAsks() throws Exception {
    String path = "/reports/schools/" + ReportingFixture.TINY + "/summary.pdf";
    try (PDDocument pdf = Loader.loadPDF(service.bytes(path, null).body())) {
      String text = new PDFTextStripper().getText(pdf);
      // 3 pupils: no percentage, no count, the pupils in a band
      assertThat(text).contains("covering 1-5 pupils", "Reading c c", "Science c z");
      assertThat(text).contains("Published view (docs/disclosure.md): c = suppressed");
    }
    try (PDDocument pdf = Loader.loadPDF(service.bytes(path, LiveService.TOKEN_330).body())) {
      Figures tiny = figures(ReportingFixture.TINY::equals);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(row("Writing", tiny.writing(), true), "Figures are unsuppressed");
    }
  }

  @Test
  void theLaSummaryPdfListsItsSchools() throws Exception {
    HttpResponse<byte[]> r = service.bytes("/reports/las/330/summary.pdf", LiveService.TOKEN_330);
    assertThat(r.statusCode()).isEqualTo(200);
    Figures la = figures(x -> x.startsWith("330"));
    Figures big = figures(ReportingFixture.BIG::equals);
    try (PDDocument pdf = Loader.loadPDF(r.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(
              "KS1 provisional summary: Birmingham",
              "LA 330, West Midlands",
              "covering 23 pupils in 2 schools",
              row("Reading", la.reading(), true),
              "vs West Midlands vs England",
              "Alder Primary School 3302001 20 "
                  + halfUp(big.reading().exsPlus(), big.reading().eligible()),
              "Birch Infant School 3302002 3 ");
    }
  }

  @Test
  void thePupilListCarriesEachPupilAsTextAndOnlyForItsLa() throws Exception {
    String path = "/reports/schools/" + ReportingFixture.BIG + "/pupils.xlsx";
    assertThat(service.bytes(path, null).statusCode()).isEqualTo(401);
    assertThat(service.bytes(path, LiveService.TOKEN_NATIONAL).statusCode()).isEqualTo(403);
    HttpResponse<byte[]> r = service.bytes(path, LiveService.TOKEN_330);
    assertThat(r.statusCode()).isEqualTo(200);
    List<TestPupil> pupils = fixture.counting.get(ReportingFixture.BIG);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("KS1 2023 pupil list: Alder Primary School (3302001) - CONFIDENTIAL");
      List<String> headers = new ArrayList<>();
      sheet.getRow(2).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .containsExactly(
              "Row",
              "UPN",
              "Former UPN",
              "Surname",
              "Forename",
              "Date of birth",
              "Sex",
              "Reading",
              "Writing",
              "Maths",
              "Science",
              "Counts",
              "Issues");
      assertThat(sheet.getLastRowNum()).isEqualTo(2 + pupils.size());
      for (int i = 0; i < pupils.size(); i++) {
        TestPupil p = pupils.get(i);
        Row row = sheet.getRow(3 + i);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
        List<String> cells = new ArrayList<>();
        for (int c = 1; c <= 11; c++) {
          Cell cell = row.getCell(c);
          if (cell != null && cell.getCellType() != CellType.BLANK) {
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
          }
          cells.add(cell == null ? "" : cell.getStringCellValue());
        }
        assertThat(cells)
            .containsExactly(
                p.upn(),
                "",
                p.surname(),
                p.forename(),
                p.dob(),
                p.sex(),
                valid(p.reading()),
                valid(p.writing()),
                valid(p.maths()),
                valid(p.science()),
                "Yes");
      }
      Row formulaLike = sheet.getRow(3);
      assertThat(formulaLike.getCell(3).getStringCellValue()).isEqualTo("=1+2");
      assertThat(formulaLike.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(formulaLike.getCell(4).getStringCellValue()).isEqualTo("@Ann");
      assertThat(formulaLike.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(4).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  /** The store holds a valid code, or nothing when the subject is in error. */
  private static String valid(String code) {
    return code;
  }
}
