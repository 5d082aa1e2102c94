package uk.ks1.collections.eyfsp.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.eyfsp.Eyfsp;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.TemplateItemColumn;
import uk.ks1.core.rule.FileRules;

class EyfspIntakeTest {
  private final CollectionIntake intake = Eyfsp.definition().intake();

  @Test
  void theCtfRowsAreTheFspStageKeyedOnTheGoalWithItsAreaAsSubject() {
    CtfRows ctf = intake.ctf();
    assertThat(ctf.stages()).containsExactlyInAnyOrder("FSP", "EYF");
    assertThat(ctf.methods()).isEmpty();
    assertThat(ctf.subjects()).isEmpty();
    assertThat(ctf.keyedOnComponent()).isTrue();
    assertThat(ctf.components()).hasSize(34);
    Map<String, String> byPair = new HashMap<>();
    ctf.components().forEach(c -> byPair.put(CtfRows.key(c.subject(), c.component()), c.item()));
    assertThat(byPair)
        .containsEntry("COM/E01", "e01")
        .containsEntry("PSE/E03", "e03")
        .containsEntry("LIT/E10", "e10")
        .containsEntry("MAT/E12", "e12")
        .containsEntry("EXP/E17", "e17")
        .containsEntry("LIT/ELG10", "e10")
        .doesNotContainKey("COM/G01");
    assertThat(ctf.components()).allMatch(c -> c.codeItem() == null);
    assertThat(ctf.known())
        .startsWith("COM/E01 (e01), COM/E02 (e02), PSE/E03 (e03)")
        .endsWith("EXP/E16 (e16), EXP/E17 (e17)");
  }

  @Test
  void theTemplateHasTheSeventeenGoalsRequiredKnownByCodeAndName() {
    List<TemplateItemColumn> columns = intake.templateColumns();
    assertThat(columns).hasSize(17).allMatch(TemplateItemColumn::required);
    assertThat(columns.get(0).heading()).isEqualTo("E01");
    assertThat(columns.get(0).names())
        .contains(
            "e01",
            "elg01",
            "elg1",
            "e1",
            "listeningattentionandunderstanding",
            "e01listeningattentionandunderstanding",
            "fspcome01");
    assertThat(columns.get(13).names()).contains("e14", "elg14", "peoplecultureandcommunities");
    Set<String> seen = new HashSet<>();
    for (TemplateItemColumn c : columns) {
      assertThat(Eyfsp.definition().item(c.item())).as(c.item()).isPresent();
      assertThat(c.names()).contains(c.heading().toLowerCase(java.util.Locale.ROOT));
      for (String n : c.names()) {
        assertThat(seen.add(n)).as("%s names one goal only", n).isTrue();
      }
    }
    assertThat(columns)
        .extracting(TemplateItemColumn::item)
        .containsExactly(Goals.columns(Goals.ALL));
    assertThat(intake.fileNameTokens()).containsExactly("EYFSP", "FSP");
  }

  @Test
  void theCatalogueWordedForEyfspSpeaksOfTheProfile() {
    var words = intake.ruleWords();
    assertThat(FileRules.worded(FileRules.NO_RECORDS, words).allowed())
        .isEqualTo("At least one pupil with EYFS profile results");
    assertThat(FileRules.worded(FileRules.NO_HEADER, words).allowed())
        .isEqualTo(
            "A header row (in the first 20 rows) naming School DFE, UPN, Forename, Surname,"
                + " Gender, Date of birth and E01 to E17 (the 17 early learning goals)");
  }
}
