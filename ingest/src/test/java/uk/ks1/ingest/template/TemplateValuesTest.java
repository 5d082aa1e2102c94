package uk.ks1.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.identity.Laestab;
import uk.ks1.ingest.Ks1Registry;

class TemplateValuesTest {
  private static final TemplateLayouts LAYOUTS = new TemplateLayouts(Ks1Registry.KS1);
  private static final TemplateLayout KS1 = LAYOUTS.all().get(0);
  private static final TemplateColumn READING = column("reading");
  private static final TemplateColumn WRITING = column("writing");
  private static final TemplateColumn MATHS = column("maths");
  private static final TemplateColumn SCIENCE = column("science");
  private static final TemplateColumn READING_SCORE = column("reading_score");
  private static final TemplateColumn MATHS_SCORE = column("maths_score");
  private static final TemplateColumn GPS_SCORE = column("gps_score");

  private static TemplateColumn column(String item) {
    return KS1.item(item).orElseThrow();
  }

  @Test
  void headersMatchByNameIgnoringCaseSpacesAndPunctuation() {
    assertThat(KS1.named("Teacher Assessment: KS1 Reading")).contains(READING);
    assertThat(KS1.named("  teacher assessment:ks1 READING ")).contains(READING);
    assertThat(KS1.named("Scaled Score: KS1 Reading")).contains(READING_SCORE);
    assertThat(KS1.named("Scaled Score: KS1 GPS")).contains(GPS_SCORE);
    assertThat(KS1.named("Sex")).contains(TemplateColumn.SEX);
    assertThat(KS1.named("Gender")).contains(TemplateColumn.SEX);
    assertThat(KS1.named("LAESTAB")).contains(TemplateColumn.SCHOOL);
    assertThat(KS1.named("DfE number")).contains(TemplateColumn.SCHOOL);
    assertThat(KS1.named("School DFE")).contains(TemplateColumn.SCHOOL);
    assertThat(KS1.named("NC Year")).contains(TemplateColumn.NC_YEAR);
    assertThat(KS1.named("Year")).contains(TemplateColumn.YEAR);
    assertThat(KS1.named("Class")).isEmpty();
  }

  @Test
  void aTrailingHintInBracketsIsNoPartOfAHeadersName() {
    assertThat(KS1.named("Gender (M/F)")).contains(TemplateColumn.SEX);
    assertThat(KS1.named("Date of birth (dd/mm/yyyy)")).contains(TemplateColumn.DATE_OF_BIRTH);
    assertThat(KS1.named("DOB (DD/MM/YYYY)")).contains(TemplateColumn.DATE_OF_BIRTH);
    assertThat(KS1.named("DOB [DD/MM/YYYY]")).contains(TemplateColumn.DATE_OF_BIRTH);
    assertThat(KS1.named("Sex (M/F) [required]")).contains(TemplateColumn.SEX);
    assertThat(KS1.named("Reading (TA)")).contains(READING);
    assertThat(KS1.named("(M/F)")).isEmpty();
    assertThat(KS1.named("Class (2A)")).isEmpty();
    assertThat(KS1.named("Gender (M/F) notes")).isEmpty();
  }

  @Test
  void scoreColumnsGoByTheirUsualNames() {
    for (String reading :
        List.of(
            "Scaled Score: KS1 Reading",
            "KS1 Reading Score",
            "Reading scaled score",
            "Reading score",
            "KS1 scaled score reading",
            "KS1 Reading SS",
            "KS1 reading test score")) {
      assertThat(KS1.named(reading)).as(reading).contains(READING_SCORE);
    }
    for (String maths :
        List.of(
            "Scaled Score: KS1 Mathematics",
            "KS1 Mathematics Score",
            "Maths scaled score",
            "Scaled score: maths",
            "KS1 Maths test scaled score")) {
      assertThat(KS1.named(maths)).as(maths).contains(MATHS_SCORE);
    }
    for (String gps :
        List.of(
            "GPS scaled score",
            "KS1 GPS Score",
            "SPaG scaled score",
            "Scaled Score: KS1 Grammar, Punctuation & Spelling",
            "English grammar, punctuation and spelling score")) {
      assertThat(KS1.named(gps)).as(gps).contains(GPS_SCORE);
    }
    assertThat(KS1.named("Score")).isEmpty();
    assertThat(KS1.named("Writing score")).isEmpty(); // KS1 had no writing test
  }

  @Test
  void aHeaderRowNamesAtLeastThreeColumnsAndListsTheMissingOnes() {
    assertThat(LAYOUTS.find(1, List.of("KS1 results", "", ""))).isEmpty();
    TemplateHeader h = LAYOUTS.find(3, List.of("Class", "UPN", "LAESTAB", "Sex")).get();
    assertThat(h.row()).isEqualTo(3);
    assertThat(h.index())
        .containsEntry(TemplateColumn.UPN, 1)
        .containsEntry(TemplateColumn.SCHOOL, 2)
        .containsEntry(TemplateColumn.SEX, 3);
    assertThat(h.missing())
        .containsExactly(
            TemplateColumn.FORENAME,
            TemplateColumn.SURNAME,
            TemplateColumn.DATE_OF_BIRTH,
            READING,
            WRITING,
            MATHS,
            SCIENCE);
  }

