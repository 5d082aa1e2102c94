package uk.ks1.collections.phonics.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.TemplateItemColumn;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.ParserQueries;

class PhonicsIntakeTest {
  private final CollectionIntake intake = Phonics.definition().intake();

  @Test
  void theCtfRowsAreKs1OrPhoAnyMethodWithThePhonicsSubjects() {
    CtfRows ctf = intake.ctf();
    assertThat(ctf.stages()).containsExactlyInAnyOrder("KS1", "PHO");
    assertThat(ctf.methods()).isEmpty();
    assertThat(ctf.subjects()).containsExactlyInAnyOrder("PHO", "PSC", "PHON");
    assertThat(ctf.keyedOnComponent()).isFalse();
    assertThat(ctf.components())
        .extracting(
            CtfRows.Component::subject,
            CtfRows.Component::component,
            CtfRows.Component::item,
            CtfRows.Component::codeItem)
        .containsExactly(
            tuple("PHO", "PHO", "mark", "outcome"),
            tuple("PSC", "PSC", "mark", "outcome"),
            tuple("PHON", "PHON", "mark", "outcome"),
            tuple("PHO", "PSC", "mark", "outcome"),
            tuple("PHO", "PHON", "mark", "outcome"),
            tuple("PSC", "PHO", "mark", "outcome"),
            tuple("PHO", "OUT", "outcome", null),
            tuple("PHO", "WAWT", "outcome", null));
    assertThat(ctf.known()).isEqualTo("PHO/PHO (mark), PHO/OUT (outcome)");
  }

  @Test
  void theMarkPairsResultIsTheMarkOrTheCodeInItsPlace() {
    CtfRows.Component pho = intake.ctf().components().get(0);
    assertThat(List.of("35", " 0 ", "", "A", "d", "L", "Q", "Wa", "WT", "32.5"))
        .extracting(pho::itemFor)
        .containsExactly(
            "mark", "mark", "mark", "outcome", "outcome", "outcome", "outcome", "outcome",
            "outcome", "outcome");
  }

  @Test
  void noPairIsAlsoKs1TasSoARowGoesToTheCollectionThatKnowsIt() {
    var phonics =
        intake.ctf().components().stream()
            .map(c -> CtfRows.key(c.subject(), c.component()))
            .toList();
    var ks1 =
        Ks1Ta.definition().intake().ctf().components().stream()
            .map(c -> CtfRows.key(c.subject(), c.component()))
            .toList();
    assertThat(phonics).doesNotContainAnyElementsOf(ks1).doesNotHaveDuplicates();
  }

  @Test
  void theTemplateHasTheMarkRequiredAndTheOutcomeOptional() {
    List<TemplateItemColumn> columns = intake.templateColumns();
    assertThat(columns)
        .extracting(
            TemplateItemColumn::item, TemplateItemColumn::heading, TemplateItemColumn::required)
        .containsExactly(
            tuple("mark", "Phonics mark", true), tuple("outcome", "Phonics outcome", false));
    assertThat(columns.get(0).names())
        .contains("phonicsmark", "mark", "pscmark", "screeningcheckmark");
    assertThat(columns.get(1).names()).contains("phonicsoutcome", "outcome", "result");
    for (TemplateItemColumn c : columns) {
      assertThat(Phonics.definition().item(c.item())).as(c.item()).isPresent();
      assertThat(c.names())
          .contains(c.heading().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
    // no name is also one of KS1's columns: the header tells the collection
    var ks1 =
        Ks1Ta.definition().intake().templateColumns().stream()
            .flatMap(c -> c.names().stream())
            .toList();
    assertThat(columns.stream().flatMap(c -> c.names().stream())).doesNotContainAnyElementsOf(ks1);
    assertThat(intake.fileNameTokens()).containsExactly("PHO", "PHONICS");
  }

  @Test
  void theCatalogueWordedForPhonics() {
    var words = intake.ruleWords();
    assertThat(FileRules.worded(FileRules.NO_RECORDS, words).allowed())
        .isEqualTo("At least one pupil with phonics screening check results");
    assertThat(FileRules.worded(FileRules.NO_HEADER, words).allowed())
        .isEqualTo(
            "A header row (in the first 20 rows) naming School DFE, UPN, Forename, Surname,"
                + " Gender, Date of birth and Phonics mark");
    assertThat(FileRules.worded(ParserQueries.UNKNOWN_COMPONENT, words).allowed())
        .isEqualTo("PHO/PHO (mark), PHO/OUT (outcome) or a known alias");
  }
}
