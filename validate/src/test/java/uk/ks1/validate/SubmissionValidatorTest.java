package uk.ks1.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.SeededCorpus;

class SubmissionValidatorTest {
  private final SubmissionValidator validator =
      new SubmissionValidator(RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())));
  private final Instant at = Instant.parse("2023-06-21T09:00:00Z");

  @Test
  void aCleanSubmissionIsSuccessful() {
    SubmissionValidated v =
        validator.validate(Records.submission("8012000", 2023, List.of(Records.pupil(1))), at);
    assertThat(v.status()).isEqualTo(SubmissionStatus.SUCCESSFUL);
    assertThat(v.issues()).isEmpty();
    assertThat(v.validatedAt()).isEqualTo(at);
  }

  @Test
  void reportsEveryIssueInRowOrderAndIsSuccessfulWithErrors() {
    var submission =
        Records.submission(
            "8012000",
            2023,
            List.of(
                Records.pupil(1, "A801200005001", "EXS", "EXS", "EXS", "EXS"),
                Records.pupil(2, "G80120000101A", "EXS", "D", "EXS", "EXS")));
    SubmissionValidated v = validator.validate(submission, at);
    assertThat(v.status()).isEqualTo(SubmissionStatus.SUCCESSFUL_WITH_ERRORS);
    assertThat(v.issues())
        .extracting(ValidationIssue::row, ValidationIssue::ruleId)
        .containsExactly(tuple(1, "1510"), tuple(2, "U02"), tuple(2, "R01"));
    assertThat(v.errors()).isEqualTo(2);
    assertThat(v.queries()).isEqualTo(1);
  }

  @Test
  void queriesAloneLeaveASubmissionSuccessful() {
    var submission =
        Records.submission(
            "8012000", 2023, List.of(Records.pupil(1, Records.UPN, "A", "A", "A", "A")));
    SubmissionValidated v = validator.validate(submission, at);
    assertThat(v.status()).isEqualTo(SubmissionStatus.SUCCESSFUL);
    assertThat(v.issues()).extracting(ValidationIssue::ruleId).containsExactly("R11");
  }

  /** The seeded corpus: every row raises exactly its expected issues, in file order. */
  @Test
  void theSeededCorpusRaisesExactlyTheExpectedIssues() {
    List<SeededCorpus.Row> rows = SeededCorpus.forSchool("3302001");
    List<PupilRecord> pupils = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int row = i + 1;
      pupils.add(Records.of(row, rows.get(i).pupil()));
      rows.get(i)
          .issues()
          .forEach(
              e -> expected.add(row + " " + e.ruleId() + " " + e.severity() + " " + e.field()));
    }
    SubmissionValidated v =
        validator.validate(Records.submission("3302001", SeededCorpus.YEAR, pupils), at);
    assertThat(
            v.issues().stream()
                .map(i -> i.row() + " " + i.ruleId() + " " + i.severity() + " " + i.field())
                .toList())
        .containsExactlyElementsOf(expected);
    assertThat(v.status()).isEqualTo(SubmissionStatus.SUCCESSFUL_WITH_ERRORS);
  }

  @Test
  void theCorpusSeedsEveryPupilLevelRule() {
    List<String> seeded =
        SeededCorpus.forSchool("3302001").stream()
            .flatMap(r -> r.issues().stream())
            .map(SeededCorpus.Expected::ruleId)
            .distinct()
            .sorted(Comparator.naturalOrder())
            .toList();
    List<String> runnable = new ArrayList<>();
    RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition()))
        .submissionRules(Ks1Ta.ID)
        .forEach(r -> runnable.add(r.definition().id()));
    RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition()))
        .pupilRules(Ks1Ta.ID)
        .forEach(r -> runnable.add(r.definition().id()));
    runnable.remove("R03"); // scaled scores: templates only, CTFs carry none (ResultRulesTest)
    assertThat(seeded).containsExactlyInAnyOrderElementsOf(runnable);
  }
}
