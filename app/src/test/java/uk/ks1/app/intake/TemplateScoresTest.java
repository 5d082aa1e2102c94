package uk.ks1.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.ingest.file.FileIntake;
import uk.ks1.ingest.file.IntakeResult;
import uk.ks1.testkit.Ks1Items;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;

/**
 * Scaled scores in templates reach the score rule (R03) as the school stored them: the intake
 * parses, the validate role's rules check what it parsed.
 */
class TemplateScoresTest {
  @TempDir Path dir;
  private final FileIntake intake =
      FileIntake.standard(Registered.collections(), LaRegistry.standard(), 1_000_000, 2023);
  private final SubmissionValidator validator =
      new SubmissionValidator(RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())));
  private final Instant now = Instant.parse("2023-06-21T09:00:00Z");
  private final TestPupil pupil =
      TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS");

  @Test
  void aScoreOfNoWholeNumberShownRoundedInAWorkbookIsReportedAsStored() throws Exception {
    byte[] book = TemplateBuilder.template().school("3302001", List.of(pupil)).withScores().xlsx();
    try (XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(book))) {
      var whole = b.createCellStyle();
      whole.setDataFormat(b.createDataFormat().getFormat("0"));
      var reading = b.getSheetAt(0).getRow(1).getCell(11);
      reading.setCellValue(102.6); // the sheet shows 103
      reading.setCellStyle(whole);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      b.write(out);
      book = out.toByteArray();
    }
    IntakeResult r = only(TemplateBuilder.write(dir, "scores.xlsx", book));
    assertThat(r.accepted()).isTrue();
    assertThat(issues(r))
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::row,
            ValidationIssue::field,
            ValidationIssue::value)
        .containsExactly(tuple("R03", 2, ScaledScore.READING.field(), "102.6"));
  }

  @Test
  void scoreColumnsUnderTheirUsualNamesAreReadAndChecked() throws Exception {
    String text =
        TemplateBuilder.template()
            .school("3302001", List.of(pupil))
            .score(pupil.upn(), "130", "101", "99")
            .csvText()
            .replace("Scaled Score: KS1 Reading", "KS1 Reading Score")
            .replace("Scaled Score: KS1 Maths", "Scaled Score: KS1 Mathematics")
            .replace("Scaled Score: KS1 GPS", "GPS scaled score");
    IntakeResult r =
        only(TemplateBuilder.write(dir, "scores.csv", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(Ks1Items.scores(r.submissions().get(0).pupils().get(0)))
        .isEqualTo(
            Map.of(ScaledScore.READING, "130", ScaledScore.MATHS, "101", ScaledScore.GPS, "99"));
    assertThat(issues(r))
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::row,
            ValidationIssue::field,
            ValidationIssue::value)
        .containsExactly(tuple("R03", 2, ScaledScore.READING.field(), "130"));
    assertThat(r.columns()).containsEntry(ScaledScore.READING.field(), "KS1 Reading Score");
  }

  private List<ValidationIssue> issues(IntakeResult r) {
    return r.submissions().stream()
        .flatMap(s -> validator.validate(s, now).issues().stream())
        .toList();
  }

  private IntakeResult only(Path file) throws Exception {
    List<IntakeResult> results = intake.intake(file, "330", now);
    assertThat(results).hasSize(1);
    return results.get(0);
  }
}
