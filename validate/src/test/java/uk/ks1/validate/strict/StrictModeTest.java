package uk.ks1.validate.strict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.testkit.Records;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;

class StrictModeTest {
  private final SubmissionValidator validator =
      new SubmissionValidator(
          RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())),
          StrictMode.forLas(Set.of("330")));
  private final Instant at = Instant.parse("2023-06-21T09:00:00Z");

  @Test
  void ruleX02AnyErrorFromAStrictLaMakesTheWholeSubmissionAnUploadError() {
    SubmissionValidated v =
        validator.validate(
            Records.submission(
                "3302001",
                2023,
                List.of(
                    Records.pupil(1, Records.UPN, "EXS", "EXS", "EXS", "EXS"),
                    Records.pupil(2, "H801200001001", "HNM", "EXS", "EXS", "PK2"))),
            at);
    assertThat(v.status()).isEqualTo(SubmissionStatus.UPLOAD_ERROR);
    assertThat(v.issues())
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::row,
            ValidationIssue::field,
            ValidationIssue::effect,
            ValidationIssue::value)
        .containsExactly(
            tuple("X02", null, Field.FILE, Effect.FILE, "2"),
            tuple("R01", 2, Subject.READING.field(), Effect.SUBJECT, "HNM"),
            tuple("R01", 2, Subject.SCIENCE.field(), Effect.SUBJECT, "PK2"));
    assertThat(v.issues().get(0).message())
        .isEqualTo(
            "File: LA 330 accepts only submissions without errors (strict mode), and this one has"
                + " 2 error(s), so nothing of it counts. Correct them and send the file again."
                + " Allowed: No errors: this LA counts a school's data only when it has none.");
  }

  @Test
  void queriesPassAndOtherLasAreNotStrict() {
    SubmissionValidated queried =
        validator.validate(
            Records.submission(
                "3302001", 2023, List.of(Records.pupil(1, Records.UPN, "A", "A", "A", "A"))),
            at);
    assertThat(queried.status()).isEqualTo(SubmissionStatus.SUCCESSFUL);
    SubmissionValidated elsewhere =
        validator.validate(
            Records.submission(
                "8012000", 2023, List.of(Records.pupil(1, Records.UPN, "D", "A", "A", "A"))),
            at);
    assertThat(elsewhere.status()).isEqualTo(SubmissionStatus.SUCCESSFUL_WITH_ERRORS);
  }

  @Test
  void offByDefault() {
    assertThat(StrictMode.off().appliesTo("330")).isFalse();
    assertThat(StrictMode.forLas(List.of("330", "201")).las()).containsExactly("201", "330");
  }
}
