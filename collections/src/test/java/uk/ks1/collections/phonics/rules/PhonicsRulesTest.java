package uk.ks1.collections.phonics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;

/** Each of the phonics rules on the cases it is about, and on those it must leave alone. */
class PhonicsRulesTest {
  private static final RuleContext Y2024 = RuleContext.of(Phonics.year(2024));

  /** A Year 1 pupil of 2024 born in the Year 1 range (1 Sep 2017 - 31 Aug 2018). */
  private static PupilRecord pupil(String mark, String outcome) {
    return pupil(mark, outcome, "1", "2018-03-01");
  }

  private static PupilRecord pupil(String mark, String outcome, String ncYear, String dob) {
    Map<String, String> items = new HashMap<>();
    if (mark != null) {
      items.put("mark", mark);
    }
    if (outcome != null) {
      items.put("outcome", outcome);
    }
    return new PupilRecord(7, "A123", null, "Ann", "Pupil", dob, "F", ncYear, items);
  }

  private static List<ValidationIssue> check(PupilRule rule, PupilRecord pupil) {
    IssueSink sink = new IssueSink();
    rule.check(pupil, Y2024, sink);
    return sink.inFileOrder();
  }

  private static List<ValidationIssue> all(PupilRecord pupil) {
    IssueSink sink = new IssueSink();
    for (PupilRule rule : Phonics.definition().rules().pupilRules()) {
      rule.check(pupil, Y2024, sink);
    }
    return sink.inFileOrder();
  }

  @Test
  void theRulesRunInOrderWithTheirIdsSeveritiesAndEffects() {
    assertThat(Phonics.definition().rules().pupilRules())
        .extracting(
            r -> r.definition().id(), r -> r.definition().severity(), r -> r.definition().effect())
        .containsExactly(
            tuple("S01", Severity.ERROR, Effect.RECORD),
            tuple("S02", Severity.ERROR, Effect.RECORD),
            tuple("S03", Severity.ERROR, Effect.RECORD),
            tuple("S04", Severity.QUERY, Effect.NONE),
            tuple("S05", Severity.ERROR, Effect.RECORD),
            tuple("S06", Severity.QUERY, Effect.NONE));
    assertThat(Phonics.definition().rules().storeRules())
        .extracting(RuleDefinition::id, RuleDefinition::severity, RuleDefinition::effect)
        .containsExactly(tuple("S07", Severity.QUERY, Effect.NONE));
    assertThat(Phonics.definition().rules().firstYear()).isEqualTo(2012);
    assertThat(Phonics.definition().rules().coversYear(2011)).isFalse();
    assertThat(Phonics.definition().rules().coversYear(2030)).isTrue();
  }

  @Test
  void validResultsRaiseNothing() {
    assertThat(all(pupil("32", null))).isEmpty();
    assertThat(all(pupil("0", null))).isEmpty();
    assertThat(all(pupil("40", "WA"))).isEmpty();
    assertThat(all(pupil("31", "Wt"))).isEmpty();
    assertThat(all(pupil("35.0", null))).isEmpty();
    for (String code : List.of("A", "D", "L", "Q", "a", " q ")) {
      assertThat(all(pupil(null, code))).as(code).isEmpty();
      assertThat(all(pupil("", code))).as(code).isEmpty();
    }
    assertThat(all(pupil("12", null, "Y2", "2017-03-01"))).isEmpty();
  }

