package uk.ks1.validate.pupil;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.DateOfBirth;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** A pupil assessed in the summer of year Y was born by the end of that academic year. */
public final class DateOfBirthAfterYearEnd implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "P04",
              Effect.RECORD,
              "Date of birth after the end of the collection's academic year (31 August)",
              "A date on or before 31 August of the collection year")
          .withMessage(
              "Row {row}, {field}: after {end}, the end of the {year} collection's academic year,"
                  + " so the pupil's record does not count. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    Optional<LocalDate> dob = DateOfBirth.parse(pupil.dateOfBirth());
    LocalDate end = context.dates().academicYearEnd();
    if (dob.isPresent() && dob.get().isAfter(end)) {
      issues.report(
          RULE,
          pupil.row(),
          Field.DATE_OF_BIRTH,
          pupil.dateOfBirth(),
          Map.of("end", end, "year", context.year(), "allowed", "a date on or before " + end));
    }
  }
}
