package uk.ks1.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.ingest.file.FileIntake;
import uk.ks1.ingest.file.IntakeResult;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;

/**
 * What an accepted file's pupils are found to have: the intake's parse, the validate role's rules.
 */
class AcceptedFileIssuesTest {
  @TempDir Path dir;
  private final Instant now = Instant.parse("2023-06-21T09:00:00Z");
  private final FileIntake intake =
      FileIntake.standard(Registered.collections(), LaRegistry.standard(), 100_000, 2023);
  private final SubmissionValidator validator =
      new SubmissionValidator(RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())));

  @Test
  void anAcceptedFilesPupilIssuesAreFoundByTheRulesWithTheSchoolsColumnNames() throws Exception {
    TestPupil first = TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "WTS", "GDS", "EXS");
    TestPupil second = TestPupil.of(TestUpns.unique("330", "2001", 2), "HNM", "EXS", "EXS", "EXS");
    byte[] csv =
        TemplateBuilder.template()
            .otherHeaderNames()
            .school(
                "3302001",
                List.of(first.withUpn(TestUpns.withWrongCheckLetter(first.upn())), second))
            .csv();
    Path file = dir.resolve("ks1.csv");
    Files.write(file, csv);
    IntakeResult r = intake.intake(file, "330", now).get(0);
    assertThat(r.accepted()).isTrue();
    assertThat(validator.validate(r.submissions().get(0), now).issues())
        .extracting(ValidationIssue::row, ValidationIssue::ruleId, ValidationIssue::field)
        .containsExactly(tuple(2, "1510", Field.UPN), tuple(3, "R01", Subject.READING.field()));
    assertThat(r.columns())
        .containsEntry(Field.UPN, "upn")
        .containsEntry(Subject.READING.field(), "KS1 Reading TA");
  }
}
