package uk.ks1.collections.eyfsp.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.DateOfBirth;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * L04: children in Reception in the summer of Y were born from 1 September Y-6 to 31 August Y-5.
 * Outside that is queried, not refused: a child may stay in the EYFS beyond 5. (A date after the
 * academic year is an error instead, P04.)
 */
public final class DateOfBirthOutsideReception implements PupilRule {
  static final RuleDefinition RULE =
      RuleDefinition.query(
              "L04",
              "Date of birth outside the Reception range (1 September Y-6 to 31 August Y-5)",
              "A child born in the Reception range, or one who stays in the EYFS beyond it")
          .withMessage(
              "Row {row}, {field}: outside the Reception range for {year} ({from} to {to}). The"
                  + " record counts; check the date, or that the child is in the EYFS outside"
                  + " their year group. Allowed: {allowed}.");

  /** Reception's NC year. */
  private static final int RECEPTION = 0;

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    Optional<LocalDate> dob = DateOfBirth.parse(pupil.dateOfBirth());
    CollectionYear year = context.collectionYear();
    LocalDate from = year.bornFrom(RECEPTION);
    LocalDate to = year.bornTo(RECEPTION);
    if (dob.isPresent()
        && !dob.get().isAfter(context.dates().academicYearEnd())
        && (dob.get().isBefore(from) || dob.get().isAfter(to))) {
      issues.report(
          RULE,
          pupil.row(),
          Field.DATE_OF_BIRTH,
          pupil.dateOfBirth(),
          Map.of("year", context.year(), "from", from, "to", to));
    }
  }
}
