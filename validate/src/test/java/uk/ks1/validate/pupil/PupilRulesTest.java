package uk.ks1.validate.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.ks1ta.rules.DateOfBirthOutsideYearTwo;
import uk.ks1.collections.ks1ta.rules.NcYearNotTwo;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.TestPupil;

/** One sample per pupil rule (P01-P11), with its exact message, and the samples that pass. */
class PupilRulesTest {
  private static final TestPupil CLEAN = TestPupil.of(Records.UPN, "EXS", "EXS", "EXS", "EXS");

  private List<ValidationIssue> run(PupilRule rule, TestPupil pupil) {
    return run(rule, pupil, 2023);
  }

  private List<ValidationIssue> run(PupilRule rule, TestPupil pupil, int year) {
    IssueSink sink = new IssueSink();
    rule.check(Records.of(6, pupil), RuleContext.of(Ks1Ta.year(year)), sink);
    return sink.inFileOrder();
  }

  private static ValidationIssue only(List<ValidationIssue> issues) {
    assertThat(issues).hasSize(1);
    return issues.get(0);
  }

  @Test
  void ruleP01MissingForenameIsARecordError() {
    ValidationIssue issue = only(run(new ForenameMissing(), CLEAN.withNames(" ", "Tester")));
    assertThat(issue)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::severity,
            ValidationIssue::effect,
            ValidationIssue::row,
            ValidationIssue::field)
        .containsExactly("P01", Severity.ERROR, Effect.RECORD, 6, Field.FORENAME);
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, Forename: missing, so the pupil's record does not count. Allowed: The pupil's"
                + " forename as in the school MIS.");
    assertThat(run(new ForenameMissing(), CLEAN.withNames(null, "Tester"))).hasSize(1);
    assertThat(run(new ForenameMissing(), CLEAN)).isEmpty();
  }

  @Test
  void ruleP02MissingSurnameIsARecordError() {
    assertThat(run(new SurnameMissing(), CLEAN.withNames("Pupil", null)))
        .extracting(ValidationIssue::ruleId, ValidationIssue::field, ValidationIssue::effect)
        .containsExactly(tuple("P02", Field.SURNAME, Effect.RECORD));
    assertThat(run(new SurnameMissing(), CLEAN)).isEmpty();
  }

  @Test
  void ruleP03DateOfBirthThatIsNotARealDateAndTheMessageDoesNotRepeatIt() {
    ValidationIssue issue = only(run(new DateOfBirthInvalid(), CLEAN.withDob("2016-02-30")));
    assertThat(issue)
        .extracting(ValidationIssue::ruleId, ValidationIssue::field, ValidationIssue::value)
        .containsExactly("P03", Field.DATE_OF_BIRTH, "2016-02-30");
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, Date of birth: missing or not a real date, so the pupil's record does not"
                + " count. Allowed: A real date, as yyyy-mm-dd (CTF) or dd/mm/yyyy (templates).")
        .doesNotContain("2016");
    assertThat(run(new DateOfBirthInvalid(), CLEAN.withDob(null))).hasSize(1);
    assertThat(run(new DateOfBirthInvalid(), CLEAN.withDob("15/01/2016"))).isEmpty();
  }

  @Test
  void ruleP04DateOfBirthAfterTheEndOfTheAcademicYear() {
    ValidationIssue issue = only(run(new DateOfBirthAfterYearEnd(), CLEAN.withDob("2023-09-01")));
    assertThat(issue)
        .extracting(ValidationIssue::ruleId, ValidationIssue::effect, ValidationIssue::allowed)
        .containsExactly("P04", Effect.RECORD, "a date on or before 2023-08-31");
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, Date of birth: after 2023-08-31, the end of the 2023 collection's academic"
                + " year, so the pupil's record does not count. Allowed: a date on or before"
                + " 2023-08-31.");
    assertThat(run(new DateOfBirthAfterYearEnd(), CLEAN.withDob("2023-08-31"))).isEmpty();
    assertThat(run(new DateOfBirthAfterYearEnd(), CLEAN.withDob("not a date"))).isEmpty();
  }

  @Test
  void ruleP05SexMustBeMOrFOrTheirWords() {
    ValidationIssue issue = only(run(new SexInvalid(), CLEAN.withSex("U")));
    assertThat(issue)
        .extracting(ValidationIssue::ruleId, ValidationIssue::field, ValidationIssue::effect)
        .containsExactly("P05", Field.SEX, Effect.RECORD);
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, Sex: 'U' is not a sex the return records, so the pupil's record does not"
                + " count. Allowed: M or F (Male or Female in templates).");
    assertThat(only(run(new SexInvalid(), CLEAN.withSex(null))).message())
        .startsWith("Row 6, Sex: (blank) is not");
    for (String ok : List.of("M", "f", "Male", "FEMALE")) {
      assertThat(run(new SexInvalid(), CLEAN.withSex(ok))).as(ok).isEmpty();
    }
  }

  @Test
  void ruleP10DateOfBirthOutsideTheYearTwoWindowIsAQuery() {
    ValidationIssue issue = only(run(new DateOfBirthOutsideYearTwo(), CLEAN.withDob("2015-08-31")));
    assertThat(issue)
        .extracting(ValidationIssue::ruleId, ValidationIssue::severity, ValidationIssue::effect)
        .containsExactly("P10", Severity.QUERY, Effect.NONE);
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, Date of birth: outside the Year 2 range for 2023 (2015-09-01 to 2016-08-31)."
                + " The record counts; check the date, or that the pupil is taught outside their"
                + " year group. Allowed: A pupil born in the Year 2 range, or one taught outside"
                + " their year group.");
    assertThat(run(new DateOfBirthOutsideYearTwo(), CLEAN.withDob("2015-09-01"))).isEmpty();
    assertThat(run(new DateOfBirthOutsideYearTwo(), CLEAN.withDob("31/08/2016"))).isEmpty();
    assertThat(run(new DateOfBirthOutsideYearTwo(), CLEAN.withDob("2016-09-01"))).hasSize(1);
    // after the academic year it is error P04, not also this query
    assertThat(run(new DateOfBirthOutsideYearTwo(), CLEAN.withDob("2023-09-01"))).isEmpty();
  }

  @Test
  void ruleP10UsesTheCollectionYearsOwnWindow() {
    assertThat(run(new DateOfBirthOutsideYearTwo(), CLEAN.withDob("2010-01-15"), 2017)).isEmpty();
    assertThat(run(new DateOfBirthOutsideYearTwo(), CLEAN.withDob("2016-01-15"), 2017)).hasSize(1);
  }

  @Test
  void ruleP11NcYearOtherThanTwoIsAQuery() {
    ValidationIssue issue = only(run(new NcYearNotTwo(), CLEAN.withNcYear("3")));
    assertThat(issue)
        .extracting(
            ValidationIssue::ruleId,
            ValidationIssue::severity,
            ValidationIssue::field,
            ValidationIssue::value)
        .containsExactly("P11", Severity.QUERY, Field.NC_YEAR, "3");
    assertThat(issue.message())
        .isEqualTo(
            "Row 6, NC year: '3' is not year 2. The record counts; check the pupil is taught"
                + " outside their year group. Allowed: 2, or another year for a pupil outside"
                + " their year group.");
    for (String two : List.of("2", "02", "Y2", "Year 2", " y 02 ", "YEAR2")) {
      assertThat(run(new NcYearNotTwo(), CLEAN.withNcYear(two))).as(two).isEmpty();
    }
    for (String other : List.of("12", "20", "Y", "Year", "1", "R", "Y02x")) {
      assertThat(run(new NcYearNotTwo(), CLEAN.withNcYear(other)))
          .as(other)
          .extracting(ValidationIssue::ruleId)
          .containsExactly("P11");
    }
    assertThat(run(new NcYearNotTwo(), CLEAN.withNcYear(null))).isEmpty();
  }

  @Test
  void aCleanPupilPassesEveryPupilRule() {
    PupilRecord clean = Records.of(1, CLEAN);
    for (PupilRule rule :
        List.of(
            new ForenameMissing(),
            new SurnameMissing(),
            new DateOfBirthInvalid(),
            new DateOfBirthAfterYearEnd(),
            new SexInvalid(),
            new DateOfBirthOutsideYearTwo(),
            new NcYearNotTwo())) {
      IssueSink sink = new IssueSink();
      rule.check(clean, RuleContext.of(Ks1Ta.year(2023)), sink);
      assertThat(sink.inFileOrder()).as(rule.definition().id()).isEmpty();
    }
  }
}
