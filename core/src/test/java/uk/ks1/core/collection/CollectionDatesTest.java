package uk.ks1.core.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionDatesTest {
  private final CollectionDates dates = CollectionDates.standard();

  @Test
  void year2023HasTheYearTwoWindowOfPupilsBornIn2015To2016() {
    CollectionDates.Dates d = dates.of(new CollectionYear("KS1_TA", 2023));
    assertThat(d.bornFrom()).isEqualTo(LocalDate.of(2015, 9, 1));
    assertThat(d.bornTo()).isEqualTo(LocalDate.of(2016, 8, 31));
    assertThat(d.academicYearEnd()).isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(d.bornInYearTwoWindow(LocalDate.of(2015, 9, 1))).isTrue();
    assertThat(d.bornInYearTwoWindow(LocalDate.of(2016, 8, 31))).isTrue();
    assertThat(d.bornInYearTwoWindow(LocalDate.of(2015, 8, 31))).isFalse();
    assertThat(d.bornInYearTwoWindow(LocalDate.of(2016, 9, 1))).isFalse();
  }

  @Test
  void everyListedYearAgreesWithEnglandsRule() {
    for (int year = 2016; year <= 2030; year++) {
      CollectionYear y = new CollectionYear("KS1_TA", year);
      assertThat(dates.lists(y)).as("listed " + year).isTrue();
      assertThat(dates.of(y))
          .isEqualTo(
              new CollectionDates.Dates(
                  y.yearTwoBornFrom(), y.yearTwoBornTo(), y.academicYearEnd()));
    }
  }

  @Test
  void anUnlistedYearFallsBackToEnglandsRule() {
    CollectionYear y = new CollectionYear("KS1_TA", 2040);
    assertThat(dates.lists(y)).isFalse();
    assertThat(dates.of(y).bornFrom()).isEqualTo(LocalDate.of(2032, 9, 1));
  }
}