  @Test
  void s01AMarkThatIsNotAWholeNumberFrom0To40() {
    for (String mark : List.of("41", "-1", "32.5", "thirty", "A")) {
      assertThat(check(new MarkValid(), pupil(mark, null)))
          .as(mark)
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.ruleId()).isEqualTo("S01");
                assertThat(i.severity()).isEqualTo(Severity.ERROR);
                assertThat(i.effect()).isEqualTo(Effect.RECORD);
                assertThat(i.field()).isEqualTo(Phonics.MARK.field());
                assertThat(i.value()).isEqualTo(mark);
                assertThat(i.row()).isEqualTo(7);
              });
    }
    assertThat(check(new MarkValid(), pupil("41", null)).get(0).message())
        .isEqualTo(
            "Row 7, Phonics mark: '41' is not a whole number from 0 to 40 (A, D, L or Q go in the"
                + " outcome instead of a mark), so the pupil's record does not count in the"
                + " phonics figures. Allowed: A whole number from 0 to 40, or blank with A, D, L"
                + " or Q as the outcome.");
    assertThat(check(new MarkValid(), pupil("40", null))).isEmpty();
    assertThat(check(new MarkValid(), pupil(" ", "A"))).isEmpty();
  }

  @Test
  void s02AMarkAndACodeBothGiven() {
    assertThat(check(new MarkOrCode(), pupil("35", "a")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId()).isEqualTo("S02");
              assertThat(i.effect()).isEqualTo(Effect.RECORD);
              assertThat(i.field()).isEqualTo(Phonics.OUTCOME.field());
              assertThat(i.value()).isEqualTo("a");
              assertThat(i.message())
                  .isEqualTo(
                      "Row 7, Phonics outcome: the code 'A' is given beside the mark '35'. A pupil"
                          + " has a mark or one of A, D, L, Q instead, so the pupil's record does"
                          + " not count in the phonics figures. Allowed: A mark from 0 to 40, or"
                          + " instead of it one of A, D, L, Q.");
            });
    // a mark beside WA or WT is not "a code instead of a mark"
    assertThat(check(new MarkOrCode(), pupil("35", "WA"))).isEmpty();
    assertThat(check(new MarkOrCode(), pupil("20", "wt"))).isEmpty();
  }

  @Test
  void s02NeitherAMarkNorACode() {
    assertThat(check(new MarkOrCode(), pupil(null, null)))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId()).isEqualTo("S02");
              assertThat(i.field()).isEqualTo(Phonics.MARK.field());
              assertThat(i.message())
                  .startsWith("Row 7, Phonics mark: neither a mark nor a code is given.");
            });
    assertThat(check(new MarkOrCode(), pupil("", "Wa")))
        .singleElement()
        .extracting(ValidationIssue::message)
        .asString()
        .startsWith("Row 7, Phonics mark: 'WA' is given without a mark, and is no code instead");
    // an outcome that is no outcome at all is S03's alone
    assertThat(check(new MarkOrCode(), pupil(null, "X"))).isEmpty();
    assertThat(all(pupil(null, "X"))).extracting(ValidationIssue::ruleId).containsExactly("S03");
  }

  @Test
  void s03AnOutcomeThatIsNotAPhonicsOutcome() {
    for (String outcome : List.of("X", "WTS", "Met", "32")) {
      assertThat(check(new OutcomeValid(), pupil("35", outcome)))
          .as(outcome)
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.ruleId()).isEqualTo("S03");
                assertThat(i.effect()).isEqualTo(Effect.RECORD);
                assertThat(i.field()).isEqualTo(Phonics.OUTCOME.field());
                assertThat(i.value()).isEqualTo(outcome);
              });
    }
    assertThat(check(new OutcomeValid(), pupil("35", "WTS")).get(0).message())
        .isEqualTo(
            "Row 7, Phonics outcome: 'WTS' is not a phonics outcome, so the pupil's record does"
                + " not count in the phonics figures. Allowed: A, D, L or Q instead of a mark; WA"
                + " or WT beside a mark; or blank.");
    for (String outcome : List.of("A", "D", "L", "Q", "WA", "WT", "Wa", "wt")) {
      assertThat(check(new OutcomeValid(), pupil(null, outcome))).as(outcome).isEmpty();
    }
  }

  @Test
  void s04WaOrWtDisagreeingWithTheMarkAgainstTheThreshold() {
    assertThat(check(new OutcomeDisagreesWithMark(), pupil("31", "Wa")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId()).isEqualTo("S04");
              assertThat(i.severity()).isEqualTo(Severity.QUERY);
              assertThat(i.effect()).isEqualTo(Effect.NONE);
              assertThat(i.field()).isEqualTo(Phonics.OUTCOME.field());
              assertThat(i.message())
                  .isEqualTo(
                      "Row 7, Phonics outcome: 'Wa' disagrees with the mark 31: in 2024 a mark of"
                          + " 32 or more meets the standard. The record counts by its mark (WA and"
                          + " WT need not be sent); check the mark. Allowed: WA with a mark at or"
                          + " above the year's threshold (32 so far), WT with one below, or no"
                          + " outcome beside a mark.");
            });
    assertThat(check(new OutcomeDisagreesWithMark(), pupil("32", "WT")))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("S04");
    assertThat(check(new OutcomeDisagreesWithMark(), pupil("32", "WA"))).isEmpty();
    assertThat(check(new OutcomeDisagreesWithMark(), pupil("31", "WT"))).isEmpty();
    assertThat(check(new OutcomeDisagreesWithMark(), pupil("31", null))).isEmpty();
    // no valid mark to disagree with: S01 or S02 say so
    assertThat(check(new OutcomeDisagreesWithMark(), pupil("45", "WA"))).isEmpty();
    assertThat(check(new OutcomeDisagreesWithMark(), pupil(null, "WT"))).isEmpty();
  }

  @Test
  void s05AnNcYearThatIsNot1Or2() {
    for (String ncYear : List.of("3", "R", "0", "X")) {
      assertThat(check(new NcYearNotOneOrTwo(), pupil("35", null, ncYear, "2018-03-01")))
          .as(ncYear)
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.ruleId()).isEqualTo("S05");
                assertThat(i.severity()).isEqualTo(Severity.ERROR);
                assertThat(i.effect()).isEqualTo(Effect.RECORD);
                assertThat(i.field()).isEqualTo(Field.NC_YEAR);
                assertThat(i.value()).isEqualTo(ncYear);
              });
    }
    assertThat(check(new NcYearNotOneOrTwo(), pupil("35", null, null, "2018-03-01")))
        .singleElement()
        .extracting(ValidationIssue::message)
        .isEqualTo(
            "Row 7, NC year: (blank) is not year 1 or 2. The NC year says whether this is the Year"
                + " 1 check or the Year 2 re-check, so the pupil's record does not count in the"
                + " phonics figures. Allowed: 1 (the check) or 2 (the re-check), the pupil's"
                + " actual NC year.");
    for (String ncYear : List.of("1", "2", "01", "Y1", "Year 2")) {
      assertThat(check(new NcYearNotOneOrTwo(), pupil("35", null, ncYear, "2018-03-01")))
          .as(ncYear)
          .isEmpty();
    }
    // the item the store counts by is the NC year itself
    assertThat(pupil("35", null, "Y2", "2018-03-01").item(Phonics.NC_YEAR)).isEqualTo("Y2");
  }

  @Test
  void s06ADateOfBirthOutsideTheNcYearsRange() {
    // Year 1 in 2024: 1 Sep 2017 - 31 Aug 2018; Year 2: 1 Sep 2016 - 31 Aug 2017
    assertThat(check(new DateOfBirthOutsideYearGroup(), pupil("35", null, "1", "2017-08-31")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId()).isEqualTo("S06");
              assertThat(i.severity()).isEqualTo(Severity.QUERY);
              assertThat(i.field()).isEqualTo(Field.DATE_OF_BIRTH);
              assertThat(i.value()).isEqualTo("2017-08-31");
              assertThat(i.message())
                  .isEqualTo(
                      "Row 7, Date of birth: outside the Year 1 range for 2024 (2017-09-01 to"
                          + " 2018-08-31). The record counts; check the date, or that the pupil"
                          + " is taught outside their year group. Allowed: A pupil born in the NC"
                          + " year's range, or one taught outside their year group.")
                  .doesNotContain("2017-08-31");
            });
    assertThat(check(new DateOfBirthOutsideYearGroup(), pupil("35", null, "2", "2018-03-01")))
        .singleElement()
        .extracting(ValidationIssue::message)
        .asString()
        .contains("outside the Year 2 range for 2024 (2016-09-01 to 2017-08-31)");
    assertThat(check(new DateOfBirthOutsideYearGroup(), pupil("35", null, "1", "2017-09-01")))
        .isEmpty();
    assertThat(check(new DateOfBirthOutsideYearGroup(), pupil("35", null, "1", "2018-08-31")))
        .isEmpty();
    assertThat(check(new DateOfBirthOutsideYearGroup(), pupil("35", null, "2", "2016-09-01")))
        .isEmpty();
    // no range to be outside of without a valid NC year (S05), and after the year P04's
    assertThat(check(new DateOfBirthOutsideYearGroup(), pupil("35", null, "3", "2010-01-01")))
        .isEmpty();
    assertThat(check(new DateOfBirthOutsideYearGroup(), pupil("35", null, "1", "2024-09-01")))
        .isEmpty();
    assertThat(check(new DateOfBirthOutsideYearGroup(), pupil("35", null, "1", "not a date")))
        .isEmpty();
  }

  @Test
  void s07IsTheStoresQueryWithAMessageThatNamesNoPupil() {
    RuleDefinition s07 = RecheckAfterMet.RULE;
    assertThat(s07.template())
        .isEqualTo(
            "Row {row}, {field}: a Year 2 result, but the pupil met the standard in Year 1 in"
                + " {lastYear} (a mark of {lastMark} at school {lastSchool}). The record counts;"
                + " check the pupil's NC year and UPN, and whether the re-check was needed."
                + " Allowed: {allowed}.")
        .doesNotContain("{value}");
  }

  @Test
  void aRecordWithBothAnInvalidMarkAndACodeGetsBoth() {
    assertThat(all(pupil("45", "A")))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("S01", "S02");
  }
}