  @Test
  void cellsLoseExcelsHabits() {
    assertThat(CellText.clean(" '3302001 ")).isEqualTo("3302001");
    assertThat(CellText.clean("\u00A0EXS\u00A0")).isEqualTo("EXS");
    assertThat(CellText.clean(null)).isEmpty();
    assertThat(CellText.wholeNumber("3302001.0")).isEqualTo("3302001");
    assertThat(CellText.wholeNumber("103.00")).isEqualTo("103");
    assertThat(CellText.wholeNumber("103.5")).isEqualTo("103.5");
  }

  @Test
  void datesBecomeIsoOnlyWhenUnambiguous() {
    assertThat(TemplateDates.normalise("15/01/2016")).isEqualTo("2016-01-15");
    assertThat(TemplateDates.normalise("5/1/2016")).isEqualTo("2016-01-05");
    assertThat(TemplateDates.normalise("15-01-2016")).isEqualTo("2016-01-15");
    assertThat(TemplateDates.normalise("15.01.2016")).isEqualTo("2016-01-15");
    assertThat(TemplateDates.normalise("15/01/2016 00:00")).isEqualTo("2016-01-15");
    assertThat(TemplateDates.normalise("2016-01-15")).isEqualTo("2016-01-15");
    assertThat(TemplateDates.normalise("2016-01-15T00:00:00")).isEqualTo("2016-01-15");
    assertThat(TemplateDates.normalise("31/02/2016")).isEqualTo("31/02/2016");
    assertThat(TemplateDates.normalise("01/15/2016")).isEqualTo("01/15/2016");
    assertThat(TemplateDates.normalise("15/01/16")).isEqualTo("15/01/16");
    assertThat(TemplateDates.normalise("15 Jan 2016")).isEqualTo("15 Jan 2016");
  }

  @Test
  void yearsFromCellsAndFileNames() {
    assertThat(TemplateYear.fromCell("2023")).isEqualTo(OptionalInt.of(2023));
    assertThat(TemplateYear.fromCell("2023.0")).isEqualTo(OptionalInt.of(2023));
    assertThat(TemplateYear.fromCell("2022/23")).isEqualTo(OptionalInt.of(2023));
    assertThat(TemplateYear.fromCell("2022-2023")).isEqualTo(OptionalInt.of(2023));
    assertThat(TemplateYear.fromCell("2022/24")).isEmpty();
    assertThat(TemplateYear.fromCell("Y2")).isEmpty();
    assertThat(year("KS1_2001_23.csv")).isEqualTo(OptionalInt.of(2023));
    assertThat(year("KS1_3302001_22.csv")).isEqualTo(OptionalInt.of(2022));
    assertThat(year("2023KS1RS330.xlsx")).isEqualTo(OptionalInt.of(2023));
    assertThat(year("KS1 2021-22 results.csv")).isEqualTo(OptionalInt.of(2022));
    assertThat(year("3302001_KS1_2019.csv")).isEqualTo(OptionalInt.of(2019));
    assertThat(year("3302001_KS1_330LLLL_001.csv")).isEmpty();
  }

  @Test
  void aYearColumnsValueIsAYearGroupOrAnAssessmentYear() {
    for (String group : List.of("2", "02", "2.0", "Y2", "y 2", "Year 2", "Yr2", "NC Year 2", "R")) {
      assertThat(TemplateYear.isYearGroup(group)).as(group).isTrue();
    }
    for (String year : List.of("2023", "2022/23", "23", "15", "Summer", "", "Y2023")) {
      assertThat(TemplateYear.isYearGroup(year)).as(year).isFalse();
    }
  }

  @Test
  void aBareNumberInAFileNameIsAYearOnlyIfNotInTheFutureNorASchoolsNumber() {
    assertThat(year("330-2015 KS1 results.csv")).isEmpty(); // school 2015's file
    assertThat(year("330-2015 KS1 results 2019.csv")).isEqualTo(OptionalInt.of(2019));
    assertThat(year("KS1 results 2045.csv")).isEmpty();
    assertThat(year("KS1 results 2023.csv")).isEqualTo(OptionalInt.of(2023));
  }

  /** The year of a file of school 3302015 named so, with 2023 the service's year. */
  private static OptionalInt year(String fileName) {
    return TemplateYear.fromFileName(
        fileName,
        Ks1Ta.definition().intake().fileNameTokens(),
        2023,
        List.of(new Laestab("3302015")));
  }
}
