package uk.ks1.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.testkit.Records;

class SubmissionValidatorTest {
  private final SubmissionValidator validator = new SubmissionValidator(RuleCatalogue.standard());
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
  void catalogueListsEveryRuleOnceWithAStableId() {
    assertThat(RuleCatalogue.standard().definitions())
        .extracting(d -> d.id())
        .doesNotHaveDuplicates()
        .contains("1500", "1510", "1520", "1530", "1540", "1550", "F04", "R01");
  }
}
