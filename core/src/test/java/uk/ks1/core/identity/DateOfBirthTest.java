package uk.ks1.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateOfBirthTest {
  @Test
  void readsIsoAndBritishDates() {
    assertThat(DateOfBirth.parse("2016-01-15")).contains(LocalDate.of(2016, 1, 15));
    assertThat(DateOfBirth.parse(" 15/01/2016 ")).contains(LocalDate.of(2016, 1, 15));
    assertThat(DateOfBirth.parse("5/1/2016")).contains(LocalDate.of(2016, 1, 5));
  }

  @Test
  void refusesWhatIsNotARealDate() {
    assertThat(DateOfBirth.parse("2016-02-30")).isEmpty();
    assertThat(DateOfBirth.parse("2015-02-29")).isEmpty();
    assertThat(DateOfBirth.parse("2016-02-29")).contains(LocalDate.of(2016, 2, 29));
    assertThat(DateOfBirth.parse("01/15/2016")).isEmpty();
    assertThat(DateOfBirth.parse("yesterday")).isEmpty();
    assertThat(DateOfBirth.parse("  ")).isEmpty();
    assertThat(DateOfBirth.parse(null)).isEmpty();
    assertThat(DateOfBirth.parse("2016-13-01")).isEmpty();
    assertThat(DateOfBirth.parse("00/01/2016")).isEmpty();
  }

  @Test
  void refusesOtherShapes() {
    assertThat(DateOfBirth.parse("2016-1-15")).as("ISO months have two digits").isEmpty();
    assertThat(DateOfBirth.parse("15/01/16")).as("a two-digit year").isEmpty();
    assertThat(DateOfBirth.parse("15-01-2016")).isEmpty();
    assertThat(DateOfBirth.parse("2016/01/15")).isEmpty();
    assertThat(DateOfBirth.parse("150/1/2016")).isEmpty();
    assertThat(DateOfBirth.parse("15//2016")).isEmpty();
    assertThat(DateOfBirth.parse("1a/01/2016")).isEmpty();
    assertThat(DateOfBirth.parse("2016-01-1x")).isEmpty();
    assertThat(DateOfBirth.parse("+2016-01-1")).isEmpty();
  }
}
