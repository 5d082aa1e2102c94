package uk.ks1.collections.ks1ta.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionDates;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.DateOfBirth;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * A date of birth outside the Year 2 range is queried, not refused: pupils taught outside their
 * year group are legitimate. (A date after the academic year is an error instead, P04.)
 */
public final class DateOfBirthOutsideYearTwo implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.query(
              "P10",
              "Date of birth outside the Year 2 range (1 September Y-8 to 31 August Y-7)",
              "A pupil born in the Year 2 range, or one taught outside their year group")
          .withMessage(
              "Row {row}, {field}: outside the Year 2 range for {year} ({from} to {to}). The"
                  + " record counts; check the date, or that the pupil is taught outside their"
                  + " year group. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    Optional<LocalDate> dob = DateOfBirth.parse(pupil.dateOfBirth());
    CollectionDates.Dates dates = context.dates();
    if (dob.isPresent()
        && !dob.get().isAfter(dates.academicYearEnd())
        && !dates.bornInYearTwoWindow(dob.get())) {
      issues.report(
          RULE,
          pupil.row(),
          Field.DATE_OF_BIRTH,
          pupil.dateOfBirth(),
          Map.of("year", context.year(), "from", dates.bornFrom(), "to", dates.bornTo()));
    }
  }
}
