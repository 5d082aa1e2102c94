package uk.ks1.collections.ks1ta.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.TemplateItemColumn;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.ParserQueries;

class Ks1TaIntakeTest {
  private final CollectionIntake intake = Ks1Ta.definition().intake();

  @Test
  void theCtfRowsAreTheTeacherAssessmentsOfKs1WithEveryAlias() {
    CtfRows ctf = intake.ctf();
    assertThat(ctf.stages()).containsExactly("KS1");
    assertThat(ctf.methods()).containsExactly("TA");
    assertThat(ctf.subjects()).isEmpty();
    assertThat(ctf.components()).hasSize(14);
    assertThat(ctf.components())
        .extracting(CtfRows.Component::item)
        .containsOnly("reading", "writing", "maths", "science");
    // what R20 says is allowed, as it always has
    assertThat(ctf.known())
        .isEqualTo("ENG/AT2 (reading), ENG/AT3 (writing), MAT/SUB (maths), SCI/SUB (science)");
  }

  @Test
  void theTemplateHasTheFourSubjectsRequiredAndTheThreeScoresOptional() {
    List<TemplateItemColumn> columns = intake.templateColumns();
    assertThat(columns)
        .extracting(TemplateItemColumn::item, TemplateItemColumn::required)
        .containsExactly(
            tuple("reading", true),
            tuple("writing", true),
            tuple("maths", true),
            tuple("science", true),
            tuple("reading_score", false),
            tuple("maths_score", false),
            tuple("gps_score", false));
    for (TemplateItemColumn c : columns) {
      assertThat(Ks1Ta.definition().item(c.item())).as(c.item()).isPresent();
      assertThat(c.names())
          .as(c.heading())
          .contains(c.heading().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
    assertThat(intake.fileNameTokens()).containsExactly("KS1");
  }

  @Test
  void theCatalogueWordedForKs1ReadsAsItAlwaysHas() {
    var words = intake.ruleWords();
    assertThat(FileRules.worded(FileRules.NO_RECORDS, words).allowed())
        .isEqualTo("At least one pupil with KS1 teacher-assessment results");
    assertThat(FileRules.worded(FileRules.NO_HEADER, words).allowed())
        .isEqualTo(
            "A header row (in the first 20 rows) naming School DFE, UPN, Forename, Surname,"
                + " Gender, Date of birth and Teacher Assessment: KS1 Reading, Writing, Maths,"
                + " Science");
    assertThat(FileRules.worded(ParserQueries.UNKNOWN_COMPONENT, words).allowed())
        .isEqualTo(
            "ENG/AT2 (reading), ENG/AT3 (writing), MAT/SUB (maths), SCI/SUB (science) or a known"
                + " alias");
    assertThat(FileRules.worded(ParserQueries.OTHER_YEAR, words).checks())
        .isEqualTo(
            "CTF pupil with KS1 teacher-assessment results dated another year than the file's"
                + " return (the year most of its results give)");
    assertThat(FileRules.worded(FileRules.TOO_LARGE, words)).isEqualTo(FileRules.TOO_LARGE);
  }
}
