package uk.ks1.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.event.ValidationIssue;

class FileRulesTest {
  @Test
  void everyMessageDeclaredIsInTheCatalogueInOrderAndEveryRuleIsListed() throws Exception {
    List<Object> declared = new ArrayList<>();
    List<Object> rules = new ArrayList<>();
    for (Field f : FileRules.class.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) && f.getType() == FileMessage.class) {
        declared.add(f.get(null));
      } else if (Modifier.isPublic(f.getModifiers()) && f.getType() == RuleDefinition.class) {
        rules.add(f.get(null));
      }
    }
    assertThat(FileRules.messages())
        .containsExactlyElementsOf(declared.stream().map(FileMessage.class::cast).toList());
    assertThat(FileRules.ALL)
        .containsExactlyElementsOf(rules.stream().map(RuleDefinition.class::cast).toList());
    assertThat(FileRules.messages(FileRules.UNREADABLE))
        .hasSize(17)
        .startsWith(FileRules.INTAKE_FAILED);
    assertThat(FileRules.messages(FileRules.UNSUPPORTED_TYPE)).isEmpty();
  }

  @Test
  void aMessageIsRenderedFromExactlyItsDetails() {
    ValidationIssue issue =
        FileRules.ZIP_TOO_MANY_FILES.issue(
            null,
            uk.ks1.core.codes.Field.FILE,
            "more than 1000",
            Map.of("name", "bundle.zip", "limit", FileLimits.ZIP_MAX_ENTRIES));
    assertThat(issue)
        .isEqualTo(
            new ValidationIssue(
                "F15",
                FileRules.ARCHIVE_LIMITS.severity(),
                FileRules.ARCHIVE_LIMITS.effect(),
                null,
                uk.ks1.core.codes.Field.FILE,
                "more than 1000",
                "bundle.zip holds more than 1000 files; the limit is 1000. Send it as several"
                    + " zips.",
                FileRules.ARCHIVE_LIMITS.allowed()));
    assertThatThrownBy(() -> FileRules.ZIP_TOO_MANY_FILES.render(Map.of("name", "bundle.zip")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No value for {limit} in: {name} holds more than {limit} files");
    assertThatThrownBy(
            () -> FileRules.ZIP_TOO_MANY_FILES.render(Map.of("name", "a.zip", "limit", 5, "n", 6)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No placeholder for [n] in: ");
  }

  @Test
  void aRuleWithOneMessageIsRaisedByItsTemplateAndARuleWithSeveralOnlyByThem() {
    assertThat(
            FileRules.issue(
                    FileRules.UNSUPPORTED_TYPE,
                    null,
                    uk.ks1.core.codes.Field.FILE,
                    "a.pdf",
                    Map.of("name", "a.pdf"))
                .message())
        .isEqualTo(
            "'a.pdf' is not a file type we accept. Send a CTF (.xml), a CSV or XLSX template, or"
                + " a .zip of them.");
    assertThatThrownBy(
            () ->
                FileRules.issue(
                    FileRules.EMPTY, null, uk.ks1.core.codes.Field.FILE, "", Map.of("name", "a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("F10 has several messages: raise it with one of FileRules' FileMessages");
  }

  @Test
  void aMessageIsNamedInLowerCaseWordsAndItsTemplateIsCheckedWhenDeclared() {
    assertThatThrownBy(() -> new FileMessage(FileRules.EMPTY, "No Rows", "{name} has no rows."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A message's name is lower-case words joined by '-', not: No Rows");
    assertThatThrownBy(() -> new FileMessage(FileRules.EMPTY, "no-rows", "{file_name} is empty."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A brace outside a {placeholder} (a name of letters only) in: {file_name} is empty.");
  }

  @Test
  void aRuleNamingTheCollectionIsWordedByTheCollectionInItsMessageAndWhatItAllows() {
    IntakeWording phonics =
        new IntakeWording(
            "phonics result",
            "phonics screening check results",
            "phonics measure",
            "phonics CTF",
            "assessments of other stages",
            "other results",
            "phonics results of other years",
            "pupils without phonics results",
            "Phonics mark, Phonics outcome",
            "Phonics mark, Phonics outcome");
    ValidationIssue issue =
        FileRules.issue(
            FileRules.NO_PUPILS,
            phonics,
            null,
            uk.ks1.core.codes.Field.FILE,
            "3",
            Map.of("pupils", 3));
    assertThat(issue.ruleId()).isEqualTo("F05");
    assertThat(issue.message())
        .isEqualTo(
            "The file has 3 pupil(s) but no phonics screening check results. Export the phonics"
                + " CTF from the school's MIS.");
    assertThat(issue.allowed())
        .isEqualTo("At least one pupil with phonics screening check results");
    // F12's allowed text names the columns, so even a message that does not is raised with them
    assertThat(
            FileRules.issue(
                    FileRules.TWO_SHEETS,
                    phonics,
                    null,
                    uk.ks1.core.codes.Field.FILE,
                    "",
                    Map.of("sheets", "'A' and 'B'", "name", "p.xlsx"))
                .allowed())
        .endsWith("Date of birth and Phonics mark, Phonics outcome");
    assertThatThrownBy(
            () ->
                FileRules.NO_PUPILS.issue(
                    null, uk.ks1.core.codes.Field.FILE, "3", Map.of("pupils", 3)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                FileRules.issue(
                    FileRules.NO_PUPILS,
                    phonics,
                    null,
                    uk.ks1.core.codes.Field.FILE,
                    "3",
                    Map.of("pupils", 3, "skipped", "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No placeholder for [skipped] in: ");
  }
}
