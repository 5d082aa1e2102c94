package uk.ks1.collections.phonics.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.DateOfBirth;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/**
 * S06: a date of birth outside the range of the pupil's NC year (Year 1 in the summer of Y: 1
 * September Y-7 to 31 August Y-6; Year 2 a year earlier) is queried, not refused: pupils taught
 * outside their year group are legitimate. Not checked without a valid NC year (S05), nor after the
 * academic year (P04).
 */
public final class DateOfBirthOutsideYearGroup implements PupilRule {
  public static final RuleDefinition RULE =
      RuleDefinition.query(
              "S06",
              "Date of birth outside the range of the pupil's NC year (Year 1: 1 September Y-7 to"
                  + " 31 August Y-6; Year 2: a year earlier)",
              "A pupil born in the NC year's range, or one taught outside their year group")
          .withMessage(
              "Row {row}, {field}: outside the Year {ncYear} range for {year} ({from} to {to})."
                  + " The record counts; check the date, or that the pupil is taught outside their"
                  + " year group. Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(PupilRecord pupil, RuleContext context, IssueSink issues) {
    OptionalInt ncYear = PhonicsResult.ncYear(pupil);
    Optional<LocalDate> dob = DateOfBirth.parse(pupil.dateOfBirth());
    if (ncYear.isEmpty()
        || (ncYear.getAsInt() != 1 && ncYear.getAsInt() != 2)
        || dob.isEmpty()
        || dob.get().isAfter(context.dates().academicYearEnd())) {
      return;
    }
    LocalDate from = context.collectionYear().bornFrom(ncYear.getAsInt());
    LocalDate to = context.collectionYear().bornTo(ncYear.getAsInt());
    if (dob.get().isBefore(from) || dob.get().isAfter(to)) {
      issues.report(
          RULE,
          pupil.row(),
          Field.DATE_OF_BIRTH,
          pupil.dateOfBirth(),
          Map.of("ncYear", ncYear.getAsInt(), "year", context.year(), "from", from, "to", to));
    }
  }
}
