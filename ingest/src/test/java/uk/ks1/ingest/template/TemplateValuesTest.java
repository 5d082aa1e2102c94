package uk.ks1.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ks1.core.identity.Laestab;

class TemplateValuesTest {
  @Test
  void headersMatchByNameIgnoringCaseSpacesAndPunctuation() {
    assertThat(TemplateColumn.named("Teacher Assessment: KS1 Reading"))
        .contains(TemplateColumn.READING);
    assertThat(TemplateColumn.named("  teacher assessment:ks1 READING "))
        .contains(TemplateColumn.READING);
    assertThat(TemplateColumn.named("Scaled Score: KS1 Reading"))
        .contains(TemplateColumn.READING_SCORE);
    assertThat(TemplateColumn.named("Scaled Score: KS1 GPS")).contains(TemplateColumn.GPS_SCORE);
    assertThat(TemplateColumn.named("Sex")).contains(TemplateColumn.SEX);
    assertThat(TemplateColumn.named("Gender")).contains(TemplateColumn.SEX);
    assertThat(TemplateColumn.named("LAESTAB")).contains(TemplateColumn.SCHOOL);
    assertThat(TemplateColumn.named("DfE number")).contains(TemplateColumn.SCHOOL);
    assertThat(TemplateColumn.named("School DFE")).contains(TemplateColumn.SCHOOL);
    assertThat(TemplateColumn.named("NC Year")).contains(TemplateColumn.NC_YEAR);
    assertThat(TemplateColumn.named("Year")).contains(TemplateColumn.YEAR);
    assertThat(TemplateColumn.named("Class")).isEmpty();
  }

  @Test
  void aTrailingHintInBracketsIsNoPartOfAHeadersName() {
    assertThat(TemplateColumn.named("Gender (M/F)")).contains(TemplateColumn.SEX);
    assertThat(TemplateColumn.named("Date of birth (dd/mm/yyyy)"))
        .contains(TemplateColumn.DATE_OF_BIRTH);
    assertThat(TemplateColumn.named("DOB (DD/MM/YYYY)")).contains(TemplateColumn.DATE_OF_BIRTH);
    assertThat(TemplateColumn.named("DOB [DD/MM/YYYY]")).contains(TemplateColumn.DATE_OF_BIRTH);
    assertThat(TemplateColumn.named("Sex (M/F) [required]")).contains(TemplateColumn.SEX);
    assertThat(TemplateColumn.named("Reading (TA)")).contains(TemplateColumn.READING);
    assertThat(TemplateColumn.named("(M/F)")).isEmpty();
    assertThat(TemplateColumn.named("Class (2A)")).isEmpty();
    assertThat(TemplateColumn.named("Gender (M/F) notes")).isEmpty();
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
      assertThat(TemplateColumn.named(reading)).as(reading).contains(TemplateColumn.READING_SCORE);
    }
    for (String maths :
        List.of(
            "Scaled Score: KS1 Mathematics",
            "KS1 Mathematics Score",
            "Maths scaled score",
            "Scaled score: maths",
            "KS1 Maths test scaled score")) {
      assertThat(TemplateColumn.named(maths)).as(maths).contains(TemplateColumn.MATHS_SCORE);
    }
    for (String gps :
        List.of(
            "GPS scaled score",
            "KS1 GPS Score",
            "SPaG scaled score",
            "Scaled Score: KS1 Grammar, Punctuation & Spelling",
            "English grammar, punctuation and spelling score")) {
      assertThat(TemplateColumn.named(gps)).as(gps).contains(TemplateColumn.GPS_SCORE);
    }
    assertThat(TemplateColumn.named("Score")).isEmpty();
    assertThat(TemplateColumn.named("Writing score")).isEmpty(); // KS1 had no writing test
  }

  @Test
  void aHeaderRowNamesAtLeastThreeColumnsAndListsTheMissingOnes() {
    assertThat(TemplateHeader.find(1, List.of("KS1 results", "", ""))).isEmpty();
    TemplateHeader h = TemplateHeader.find(3, List.of("Class", "UPN", "LAESTAB", "Sex")).get();
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
            TemplateColumn.READING,
            TemplateColumn.WRITING,
            TemplateColumn.MATHS,
            TemplateColumn.SCIENCE);
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
    return TemplateYear.fromFileName(fileName, 2023, List.of(new Laestab("3302015")));
  }
}
